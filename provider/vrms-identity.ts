// Whether a new VRMS address reaches the VRMS that holds the pairing. The URL text cannot say
// (a DNS rename, an IP for a name): the VRMS at the new address is asked, and only a VRMS
// that is shown to be another one makes the pairing a replace.
import { isSelfPairing, type Pairing, type VrmsClient } from "../sdk";
import { type LocalSite, localSiteOf, sameId } from "../sdk/pairing";
import type { VrmsClientPool } from "./clients";
import { requireConnection, resolveConnection } from "./connection";
import {
  ForeignPairingError,
  VrmsIdentityMismatchError,
  VrmsIdentityUnverifiedError,
} from "./errors";
import { isUnknown, PairingInputs } from "./inputs";
import type { PairingOutputs } from "./outputs";

export type VrmsIdentity =
  /** The same VRMS: the update records the new address and sends nothing else. */
  | { kind: "same"; detail: string }
  /** Another VRMS: the pairing is replaced. */
  | { kind: "another"; detail: string }
  /** The new connection is not known yet (a preview): nothing to ask. */
  | { kind: "unknown" };

/** What state recorded about the VRMS that holds the pairing. */
export interface RecordedVrms {
  remoteVcId?: string;
  localVrmsId?: string | null;
  localVcId?: string | null;
}

export function recordedVrms(olds: Partial<PairingOutputs>): RecordedVrms {
  return {
    remoteVcId: olds.remoteVcId ?? olds.remoteVcServer?.id ?? undefined,
    localVrmsId: olds.localVrms?.id,
    localVcId: olds.localVcServer?.id,
  };
}

/**
 * Asks the VRMS at the new connection (`news`, else the environment) about pairing
 * `pairingId`: one read of that pairing, and a list of pairings only when it is not there.
 * Throws VrmsIdentityUnverifiedError when the VRMS cannot be asked.
 */
export async function identifyVrms(
  pairingId: string,
  from: string,
  olds: Partial<PairingOutputs>,
  news: Partial<PairingInputs>,
  clients: VrmsClientPool,
  env: NodeJS.ProcessEnv = process.env,
): Promise<VrmsIdentity> {
  if (Object.values(resolveConnection(news, env).raw).some(isUnknown)) return { kind: "unknown" };
  const conn = requireConnection(news, env);
  let found: Pairing | null;
  let site: LocalSite;
  try {
    const client = clients.clientFor(conn);
    found = await client.getPairing(pairingId);
    site = found ? localSiteOf([found]) : await client.getLocalSite();
  } catch (err) {
    throw new VrmsIdentityUnverifiedError(from, conn.url, pairingId, err);
  }
  return judgeIdentity(pairingId, recordedVrms(olds), found, site);
}

/**
 * The rule: the pairing in state is there and pairs the recorded remote vCenter, or the local
 * VRMS and vCenter ids match what state recorded. Any recorded local id that differs makes it
 * another VRMS; a missing one is no evidence either way.
 */
export function judgeIdentity(
  pairingId: string,
  recorded: RecordedVrms,
  found: Pairing | null,
  site: LocalSite,
): VrmsIdentity {
  const differs: string[] = [];
  if (recorded.localVrmsId && site.vrmsId && !sameId(recorded.localVrmsId, site.vrmsId)) {
    differs.push(`its VRMS id is ${site.vrmsId}, state recorded ${recorded.localVrmsId}`);
  }
  if (recorded.localVcId && site.vcId && !sameId(recorded.localVcId, site.vcId)) {
    differs.push(`its vCenter id is ${site.vcId}, state recorded ${recorded.localVcId}`);
  }
  const remote = found?.remote_vc_server?.id;
  if (found && remote && recorded.remoteVcId && !sameId(remote, recorded.remoteVcId)) {
    differs.push(
      `pairing ${pairingId} there pairs remote vCenter ${remote}, not ${recorded.remoteVcId}`,
    );
  }
  if (differs.length > 0) return { kind: "another", detail: differs.join("; ") };
  if (found) {
    return {
      kind: "same",
      detail: `pairing ${pairingId} is there${remote ? `, to remote vCenter ${remote}` : ""}`,
    };
  }
  const matched = [
    sameId(recorded.localVrmsId, site.vrmsId) && `VRMS id ${site.vrmsId}`,
    sameId(recorded.localVcId, site.vcId) && `vCenter id ${site.vcId}`,
  ].filter((m): m is string => typeof m === "string");
  if (matched.length > 0) {
    return {
      kind: "same",
      detail:
        `its ${matched.join(" and ")} match what state recorded; pairing ${pairingId} is not ` +
        "there (deleted outside Pulumi? a refresh drops it from state)",
    };
  }
  const unknown =
    !recorded.localVrmsId && !recorded.localVcId
      ? "state recorded no local VRMS or vCenter id to compare"
      : "the VRMS there lists no pairing that shows its own id";
  return { kind: "another", detail: `pairing ${pairingId} is not there, and ${unknown}` };
}

/** The recorded local ids as text for a message, e.g. "VRMS id …, vCenter id …". */
function idsText(vrmsId: string | null | undefined, vcId: string | null | undefined): string {
  const parts = [vrmsId && `VRMS id ${vrmsId}`, vcId && `vCenter id ${vcId}`].filter(Boolean);
  return parts.length > 0 ? parts.join(", ") : "no local VRMS or vCenter id";
}

/**
 * Before a 404 for the pairing is read as "gone" (refresh drops it, destroy reports it
 * deleted): the VRMS answering must be the one state recorded. Every local id state recorded
 * must match and at least one must; otherwise VrmsIdentityMismatchError names both.
 */
export async function proveGone(
  client: VrmsClient,
  pairingId: string,
  olds: Partial<PairingOutputs>,
  step: "delete" | "refresh",
): Promise<void> {
  const recorded = recordedVrms(olds);
  const site = await client.getLocalSite();
  const verdict = judgeIdentity(pairingId, recorded, null, site);
  if (verdict.kind === "same") return;
  throw new VrmsIdentityMismatchError(
    pairingId,
    client.baseUrl,
    idsText(recorded.localVrmsId, recorded.localVcId),
    idsText(site.vrmsId, site.vcId),
    step,
  );
}

/**
 * Before a delete: the pairing at the id is not the self pairing, pairs the declared remote
 * vCenter, and sits on the VRMS state recorded. Throws naming both sides otherwise.
 */
export function proveDeletable(
  pairing: Pairing,
  olds: Partial<PairingOutputs>,
  vrmsUrl: string,
): void {
  const id = pairing.pairing_id ?? "";
  const recorded = recordedVrms(olds);
  if (isSelfPairing(pairing)) {
    throw new ForeignPairingError(id, vrmsUrl, "the VRMS's own self pairing", recorded.remoteVcId);
  }
  const remote = pairing.remote_vc_server?.id;
  if (!remote || !recorded.remoteVcId || !sameId(remote, recorded.remoteVcId)) {
    const what = remote
      ? `a pairing to remote vCenter ${remote}`
      : "a pairing whose remote vCenter the VRMS did not state";
    throw new ForeignPairingError(id, vrmsUrl, what, recorded.remoteVcId);
  }
  const verdict = judgeIdentity(id, recorded, null, localSiteOf([pairing]));
  if (verdict.kind === "another" && (recorded.localVrmsId || recorded.localVcId)) {
    throw new VrmsIdentityMismatchError(
      id,
      vrmsUrl,
      idsText(recorded.localVrmsId, recorded.localVcId),
      idsText(pairing.local_vrms?.id, pairing.local_vc_server?.id),
      "delete",
    );
  }
}
