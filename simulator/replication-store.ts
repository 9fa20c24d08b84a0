// The replication object: its record, the states and faults it can be in, and how it renders on
// the wire (ReplicationInfo, its disks, its issues). How configure and the actions end lives in
// replication-work.ts, the routes in replication-routes.ts.
import { randomUUID } from "node:crypto";
import type { IssueInfo } from "../sdk/wire";
import type {
  ReconfigureReplicationSpec,
  ReplicatedVmDisk,
  ReplicationInfo,
  ReplicationStatus,
} from "../sdk/replication-wire";
import { UnknownObjectError } from "./api-errors";
import type { InventoryStore } from "./inventory";

/**
 * What can go wrong with a replication, set through the control surface (or, for
 * vm-deleted, by deleting the VM): each has the repair a user would make.
 *   error           the replication group failed: a sync repairs it
 *   rpo-violated    the last image is older than the RPO: a sync repairs it
 *   datastore-full  the target datastore has no room: syncs fail until space is freed
 *   vm-deleted      the source VM is gone: only unconfigure or delete remain
 */
export type ReplicationFaultKind = "error" | "rpo-violated" | "datastore-full" | "vm-deleted";

export const REPLICATION_FAULT_KINDS: readonly ReplicationFaultKind[] = [
  "error",
  "rpo-violated",
  "datastore-full",
  "vm-deleted",
];

/** What a user asks of a replication; each starts a task. */
export type ReplicationAction =
  "configure" | "reconfigure" | "pause" | "resume" | "sync" | "unconfigure" | "destroy";

export const REPLICATION_ACTIONS: readonly ReplicationAction[] = [
  "configure",
  "reconfigure",
  "pause",
  "resume",
  "sync",
  "unconfigure",
  "destroy",
];

export interface ReplicationFault {
  kind: ReplicationFaultKind;
  message: string;
  since: number;
}

export interface ReplicationRecord {
  id: string;
  pairingId: string;
  vmId: string;
  vmName: string;
  sourceVcId: string;
  sourceSiteName: string;
  targetVcId: string;
  targetSiteName: string;
  settings: ReconfigureReplicationSpec;
  paused: boolean;
  fault: ReplicationFault | null;
  createdAt: number;
  lastSyncTime: number;
}

/** The vendor's replication ids look like "GID-<uuid>". */
export function newReplicationId(): string {
  return `GID-${randomUUID()}`;
}

export class ReplicationStore {
  private readonly records = new Map<string, ReplicationRecord>();
  /** Failures armed from the control surface: the next task of the action ends ERROR. */
  private readonly armed = new Map<ReplicationAction, { message: string; details: string }[]>();

  constructor(private readonly inventory: InventoryStore) {}

  armFailure(action: ReplicationAction, message: string, details: string): void {
    const queue = this.armed.get(action) ?? [];
    queue.push({ message, details });
    this.armed.set(action, queue);
  }

  takeArmedFailure(action: ReplicationAction): { message: string; details: string } | undefined {
    return this.armed.get(action)?.shift();
  }

  add(rec: ReplicationRecord): void {
    this.records.set(rec.id, rec);
  }

  get(id: string): ReplicationRecord | undefined {
    return this.records.get(id);
  }

  /** The record in this pairing, or undefined (a 404 on the wire). */
  inPairing(pairingId: string, id: string): ReplicationRecord | undefined {
    const rec = this.records.get(id);
    return rec && rec.pairingId === pairingId ? rec : undefined;
  }

  require(id: string): ReplicationRecord {
    const rec = this.records.get(id);
    if (!rec) throw new UnknownObjectError("replication", id);
    return rec;
  }

  remove(id: string): void {
    this.records.delete(id);
  }

  forVm(vmId: string): ReplicationRecord | undefined {
    for (const r of this.records.values()) if (r.vmId === vmId) return r;
    return undefined;
  }

  /** Oldest first. */
  ofPairing(pairingId: string): ReplicationRecord[] {
    return [...this.records.values()]
      .filter((r) => r.pairingId === pairingId)
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  all(): ReplicationRecord[] {
    return [...this.records.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  setFault(rec: ReplicationRecord, kind: ReplicationFaultKind | null, message?: string): void {
    rec.fault =
      kind === null
        ? null
        : { kind, message: message ?? defaultMessage(rec, kind), since: Date.now() };
  }

  /** The source VM is gone: every replication of it turns vm-deleted. */
  vmDeleted(vmId: string): void {
    for (const r of this.records.values()) {
      if (r.vmId === vmId) this.setFault(r, "vm-deleted");
    }
  }

  // ---- wire rendering ----

  render(rec: ReplicationRecord, extended: boolean, now = Date.now()): ReplicationInfo {
    const s = rec.settings;
    const fault = rec.fault;
    const info: ReplicationInfo = {
      name: rec.vmName,
      id: rec.id,
      vm_id: fault?.kind === "vm-deleted" ? null : rec.vmId,
      source_site_name: rec.sourceSiteName,
      source_vc_id: rec.sourceVcId,
      target_site_name: rec.targetSiteName,
      target_vc_id: rec.targetVcId,
      status: statusOf(rec, now),
      rpo: s.rpo,
      type: "VC_TO_VC",
      replication_server_name: `vr-server-${rec.targetVcId.slice(0, 8)}`,
      recovery_solution: null,
      configuration_state: fault?.kind === "vm-deleted" ? "ERROR" : "OK",
      configuration_error:
        fault?.kind === "vm-deleted"
          ? { message: fault.message, details: "Unconfigure or delete the replication." }
          : null,
      last_group_error:
        fault && fault.kind !== "vm-deleted" && fault.kind !== "rpo-violated"
          ? { message: fault.message, details: repairOf(fault.kind) }
          : null,
      recovery_state: "NOT_STARTED",
      recovery_error: null,
      target_replication_server_uuid: null,
      last_sync_time: rec.lastSyncTime,
      last_sync_duration: 12,
      last_sync_size: 4 * 1024 * 1024,
      current_rpo_violation: fault?.kind === "rpo-violated" ? rpoViolationMinutes(rec, now) : 0,
      quiescing_enabled: s.quiesce_enabled ?? false,
      network_compression_enabled: s.network_compression_enabled,
      encryption_enabled: s.lwd_encryption_enabled,
      auto_replicate_new_disks_enabled: s.auto_replicate_new_disks,
      mpit_enabled: s.mpit_enabled,
      mpit_instances: s.mpit_instances ?? 0,
      mpit_days: s.mpit_days ?? 0,
      vm_data_sets_replication_enabled: s.vm_data_sets_replication_enabled ?? false,
    };
    if (extended) info.sync_progress = null;
    return info;
  }

  disksOf(rec: ReplicationRecord): ReplicatedVmDisk[] {
    const vm = this.inventory.vm(rec.sourceVcId, rec.vmId);
    return rec.settings.disks.map((d): ReplicatedVmDisk => {
      const source = vm?.disks.find((x) =>
        d.vm_disk.is_vm_home ? x.isVmHome : x.deviceKey === d.vm_disk.device_key,
      );
      const ds = this.inventory.datastore(rec.targetVcId, d.destination_datastore_id);
      const policy = d.destination_storage_policy_id
        ? this.inventory.policy(rec.targetVcId, d.destination_storage_policy_id)
        : undefined;
      return {
        vm_disk: {
          vm_id: rec.vmId,
          ...(source && !source.isVmHome ? { device_key: source.deviceKey } : {}),
          is_vm_home: source?.isVmHome ?? d.vm_disk.is_vm_home ?? false,
          capacity: source?.capacityKb ?? 0,
          label: source?.label ?? "unknown disk",
        },
        replicated: d.enabled_for_replication,
        destination_path: {
          datastore_id: d.destination_datastore_id,
          datastore_name: ds?.name ?? null,
          path: rec.vmName,
          filename:
            source && !source.isVmHome ? `${rec.vmName}_${source.deviceKey - 2000}.vmdk` : null,
        },
        destination_storage_policy_id: d.destination_storage_policy_id ?? null,
        destination_storage_policy_name: policy?.name ?? null,
        replica_disk_usage: d.enabled_for_replication ? (source?.capacityKb ?? 0) * 1024 : 0,
      };
    });
  }

  issuesOf(rec: ReplicationRecord, now = Date.now()): IssueInfo[] {
    const issue = (status: "WARNING" | "ERROR", description: string, since: number): IssueInfo => ({
      entity: rec.id,
      entity_name: rec.vmName,
      description,
      timestamp: since,
      status,
      issue_type: "VRS",
    });
    const out: IssueInfo[] = [];
    if (rec.paused)
      out.push(
        issue("WARNING", `Replication of ${rec.vmName} is paused; resume it.`, rec.lastSyncTime),
      );
    const f = rec.fault;
    if (f?.kind === "rpo-violated") {
      out.push(
        issue(
          "WARNING",
          `Replication of ${rec.vmName} violates its RPO of ${rec.settings.rpo} minutes by ${rpoViolationMinutes(rec, now)} minutes; sync it.`,
          f.since,
        ),
      );
    } else if (f) {
      out.push(issue("ERROR", `${f.message} ${repairOf(f.kind)}`, f.since));
    }
    return out;
  }
}

function statusOf(
  rec: ReplicationRecord,
  now: number,
): { status: ReplicationStatus; rpo_violation: boolean } {
  const f = rec.fault;
  if (f?.kind === "vm-deleted") return { status: "NOT_ACTIVE", rpo_violation: false };
  if (rec.paused) return { status: "PAUSED", rpo_violation: false };
  if (f?.kind === "rpo-violated")
    return { status: "RPO_VIOLATION", rpo_violation: rpoViolationMinutes(rec, now) > 0 };
  if (f) return { status: "ERROR", rpo_violation: false };
  return { status: "OK", rpo_violation: false };
}

/** At least a minute: the control surface says the RPO is violated now. */
function rpoViolationMinutes(rec: ReplicationRecord, now: number): number {
  const since = rec.fault?.since ?? now;
  return Math.max(1, Math.floor((now - since) / 60_000) + 1);
}

function defaultMessage(rec: ReplicationRecord, kind: ReplicationFaultKind): string {
  switch (kind) {
    case "error":
      return `The replication group of ${rec.vmName} is in error: the replication server lost its connection to the source host.`;
    case "rpo-violated":
      return `Replication of ${rec.vmName} violates its RPO.`;
    case "datastore-full":
      return `The target datastore of ${rec.vmName} is full: no space left for replica data.`;
    case "vm-deleted":
      return `The source VM ${rec.vmName} (${rec.vmId}) no longer exists.`;
  }
}

function repairOf(kind: ReplicationFaultKind): string {
  switch (kind) {
    case "error":
    case "rpo-violated":
      return "Synchronize the replication to repair it.";
    case "datastore-full":
      return "Free space on the target datastore, then synchronize the replication.";
    case "vm-deleted":
      return "Unconfigure or delete the replication.";
  }
}
