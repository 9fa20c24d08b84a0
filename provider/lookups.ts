// The provider's data sources: read pairings without managing them. Plain async functions,
// so a program can wrap them in `pulumi.output(...)` and a script can call them without Pulumi.
import { isSelfPairing, partialDataOf, type PairingEntity, type VrmsClient } from "../sdk";
import { keepUnstated, partialStatus } from "./remote-site";
import { withLookupClient } from "./clients";
import {
  type ConnectionSettings,
  requireConnection,
  urlProblem,
  withStackConfig,
} from "./connection";
import { VrPairingError } from "./errors";
import type { VrmsConnectionArgs } from "./resource";
import { issuesOf } from "./issues";
import { pairingInfo, type PairingInfo } from "./outputs";

/** What {@link getPairings} lists. */
export interface GetPairingsArgs extends VrmsConnectionArgs {
  /** Only the pairing to this remote vCenter id (any case). Default: every pairing. */
  remoteVcId?: string;
}

/** Which pairing {@link lookupPairing} reads: by its id, or by the remote vCenter it pairs. */
export type LookupPairingArgs = VrmsConnectionArgs &
  ({ pairingId: string; remoteVcId?: undefined } | { remoteVcId: string; pairingId?: undefined });

export type { PairingInfo } from "./outputs";
export type { VrmsConnectionArgs } from "./resource";

/** {@link lookupPairing} found no pairing (the VRMS's own self pairing never counts). */
export class PairingNotFoundError extends VrPairingError {
  constructor(what: string, url: string) {
    super(`No pairing ${what} exists on ${url}`);
  }
}

/** Every pairing of the local VRMS (the self pairing left out), or the one to `remoteVcId`. */
export async function getPairings(args: GetPairingsArgs = {}): Promise<PairingInfo[]> {
  const want = args.remoteVcId?.toLowerCase();
  return withLookupClient(connectionOf(args), async (client) => {
    const pairings = (await client.listPairings()).filter(
      (p) =>
        !isSelfPairing(p) &&
        (want === undefined || (p.remote_vc_server?.id ?? "").toLowerCase() === want),
    );
    return Promise.all(pairings.map((p) => infoOf(client, p)));
  });
}

/** One pairing, by `pairingId` or by `remoteVcId`; throws {@link PairingNotFoundError}. */
export async function lookupPairing(args: LookupPairingArgs): Promise<PairingInfo> {
  const byId = typeof args.pairingId === "string" && args.pairingId !== "";
  const byRemote = typeof args.remoteVcId === "string" && args.remoteVcId !== "";
  if (byId === byRemote) {
    throw new VrPairingError(
      "lookupPairing: give exactly one of pairingId (the pairing's id) or remoteVcId (the remote vCenter's id)",
    );
  }
  return withLookupClient(connectionOf(args), async (client) => {
    const pairing = byId
      ? await client.getPairing(args.pairingId as string)
      : await client.findPairingByRemoteVcId(args.remoteVcId as string);
    if (!pairing || isSelfPairing(pairing)) {
      const what = byId ? `with id ${args.pairingId}` : `to remote vCenter ${args.remoteVcId}`;
      throw new PairingNotFoundError(what, client.baseUrl);
    }
    return infoOf(client, pairing);
  });
}

/** The connection for these settings: argument, then stack config, then environment. */
export function connectionOf(args: VrmsConnectionArgs): ConnectionSettings {
  const connection = requireConnection(withStackConfig(args));
  const problem = urlProblem(connection.url, connection.insecure);
  if (problem) throw new VrPairingError(`vrmsUrl: ${problem}`);
  return connection;
}

async function infoOf(client: VrmsClient, pairing: PairingEntity): Promise<PairingInfo> {
  const info = pairingInfo(pairing, await issuesOf(client, pairing));
  // Read without a remote session (lookups hold no remote credentials): the servers a pairing's
  // partial marks name have no status the VRMS stated, and give none to connectionStatus.
  const partial = partialDataOf(pairing);
  if (!partial) return info;
  return { ...keepUnstated(info, partial), connectionStatus: partialStatus(info, partial) };
}
