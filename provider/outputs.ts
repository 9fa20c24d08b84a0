import type { IssueInfo, Pairing, ServerInfo, Task } from "../sdk/wire";
import type { Ownership } from "./ownership";
import {
  EngineProps,
  INPUT_KEYS,
  PairingInputs,
  RECONNECT_KEYS,
  unwrapSecrets,
  withoutProvider,
} from "./inputs";

export type ConnectionStatus = "connected" | "degraded" | "disconnected";

export interface ServerSummary {
  id: string | null;
  name: string | null;
  url: string | null;
  status: string | null;
  version: string | null;
}

export interface PairingIssue {
  description: string | null;
  status: string | null;
  issueType: string | null;
  entity: string | null;
  entityName: string | null;
  /** ISO 8601. */
  timestamp: string | null;
}

export interface LastTask {
  id: string;
  operation: string;
  status: string;
  /** ISO 8601, null until the VRMS set it. */
  queuedTime: string | null;
  startTime: string | null;
  completeTime: string | null;
}

/** The outputs that come from the VRMS. */
export type ComputedOutputs = {
  /** The VRMS pairing id. */
  pairingId: string;
  /** `connected` (every server OK, no issue), `degraded`, or `disconnected`. */
  connectionStatus: ConnectionStatus;
  /** The local vCenter `{id, name, url, status, version}`, null when not reported. */
  localVcServer: ServerSummary | null;
  /** The remote vCenter `{id, name, url, status, version}`, null when not reported. */
  remoteVcServer: ServerSummary | null;
  /** The local VRMS `{id, name, url, status, version}`, null when not reported. */
  localVrms: ServerSummary | null;
  /** The remote VRMS `{id, name, url, status, version}`, null when not reported. */
  remoteVrms: ServerSummary | null;
  /** Current issues; read only when some server is not OK, so [] for a healthy pairing. */
  issues: PairingIssue[];
  /** The last VRMS task the resource ran or waited for; null when adopted. */
  lastTask: LastTask | null;
  /** How this resource came to own the pairing; null in state written before it was recorded. */
  ownership: Ownership | null;
};

/**
 * A pairing as the VRMS reports it now (what the lookups return): the computed outputs of a
 * `VrPairing` but `lastTask` and `ownership`, which only a resource has.
 */
export type PairingInfo = Omit<ComputedOutputs, "lastTask" | "ownership">;

export type PairingOutputs = PairingInputs & ComputedOutputs;

const str = (v: unknown): string | null => (typeof v === "string" ? v : null);
const iso = (ms: unknown): string | null =>
  typeof ms === "number" && Number.isFinite(ms) ? new Date(ms).toISOString() : null;

export function summarizeServer(s: ServerInfo | undefined | null): ServerSummary | null {
  if (!s) return null;
  return {
    id: str(s.id),
    name: str(s.name),
    url: str(s.url),
    status: str(s.server_status),
    version: str(s.version),
  };
}

export function mapIssue(i: IssueInfo): PairingIssue {
  return {
    description: str(i.description),
    status: str(i.status),
    issueType: str(i.issue_type),
    entity: str(i.entity),
    entityName: str(i.entity_name),
    timestamp: iso(i.timestamp),
  };
}

export function mapTask(t: Task, operation: string): LastTask {
  return {
    id: t.id,
    operation,
    status: t.status,
    queuedTime: iso(t.queued_time),
    startTime: iso(t.start_time),
    completeTime: iso(t.complete_time),
  };
}

/**
 * connected: every server OK and no issue; disconnected: the remote side is in ERROR or could
 * not be read at all; degraded: anything in between.
 */
export function connectionStatusOf(p: Pairing, issues: IssueInfo[]): ConnectionStatus {
  const remote = [p.remote_vc_server, p.remote_vrms];
  if (remote.some((s) => !s || s.server_status === "ERROR")) return "disconnected";
  const all = [p.local_vc_server, p.local_vrms, ...remote];
  if (all.some((s) => !s || s.server_status !== "OK")) return "degraded";
  return issues.length > 0 ? "degraded" : "connected";
}

/** The state of a resource as the host hands it over, secrets unwrapped (once, here). */
export function readState(props: EngineProps | undefined): PairingOutputs {
  return upgradeState(withoutProvider(unwrapSecrets(props ?? {}))) as PairingOutputs;
}

/**
 * State written by older versions, read as today's: a port stored as text ("443") is the
 * number, and a missing `remoteVcId` is the remote vCenter the last read saw. What is still
 * missing stays missing: it must never count as a change that replaces the pairing.
 */
export function upgradeState(state: EngineProps): EngineProps {
  const out = { ...state };
  const port = out.remotePscPort;
  if (typeof port === "string" && /^\d+$/.test(port.trim())) out.remotePscPort = Number(port);
  const remote = out.remoteVcServer;
  const seenId = remote && typeof remote === "object" && "id" in remote ? remote.id : undefined;
  if ((out.remoteVcId === undefined || out.remoteVcId === "") && typeof seenId === "string") {
    out.remoteVcId = seenId;
  }
  return out;
}

/** Echoes the inputs (minus placeholders) so state shows what was asked for. */
export function inputPart(inputs: Partial<PairingInputs>): Partial<PairingInputs> {
  const out: Record<string, unknown> = {};
  for (const key of INPUT_KEYS) {
    const v = (inputs as Record<string, unknown>)[key];
    if (v !== undefined && v !== null) out[key] = v;
  }
  return out as Partial<PairingInputs>;
}

export function buildOutputs(
  inputs: Partial<PairingInputs>,
  pairing: Pairing,
  issues: IssueInfo[],
  lastTask: LastTask | null,
  ownership: Ownership | null,
): PairingOutputs {
  const out = { ...inputPart(inputs), ...pairingInfo(pairing, issues), lastTask, ownership };
  return toPlainJson(out) as PairingOutputs;
}

/** What one read of a pairing and its issues says. */
export function pairingInfo(pairing: Pairing, issues: IssueInfo[]): PairingInfo {
  return {
    pairingId: String(pairing.pairing_id),
    connectionStatus: connectionStatusOf(pairing, issues),
    localVcServer: summarizeServer(pairing.local_vc_server),
    remoteVcServer: summarizeServer(pairing.remote_vc_server),
    localVrms: summarizeServer(pairing.local_vrms),
    remoteVrms: summarizeServer(pairing.remote_vrms),
    issues: issues.map(mapIssue),
  };
}

/** Drops undefined and turns Dates into strings: the gRPC Struct takes plain JSON only. */
export function toPlainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The outputs that come from the VRMS, as last recorded. */
export function computedPart(o: Partial<ComputedOutputs>): ComputedOutputs {
  return {
    pairingId: o.pairingId ?? "",
    connectionStatus: o.connectionStatus ?? "disconnected",
    localVcServer: o.localVcServer ?? null,
    remoteVcServer: o.remoteVcServer ?? null,
    localVrms: o.localVrms ?? null,
    remoteVrms: o.remoteVrms ?? null,
    issues: o.issues ?? [],
    lastTask: o.lastTask ?? null,
    ownership: o.ownership ?? null,
  };
}

/** New local settings over the live part as last read: an update that needed no VRMS call. */
export function settingsOnly(olds: PairingOutputs, inputs: Partial<PairingInputs>): PairingOutputs {
  return toPlainJson({ ...computedPart(olds), ...inputPart(inputs) }) as PairingOutputs;
}

/** A task the provider knows only by id (the VRMS forgot it, or it was never read). */
export function taskById(id: string, status: string): LastTask {
  return { id, operation: "create", status, queuedTime: null, startTime: null, completeTime: null };
}

/** State while a create still runs on the VRMS: what was recorded, with the task as now seen. */
export function stillCreating(state: PairingOutputs, task: Task): PairingOutputs {
  return toPlainJson({ ...state, lastTask: mapTask(task, "create") });
}

/** `__provider` for a partial-failure answer: the host adds it to results, not to errors. */
const withProvider = (props: EngineProps, provider: string | undefined): EngineProps =>
  provider === undefined ? props : { ...props, __provider: provider };

/**
 * What state records for a pairing whose create did not finish. Without `__provider` a later
 * delete or refresh could not load the provider. Passwords stay: refresh and delete need them,
 * and the engine marks them secret as in any create answer, since their inputs are secret.
 */
export function partialState(
  inputs: Partial<PairingInputs>,
  id: string,
  lastTask: LastTask,
  provider: string | undefined,
  ownership: Ownership | null,
): EngineProps {
  return toPlainJson(
    withProvider(
      {
        ...inputPart(inputs),
        ...computedPart({
          pairingId: id,
          connectionStatus: "disconnected",
          lastTask,
          ownership,
        }),
      },
      provider,
    ),
  );
}

/**
 * Properties for a failed reconnect: new local settings, but the remote PSC fields and live
 * status as they were, so the next diff still asks for the reconnect.
 */
export function savedSettings(
  olds: PairingOutputs,
  inputs: Partial<PairingInputs>,
  provider: string | undefined,
): EngineProps {
  const settings: EngineProps = { ...inputPart(inputs) };
  const recorded: EngineProps = olds;
  for (const k of RECONNECT_KEYS) {
    const old = recorded[k];
    if (old === undefined || old === null) delete settings[k];
    else settings[k] = old;
  }
  return toPlainJson(withProvider({ ...settings, ...computedPart(olds) }, provider));
}
