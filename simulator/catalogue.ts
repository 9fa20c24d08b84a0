// The sites the simulator knows: the local VRMS with its vCenter, and a catalogue of remote
// vCenters (each with a PSC, a certificate thumbprint and an SSO user) it can pair with.
import { createHash } from "node:crypto";

export interface RemoteSite {
  /** pair_vc_id: a UUID, the same for the same index on every run. */
  vcId: string;
  /** e.g. "vc-remote-01.example.test" */
  name: string;
  /** What pair_psc_info.url must name (case-insensitive; "https://" and a path are tolerated). */
  pscHost: string;
  pscPort: number;
  /** SHA-1 of the remote PSC certificate, colon hex uppercase. */
  thumbprint: string;
  /** SHA-256 of the same certificate, colon hex uppercase. */
  thumbprintSha256: string;
  username: string;
  password: string;
  up: boolean;
}

export interface ServerIdentity {
  id: string;
  name: string;
  url: string;
  version: string;
}

export interface LocalSite {
  vc: ServerIdentity;
  vrms: ServerIdentity;
  selfPairingId: string;
}

export const VC_VERSION = "8.0.3";
export const VRMS_VERSION = "9.0.2.1";

/** A UUID (version-4 layout) derived from a seed, so catalogue ids are stable across runs. */
export function deterministicUuid(seed: string): string {
  const h = createHash("sha256").update(seed).digest();
  h[6] = (h[6] & 0x0f) | 0x40;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function colonHex(buf: Buffer): string {
  return (buf.toString("hex").toUpperCase().match(/../g) ?? []).join(":");
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The local site every simulator has unless told otherwise (option localSite). */
export const DEFAULT_LOCAL_SITE = "local";

/**
 * The local vCenter and VRMS, their ids derived from `name`: two simulators with different
 * names are two different VRMSes (the default keeps the ids every earlier run saw).
 */
export function buildLocalSite(name: string = DEFAULT_LOCAL_SITE): LocalSite {
  return {
    vc: {
      id: deterministicUuid(`${name}-vc`),
      name: `vc-${name}.example.test`,
      url: `https://vc-${name}.example.test:443`,
      version: VC_VERSION,
    },
    vrms: {
      id: deterministicUuid(`${name}-vrms`),
      name: `vrms-${name}.example.test`,
      url: `https://vrms-${name}.example.test:8043`,
      version: VRMS_VERSION,
    },
    selfPairingId: deterministicUuid(
      name === DEFAULT_LOCAL_SITE ? "self-pairing" : `${name}-self-pairing`,
    ),
  };
}

export function buildRemoteSites(count: number): RemoteSite[] {
  const sites: RemoteSite[] = [];
  for (let i = 1; i <= count; i++) {
    const n = pad2(i);
    // The remote PSC certificate is not real; its thumbprints are digests of a fixed seed.
    const der = Buffer.from(`remote-psc-certificate-${n}`);
    sites.push({
      vcId: deterministicUuid(`remote-vc-${n}`),
      name: `vc-remote-${n}.example.test`,
      pscHost: `vc-remote-${n}.example.test`,
      pscPort: 443,
      thumbprint: colonHex(createHash("sha1").update(der).digest()),
      thumbprintSha256: colonHex(createHash("sha256").update(der).digest()),
      username: "administrator@vsphere.local",
      password: `Remote-${n}-Pass!`,
      up: true,
    });
  }
  return sites;
}

export function remoteVcOf(site: RemoteSite): ServerIdentity {
  return {
    id: site.vcId,
    name: site.name,
    url: `https://${site.pscHost}:443`,
    version: VC_VERSION,
  };
}

export function remoteVrmsOf(site: RemoteSite): ServerIdentity {
  const name = site.name.replace(/^vc-/, "vrms-");
  return {
    id: deterministicUuid(`remote-vrms-${site.vcId}`),
    name,
    url: `https://${name}:8043`,
    version: VRMS_VERSION,
  };
}

/** Uppercase hex without separators, or null when the text is not a SHA-1/SHA-256 digest. */
export function canonicalThumbprint(text: string): string | null {
  const hex = text.trim().replace(/:/g, "").toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex) || (hex.length !== 40 && hex.length !== 64)) return null;
  return hex;
}

/**
 * The remote PSC accepts its SHA-1 or its SHA-256 thumbprint, in any case, with or without
 * colons. A null or absent thumbprint is accepted too (the real appliance then trusts the
 * certificate it is shown, as the vendor's UI does after the user confirms it).
 */
export function thumbprintAccepted(site: RemoteSite, given: string | null | undefined): boolean {
  if (given === null || given === undefined || given === "") return true;
  const canon = canonicalThumbprint(given);
  if (canon === null) return false;
  return (
    canon === site.thumbprint.replace(/:/g, "") || canon === site.thumbprintSha256.replace(/:/g, "")
  );
}

/** "https://Host:443/x" or "host" -> "host" (lower case), for comparing with pscHost. */
export function pscHostOf(url: string): string {
  let s = url.trim().toLowerCase();
  s = s.replace(/^[a-z]+:\/\//, "");
  s = s.replace(/[/?#].*$/, "");
  s = s.replace(/:\d+$/, "");
  return s;
}
