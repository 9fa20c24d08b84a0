// What a VrReplication holds in state: its inputs as given, and what the VRMS says about it
// (status, health, the last task, who owns it). Health is what drives repair: anything but
// "ok" (or "paused" when paused is declared) makes the next `up` resume or synchronize.
import type { ReplicationInfo, ReplicationStatus } from "../../sdk";
import { type EngineProps, unwrapSecrets, withoutProvider } from "../inputs";
import { type LastTask } from "../outputs";
import type { ReplicationInputs } from "./inputs";

/**
 * ok: replicating within its RPO; paused; rpo-violated: the last image is older than the RPO;
 * error: the replication group failed; not-active: the source VM is gone or the replication is
 * not running; unknown: not read (the remote site did not answer).
 */
export type ReplicationHealth =
  "ok" | "paused" | "rpo-violated" | "error" | "not-active" | "unknown";

/** How this resource came to own the replication; "recovered" is only in older state. */
export type ReplicationOwnership = "created" | "adopted" | "recovered";

export type ReplicationOutputs = ReplicationInputs & {
  replicationId: string;
  vmName: string | null;
  sourceVcId: string | null;
  /** The VRMS that holds the replication, recorded at create: destructive steps check it. */
  vrmsId: string | null;
  status: ReplicationStatus | null;
  health: ReplicationHealth;
  rpoViolationMinutes: number;
  lastSyncTime: string | null;
  /** Why it is not ok, in the VRMS's words; [] when healthy. */
  problems: string[];
  lastTask: LastTask | null;
  ownership: ReplicationOwnership | null;
};

export function healthOf(info: ReplicationInfo | null): ReplicationHealth {
  const s = info?.status?.status;
  if (!s) return "unknown";
  if (info?.configuration_state === "ERROR" || s === "NOT_ACTIVE" || s.startsWith("NOT_ACTIVE")) {
    return "not-active";
  }
  if (s === "PAUSED") return "paused";
  if (s === "ERROR" || s.startsWith("ERROR")) return "error";
  if (info?.status?.rpo_violation || s.includes("RPO_VIOLATION")) return "rpo-violated";
  return "ok";
}

/** Whether the declared state differs from the health read: the next `up` repairs it. */
export function needsRepair(health: ReplicationHealth, pausedDeclared: boolean): boolean {
  // Partial state (a step after configure failed): the next `up` finishes the job.
  if (health === "unknown") return true;
  if (health === "paused") return !pausedDeclared;
  if (health === "ok") return pausedDeclared;
  return health === "rpo-violated" || health === "error";
}

function problemsOf(info: ReplicationInfo): string[] {
  return [info.configuration_error?.message, info.last_group_error?.message].filter(
    (m): m is string => typeof m === "string" && m !== "",
  );
}

export function outputsOf(
  inputs: ReplicationInputs,
  info: ReplicationInfo,
  recorded: Pick<ReplicationOutputs, "vrmsId" | "sourceVcId" | "lastTask" | "ownership">,
): ReplicationOutputs {
  return {
    ...inputs,
    ...recorded,
    replicationId: String(info.id),
    vmName: info.name ?? null,
    status: info.status?.status ?? null,
    health: healthOf(info),
    rpoViolationMinutes: info.current_rpo_violation ?? 0,
    lastSyncTime: info.last_sync_time ? new Date(info.last_sync_time).toISOString() : null,
    problems: problemsOf(info),
  };
}

/** State as the host hands it over, secret wrappers removed (once, here). */
export function readReplicationState(props: EngineProps): ReplicationOutputs {
  return withoutProvider(unwrapSecrets(props)) as ReplicationOutputs;
}
