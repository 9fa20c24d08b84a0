// Certificate authorities as users give them: PEM text, or the path of a PEM file (handy in
// VRMS_CA_BUNDLE). Checked when given, so a bad bundle fails Check rather than a TLS handshake.
import { X509Certificate } from "crypto";
import * as fs from "fs";

/** A CA bundle may be PEM text or the path of a PEM file (handy in VRMS_CA_BUNDLE). */
export function loadCaBundle(value: string): string {
  if (value.includes("-----BEGIN")) return value;
  return fs.readFileSync(value, "utf8");
}

export function caBundleProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return "must be PEM text or the path of a PEM file";
  try {
    const pem = loadCaBundle(value);
    if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
      return "contains no PEM certificate (-----BEGIN CERTIFICATE-----)";
    }
    return pemCertificateProblem(pem);
  } catch {
    return "is neither PEM text nor a readable file";
  }
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** A truncated or garbled certificate would only fail later, at the TLS handshake: say so now. */
function pemCertificateProblem(pem: string): string | undefined {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  const begins = pem.split("-----BEGIN CERTIFICATE-----").length - 1;
  if (blocks.length < begins) return "has a certificate without its -----END CERTIFICATE----- line";
  for (const [i, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      return `certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`;
    }
  }
  return undefined;
}
