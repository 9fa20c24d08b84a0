// The VRMS address as users write it, and the one spelling the client uses.

import { VrmsError } from "./vrms-errors";
import { API_BASE_PATH } from "./wire";

/**
 * "host", "host:port", "https://host", or a full base URL → base URL without trailing slash.
 * The one spelling of an address: every way of writing the same one gives the same text.
 */
export function normalizeBaseUrl(input: string): string {
  const raw = (input ?? "").trim();
  if (!raw) throw new VrmsError("VRMS url is required (a host name or a full base URL)");
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new VrmsError(`VRMS url "${raw}" is not a valid host name or URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new VrmsError(`VRMS url "${raw}" must use https (or http for a local simulator)`);
  }
  if (url.username || url.password) {
    throw new VrmsError("VRMS url must not carry credentials; pass username and password");
  }
  let path = url.pathname.replace(/\/+$/, "");
  if (path === "") path = API_BASE_PATH;
  // URL already lowercases scheme and host and drops the scheme's default port; a fully
  // qualified name's final dot names the same host too.
  const host = url.hostname.replace(/\.$/, "");
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}${path}`;
}

/** Why a client must not talk to `baseUrl` with these TLS settings, or undefined. */
export type PlainHttpRefusal = "needs-insecure" | "pin-over-http" | "ca-over-http";

/**
 * Plain http:// carries the password in clear: only with an explicit `insecure`, and never
 * with a pin or CA bundle (they would promise a protection http:// cannot give).
 */
export function plainHttpRefusal(
  baseUrl: string,
  tls: { thumbprint?: string; caBundle?: string | string[]; insecure?: boolean },
): PlainHttpRefusal | undefined {
  if (!/^http:/i.test(baseUrl)) return undefined;
  if (tls.thumbprint) return "pin-over-http";
  const ca = tls.caBundle === undefined ? [] : [tls.caBundle].flat();
  if (ca.some((c) => c.trim() !== "")) return "ca-over-http";
  return tls.insecure === true ? undefined : "needs-insecure";
}

/** The sdk's wording of a refusal (the provider words it with its own input names). */
export function describePlainHttpRefusal(baseUrl: string, why: PlainHttpRefusal): string {
  switch (why) {
    case "needs-insecure":
      return (
        `VRMS url ${baseUrl} is plain http://: the password would cross the network in clear. ` +
        `Use https:// (a VRMS serves HTTPS only), or set tls.insecure: true for a local simulator`
      );
    case "pin-over-http":
      return `VRMS url ${baseUrl} is plain http://, where a certificate thumbprint pins nothing; use https://`;
    case "ca-over-http":
      return `VRMS url ${baseUrl} is plain http://, where a CA bundle verifies nothing; use https://`;
  }
}
