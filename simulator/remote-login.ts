// What a remote site answers when the local VRMS reaches out to it: the PSC login a pairing
// spec asks for (create, reconnect), and the SSO login of a remote session.
import type { CheckedPairingSpec } from "./spec";
import { type RemoteSite, canonicalThumbprint, pscHostOf, thumbprintAccepted } from "./catalogue";

/** Why a task's work failed: the message a user acts on, and details. */
export interface Failure {
  ok: false;
  message: string;
  details: string;
}

export const fail = (message: string, details: string): Failure => ({
  ok: false,
  message,
  details,
});

/** Checks reaching and logging in to the remote PSC named in the spec; null when all is well. */
export function pscLoginFailure(site: RemoteSite, spec: CheckedPairingSpec): Failure | null {
  const psc = spec.pair_psc_info;
  const port = psc.port ?? 443;
  const where = `${psc.url}:${port}`;
  if (!site.up) {
    return fail(
      `Remote site is down: cannot connect to the Platform Services Controller at ${where}.`,
      `The remote site of vCenter Server ${site.name} does not answer (connection timed out).`,
    );
  }
  if (pscHostOf(psc.url) !== site.pscHost.toLowerCase()) {
    return fail(
      `Cannot resolve the Platform Services Controller host '${psc.url}'.`,
      `vCenter Server ${site.name} is registered with the Platform Services Controller ${site.pscHost}:${site.pscPort}.`,
    );
  }
  if (port !== site.pscPort) {
    return fail(
      `Connection refused by the Platform Services Controller at ${where}.`,
      `The Platform Services Controller ${site.pscHost} listens on port ${site.pscPort}.`,
    );
  }
  if (!thumbprintAccepted(site, psc.thumbprint)) {
    const given = String(psc.thumbprint);
    const presented =
      canonicalThumbprint(given)?.length === 40 ? site.thumbprint : site.thumbprintSha256;
    return fail(
      `Thumbprint mismatch: the Platform Services Controller at ${where} presented a certificate with thumbprint ${presented}, which does not match the expected thumbprint ${given}.`,
      `Presented certificate thumbprints: SHA-256 ${site.thumbprintSha256}, SHA-1 ${site.thumbprint}.`,
    );
  }
  if (!ssoAccepts(site, psc)) {
    return fail(
      `Wrong remote credentials: cannot log in to the Platform Services Controller at ${where} as '${psc.username}' (incorrect user name or password).`,
      `The remote SSO domain of vCenter Server ${site.name} rejected the login.`,
    );
  }
  return null;
}

/** The remote SSO domain's check: user names are case-insensitive, passwords are not. */
export function ssoAccepts(
  site: RemoteSite,
  creds: { username: string; password: string },
): boolean {
  return (
    creds.username.toLowerCase() === site.username.toLowerCase() && creds.password === site.password
  );
}
