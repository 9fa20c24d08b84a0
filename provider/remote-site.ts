import {
  partialDataOf,
  PairingEntity,
  PartialData,
  RemoteCredentials,
  VrmsClient,
  VrmsNotFoundError,
  VrmsRemoteAuthError,
  VrmsRemoteSiteUnreachableError,
  VrmsTaskFailedError,
} from "../sdk";
import { ForceDeleteRequiredError, RemoteCredentialsRejectedError } from "./errors";
import type { PairingInputs } from "./inputs";
import type { ConnectionStatus, PairingInfo, PairingOutputs } from "./outputs";
import type { ProgressReporter } from "./progress";

/** `_meta.errors` codes by which the VRMS says the remote site did not answer. */
const UNREACHABLE_CODES = new Set(["REMOTE_SITE_UNREACHABLE"]);

/**
 * Words VRMS task messages use when the other site did not answer. A failed task carries only
 * text (no code), so this is the one place the provider reads meaning from prose; it is
 * consulted only when the pairing itself gives no structured answer.
 */
const REMOTE_DOWN_TEXT =
  /(remote.*(down|unreachable|not reachable|offline|unavailable|not respond))|unreachable|not reachable|offline/i;

/** The remote PSC credentials recorded for the pairing: what the remote session logs in with. */
export function remoteCredentials(inputs: Partial<PairingInputs>): RemoteCredentials | undefined {
  const { remotePscUsername: username, remotePscPassword: password } = inputs;
  return username && password ? { username, password } : undefined;
}

/** A pairing as read for state: full, or partial with the reason. */
export interface PairingRead {
  pairing: PairingEntity;
  /** Set when the VRMS marked the answer partial (`_meta.errors`): never read as drift. */
  partial?: PartialData;
  /** The remote session gave full data, so further reads of the pairing (issues) use it too. */
  remote?: RemoteCredentials;
  /** The remote site refused the recorded remote credentials; the answer is this site's view. */
  refused?: VrmsRemoteAuthError;
}

/**
 * The pairing with full data: read inside a remote session opened with the recorded remote PSC
 * credentials. When the remote site does not answer, the answer is what this site knows
 * (partial, marked). null: no such pairing. Refused remote credentials give this site's view
 * too, as the vendor contract answers a read without a remote session: partial, never a failure.
 */
export async function readFullPairing(
  client: VrmsClient,
  id: string,
  creds: RemoteCredentials | undefined,
): Promise<PairingRead | null> {
  if (!creds) return readAsSeen(client, id);
  try {
    return inSession(await client.getPairing(id, { remote: creds }), creds);
  } catch (err) {
    // The remote login answers 404 for a pairing this site does not know.
    if (err instanceof VrmsNotFoundError) return null;
    if (err instanceof VrmsRemoteAuthError) {
      const seen = await readAsSeen(client, id);
      return seen && { ...seen, refused: err };
    }
    if (!(err instanceof VrmsRemoteSiteUnreachableError)) throw err;
  }
  const seen = await readAsSeen(client, id);
  if (!seen?.partial || seen.partial.remoteSiteUnreachable) return seen;
  // The client held the remote site back as unreachable, but the VRMS says it answers again.
  await client.createRemoteSession(id, creds);
  return inSession(await client.getPairing(id, { remote: creds }), creds);
}

/** A read in a remote session; the session is offered to further reads only if it gave full data. */
function inSession(pairing: PairingEntity | null, creds: RemoteCredentials): PairingRead | null {
  if (!pairing) return null;
  const partial = partialDataOf(pairing);
  return partial ? { pairing, partial } : { pairing, remote: creds };
}

async function readAsSeen(client: VrmsClient, id: string): Promise<PairingRead | null> {
  const pairing = await client.getPairing(id);
  return pairing && { pairing, partial: partialDataOf(pairing) };
}

/**
 * How a pairing is read: `full` in a remote session (refresh, import, after an update or an
 * adoption); `after-create` as this site sees it, without a remote session: the remote site
 * took part in the create that just succeeded (a create with the remote site down fails), so
 * a remote login per pairing would buy nothing but a request (issue 25); the next refresh
 * reads full data.
 */
export type ReadView = "full" | "after-create";

/** A pairing's servers: wire field → output key. */
const SERVER_FIELDS = {
  local_vc_server: "localVcServer",
  remote_vc_server: "remoteVcServer",
  local_vrms: "localVrms",
  remote_vrms: "remoteVrms",
} as const;
type ServerField = keyof typeof SERVER_FIELDS;

/**
 * The servers whose fields a read without a remote session did not state (`_meta.errors`
 * naming `$.remote_vrms`, say): undefined when the answer is full, or partial for another
 * reason than the missing remote session (an unreachable remote site is a real fact).
 */
export function unstatedServers(partial: PartialData | undefined): ServerField[] | undefined {
  if (!partial?.remoteSessionMissing || partial.remoteSiteUnreachable) return undefined;
  return markedServers(partial);
}

/**
 * The state of a pairing read right after its create succeeded, without a remote session: the
 * status of a server the VRMS did not state is null (not reported), never the placeholder the
 * partial answer carries; the connection status is this site's (partialStatus). No warning:
 * the answer is partial by design, and the next refresh reads full data.
 */
export function afterCreate(outs: PairingOutputs, partial: PartialData): PairingOutputs {
  return { ...keepUnstated(outs, partial), connectionStatus: partialStatus(outs, partial) };
}

/**
 * State from a partial answer, never drift read from it: a remote site that does not answer is
 * a real `disconnected`; any other partial answer keeps the status last recorded (for a fresh
 * read back, the local side's), and the servers the VRMS marked partial keep their last recorded
 * summary (else their status is unknown, null). A warning line says why, and what to do.
 */
export function settlePartial(
  outs: PairingOutputs,
  read: PairingRead,
  inputs: Partial<PairingInputs>,
  recorded: Partial<PairingOutputs> | undefined,
  progress: ProgressReporter,
): PairingOutputs {
  const partial = read.partial;
  if (!partial) return outs;
  const status = partialStatus(outs, partial, recorded?.connectionStatus);
  const settled = partial.remoteSiteUnreachable ? outs : keepUnstated(outs, partial, recorded);
  progress.note(partialWarning(outs.pairingId, partial, status, read.refused, inputs));
  return { ...settled, connectionStatus: status };
}

function partialWarning(
  pairingId: string,
  partial: PartialData,
  status: ConnectionStatus,
  refused: VrmsRemoteAuthError | undefined,
  inputs: Partial<PairingInputs>,
): string {
  if (partial.remoteSiteUnreachable) {
    return (
      `warning: the remote site of pairing ${pairingId} could not be reached ` +
      `(${partial.reason}); connectionStatus is disconnected`
    );
  }
  if (refused) {
    return (
      `warning: the remote site ${inputs.remotePscHost ?? ""} of pairing ${pairingId} refused the ` +
      `remote PSC user ${refused.username ?? inputs.remotePscUsername ?? ""} (HTTP ${refused.status ?? "?"}), ` +
      `so only this site's data was read; connectionStatus stays ${status}. Set remotePscPassword ` +
      "(or remotePscUsername) to the remote site's current SSO credentials and run `pulumi up`: " +
      "the update reconnects with them."
    );
  }
  return (
    `warning: the VRMS answered pairing ${pairingId} with partial data (${partial.reason}); ` +
    `connectionStatus ${status}, not read from the remote fields`
  );
}

/**
 * The servers a partial answer marked (`_meta.errors[].field` such as `$.remote_vrms`), with
 * the summary last recorded, or with an unknown status when none was: a value the VRMS did not
 * state is never stored as a fact. A mark naming no server covers both remote ones.
 */
export function keepUnstated<T extends PairingInfo>(
  outs: T,
  partial: PartialData,
  recorded?: Partial<PairingInfo>,
): T {
  const out = { ...outs };
  for (const key of markedServers(partial).map((f) => SERVER_FIELDS[f])) {
    const summary = out[key];
    const last = recorded?.[key];
    // State read back through the engine may have lost its null fields: they are null again.
    const known = last && {
      id: last.id ?? null,
      name: last.name ?? null,
      url: last.url ?? null,
      status: last.status ?? null,
      version: last.version ?? null,
    };
    out[key] = known ?? (summary ? { ...summary, status: null } : null);
  }
  return out;
}

/** The servers a partial answer marks; a mark naming no server covers both remote ones. */
function markedServers(partial: PartialData): ServerField[] {
  const fields = partial.errors.flatMap((e): ServerField[] => {
    const field = (e.field ?? "").replace(/^\$\.?/, "").split(/[.[]/)[0];
    if (field in SERVER_FIELDS) return [field as ServerField];
    return field === "" ? ["remote_vc_server", "remote_vrms"] : [];
  });
  return [...new Set(fields)];
}

/**
 * The status a partial answer supports. Unreachable remote site, or a broken connection this
 * site already knows of (a remote server in ERROR): disconnected. Otherwise the remote fields
 * are only the last known values: the recorded status, else the local side's.
 */
export function partialStatus(
  computed: Pick<PairingOutputs, "connectionStatus" | "localVcServer" | "localVrms">,
  partial: PartialData,
  recorded?: ConnectionStatus,
): ConnectionStatus {
  if (partial.remoteSiteUnreachable || computed.connectionStatus === "disconnected") {
    return "disconnected";
  }
  const local = [computed.localVcServer, computed.localVrms].every((s) => s?.status === "OK");
  return recorded ?? (local ? "connected" : "degraded");
}

/**
 * The remote-session failures of a read or non-force delete, as the user should see them:
 * wrong remote credentials name the inputs to change; a remote site that does not answer on a
 * delete asks for forceDelete. Anything else is returned as it is.
 */
export function remoteSessionFailure(
  err: unknown,
  inputs: Partial<PairingInputs>,
  pairingId: string,
  step: "read" | "delete",
): unknown {
  if (err instanceof VrmsRemoteAuthError) {
    const detail = `HTTP ${err.status ?? "?"}${err.errorCode ? ` ${err.errorCode}` : ""}`;
    return new RemoteCredentialsRejectedError(
      pairingId,
      inputs.remotePscHost ?? "",
      err.username ?? inputs.remotePscUsername ?? "",
      detail,
      step,
      { cause: err },
    );
  }
  if (err instanceof VrmsRemoteSiteUnreachableError && step === "delete") {
    return new ForceDeleteRequiredError(pairingId, undefined, err.serverMessage ?? err.message);
  }
  return err;
}

/**
 * Whether the remote site of this pairing could not be reached: from the pairing as read just
 * now (an unreachable-site code in its `_meta.errors`), else from the failed task's text.
 */
export function remoteSiteUnreachable(
  pairing: PairingEntity,
  failure?: VrmsTaskFailedError,
): boolean {
  const codes = (pairing._meta?.errors ?? []).map((e) => e.code ?? "");
  if (codes.some((c) => UNREACHABLE_CODES.has(c))) return true;
  return failure !== undefined && REMOTE_DOWN_TEXT.test(textOf(failure));
}

/** The forceDelete hint for a delete the remote site could not take part in, if that is why it failed. */
export function forceDeleteHint(
  pairingId: string,
  failure: VrmsTaskFailedError,
  pairing: PairingEntity,
): ForceDeleteRequiredError | undefined {
  if (!remoteSiteUnreachable(pairing, failure)) return undefined;
  return new ForceDeleteRequiredError(
    pairingId,
    failure.taskId,
    failure.taskMessage ?? failure.message,
  );
}

function textOf(err: VrmsTaskFailedError): string {
  return [err.taskMessage, err.details, err.message].filter(Boolean).join(" ");
}
