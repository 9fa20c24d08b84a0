// The outcome of create / reconnect / delete, decided when their task finishes. Each failure
// has its own message, because a user has to act differently on each.
import type { PairingSpec } from "../sdk/wire";
import {
  type RemoteSite,
  canonicalThumbprint,
  pscHostOf,
  remoteVrmsOf,
  thumbprintAccepted,
} from "./catalogue";
import type { PairingRecord, SimulatorState } from "./state";
import type { TaskOutcome } from "./tasks";

type Failure = { ok: false; message: string; details: string };

const fail = (message: string, details: string): Failure => ({ ok: false, message, details });

/** Checks reaching and logging in to the remote PSC named in the spec; null when all is well. */
function remoteLoginFailure(site: RemoteSite, spec: PairingSpec): Failure | null {
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
  if (
    psc.username.toLowerCase() !== site.username.toLowerCase() ||
    psc.password !== site.password
  ) {
    return fail(
      `Wrong remote credentials: cannot log in to the Platform Services Controller at ${where} as '${psc.username}' (incorrect user name or password).`,
      `The remote SSO domain of vCenter Server ${site.name} rejected the login.`,
    );
  }
  return null;
}

export function finishCreate(
  state: SimulatorState,
  pairingId: string,
  spec: PairingSpec,
): TaskOutcome {
  const site = state.siteById(spec.pair_vc_id);
  if (!site) {
    return fail(
      `Unknown remote vCenter Server: no vCenter Server with ID '${spec.pair_vc_id}' is registered at ${spec.pair_psc_info.url}.`,
      "Check pair_vc_id: it must be the instance UUID of the remote vCenter Server.",
    );
  }
  const existing = state.pairingForSite(site);
  if (existing) {
    return fail(
      `Already paired: this site is already paired with vCenter Server ${site.name} (pairing ${existing.id}).`,
      "Reconnect or delete the existing pairing instead of creating a new one.",
    );
  }
  const failure = remoteLoginFailure(site, spec);
  if (failure) return failure;
  state.pairings.set(pairingId, {
    id: pairingId,
    site,
    createdAt: Date.now(),
    pscPort: spec.pair_psc_info.port ?? 443,
    pscUsername: spec.pair_psc_info.username,
    broken: null,
  });
  return { ok: true, result: { pairing_id: pairingId } };
}

export function finishReconnect(
  state: SimulatorState,
  pairingId: string,
  spec: PairingSpec,
): TaskOutcome {
  const pairing = state.pairings.get(pairingId);
  if (!pairing) {
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "A deleted pairing cannot be reconnected; create it again.",
    );
  }
  if (spec.pair_vc_id.toLowerCase() !== pairing.site.vcId.toLowerCase()) {
    return fail(
      `Unknown remote vCenter Server: the pairing ${pairingId} is with vCenter Server ${pairing.site.vcId}, not '${spec.pair_vc_id}'.`,
      "Reconnect keeps the remote vCenter Server; to pair with another one, create a new pairing.",
    );
  }
  const failure = remoteLoginFailure(pairing.site, spec);
  if (failure) return failure;
  pairing.broken = null;
  pairing.pscPort = spec.pair_psc_info.port ?? 443;
  pairing.pscUsername = spec.pair_psc_info.username;
  return { ok: true, result: { pairing_id: pairingId } };
}

export function finishDelete(
  state: SimulatorState,
  pairingId: string,
  force: boolean,
): TaskOutcome {
  const pairing: PairingRecord | undefined = state.pairings.get(pairingId);
  if (!pairing) {
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "It was deleted while this task was queued.",
    );
  }
  if (!force && !pairing.site.up) {
    const vrms = remoteVrmsOf(pairing.site);
    return fail(
      `Remote site is down: cannot reach the remote vSphere Replication server ${vrms.name} to delete the pairing on both sites.`,
      "Delete with force=true to remove the pairing from this site only.",
    );
  }
  state.pairings.delete(pairingId);
  for (const s of state.sessions.values()) s.remoteSessions.delete(pairingId);
  return { ok: true, result: { pairing_id: pairingId } };
}
