// Certificate thumbprints as users paste them: SHA-1 or SHA-256, any case, with or
// without colons (or spaces). Canonical form: uppercase colon-separated hex.

import { createHash, X509Certificate } from "node:crypto";
import { VrmsError } from "./vrms-errors";

/**
 * Canonical form (uppercase, colon-separated) of a SHA-1 or SHA-256 thumbprint, or undefined
 * when the text is not one.
 */
export function parseThumbprint(t: string): string | undefined {
  const hex = t
    .trim()
    .replace(/^sha-?(1|256)[:=\s]/i, "")
    .replace(/[:\s-]/g, "");
  if (!/^[0-9a-fA-F]+$/.test(hex) || (hex.length !== 40 && hex.length !== 64)) return undefined;
  return hex.toUpperCase().match(/../g)!.join(":");
}

/** Like parseThumbprint, but a malformed thumbprint is an error that says what is expected. */
export function normalizeThumbprint(t: string): string {
  const canonical = parseThumbprint(t);
  if (canonical === undefined) {
    throw new VrmsError(
      `malformed certificate thumbprint "${t}": expected a SHA-1 (40 hex digits) or SHA-256 ` +
        `(64 hex digits) fingerprint, colons optional`,
    );
  }
  return canonical;
}

export function thumbprintAlgorithm(normalized: string): "sha1" | "sha256" {
  return normalized.length === 59 ? "sha1" : "sha256";
}

/** Both thumbprints of a DER certificate, canonical form. */
export function thumbprintsOfDer(der: Buffer): { sha256: string; sha1: string } {
  const fmt = (h: string) => h.toUpperCase().match(/../g)!.join(":");
  return {
    sha256: fmt(createHash("sha256").update(der).digest("hex")),
    sha1: fmt(createHash("sha1").update(der).digest("hex")),
  };
}

/** Both thumbprints of a PEM certificate, canonical form. */
export function thumbprintsOfPem(pem: string): { sha256: string; sha1: string } {
  return thumbprintsOfDer(new X509Certificate(pem).raw);
}
