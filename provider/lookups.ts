// The provider's data sources: read pairings without managing them. Plain async functions,
// so a program can wrap them in `pulumi.output(...)` and a script can call them without Pulumi.
import * as pulumi from "@pulumi/pulumi";
import { isSelfPairing, partialDataOf, type PairingEntity, type VrmsClient } from "../sdk";
import { partialStatus } from "./remote-site";
import { clientFor } from "./clients";
import { CONFIG_NAMESPACE, requireConnection, urlProblem } from "./connection";
import { VrPairingError } from "./errors";
import type { VrmsConnectionArgs } from "./inputs";
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
export type { VrmsConnectionArgs } from "./inputs";

/** {@link lookupPairing} found no pairing (the VRMS's own self pairing never counts). */
export class PairingNotFoundError extends VrPairingError {
  constructor(what: string, url: string) {
    super(`No pairing ${what} exists on ${url}`);
  }
}

/** Every pairing of the local VRMS (the self pairing left out), or the one to `remoteVcId`. */
export async function getPairings(args: GetPairingsArgs = {}): Promise<PairingInfo[]> {
  const client = clientOf(args);
  const want = args.remoteVcId?.toLowerCase();
  const pairings = (await client.listPairings()).filter(
    (p) =>
      !isSelfPairing(p) &&
      (want === undefined || (p.remote_vc_server?.id ?? "").toLowerCase() === want),
  );
  return Promise.all(pairings.map((p) => infoOf(client, p)));
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
  const client = clientOf(args);
  const pairing = byId
    ? await client.getPairing(args.pairingId as string)
    : await client.findPairingByRemoteVcId(args.remoteVcId as string);
  if (!pairing || isSelfPairing(pairing)) {
    const what = byId ? `with id ${args.pairingId}` : `to remote vCenter ${args.remoteVcId}`;
    throw new PairingNotFoundError(what, client.baseUrl);
  }
  return infoOf(client, pairing);
}

/** The resource's client for these settings: argument, then stack config, then environment. */
export function clientOf(args: VrmsConnectionArgs): VrmsClient {
  const config = new pulumi.Config(CONFIG_NAMESPACE);
  const connection = requireConnection({
    vrmsUrl: args.vrmsUrl ?? config.get("url"),
    vrmsUsername: args.vrmsUsername ?? config.get("username"),
    vrmsPassword: args.vrmsPassword ?? config.get("password"),
    vrmsThumbprint: args.vrmsThumbprint ?? config.get("thumbprint"),
    vrmsCaBundle: args.vrmsCaBundle ?? config.get("caBundle"),
    vrmsInsecure: args.vrmsInsecure ?? config.getBoolean("insecure"),
  });
  const problem = urlProblem(connection.url, connection.insecure);
  if (problem) throw new VrPairingError(`vrmsUrl: ${problem}`);
  return clientFor(connection);
}

async function infoOf(client: VrmsClient, pairing: PairingEntity): Promise<PairingInfo> {
  const info = pairingInfo(pairing, await issuesOf(client, pairing));
  // Read without a remote session (lookups hold no remote credentials): a pairing marked partial
  // gives no status from its remote fields. List items carry no `_meta` of their own.
  const partial = partialDataOf(pairing);
  return partial ? { ...info, connectionStatus: partialStatus(info, partial) } : info;
}
