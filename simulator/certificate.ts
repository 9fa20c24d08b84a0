// The simulator's TLS certificate: self-signed, generated at every start. The EC key pair is
// made once per process because that is the slow part; signing a certificate takes ~10 ms.
import { generateKeyPairSync, X509Certificate } from "node:crypto";
import { hostname } from "node:os";
import { isIP } from "node:net";
import { generate } from "selfsigned";

export interface ServerCertificate {
  certificatePem: string;
  privateKeyPem: string;
  thumbprints: { sha256: string; sha1: string };
}

let keyPair: { privateKey: string; publicKey: string } | undefined;

function processKeyPair(): { privateKey: string; publicKey: string } {
  keyPair ??= generateKeyPairSync("ec", {
    namedCurve: "P-256",
    publicKeyEncoding: { type: "spki", format: "pem" },
    privateKeyEncoding: { type: "pkcs8", format: "pem" },
  });
  return keyPair;
}

export async function createServerCertificate(host: string): Promise<ServerCertificate> {
  const names = new Set(["localhost", hostname(), "vrms-local.example.test"]);
  const ips = new Set(["127.0.0.1", "::1"]);
  if (isIP(host)) ips.add(host);
  else names.add(host);
  const altNames = [
    ...[...names].map((value) => ({ type: 2 as const, value })),
    ...[...ips].map((ip) => ({ type: 7 as const, ip })),
  ];
  const pems = await generate([{ name: "commonName", value: "vrms-local.example.test" }], {
    keyType: "ec",
    algorithm: "sha256",
    keyPair: processKeyPair(),
    notBeforeDate: new Date(Date.now() - 60_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      { name: "subjectAltName", altNames },
    ],
  });
  const x509 = new X509Certificate(pems.cert);
  return {
    certificatePem: pems.cert,
    privateKeyPem: pems.private,
    thumbprints: { sha256: x509.fingerprint256, sha1: x509.fingerprint },
  };
}
