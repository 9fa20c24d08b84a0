// The VRMS address as users write it, and the one spelling the client uses.

import { VrmsError } from "./errors";
import { API_BASE_PATH } from "./wire";

/** "host", "host:port", "https://host", or a full base URL → base URL without trailing slash. */
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
  return `${url.protocol}//${url.host}${path}`;
}
