// How configure and each replication action end. As with pairings, the outcome is decided when
// the task finishes, against the world at that moment (the remote site may have gone down, the
// VM may have been deleted, the datastore may have filled up); each failure has its own message.
// Configure and reconfigure take room on the target datastores (the replicated disks'
// capacity); unconfigure and delete give it back unless the replica disks are retained.
import {
  type ConfigureReplicationSpec,
  type ConfigureReplicationVmDisk,
  type ReconfigureReplicationSpec,
  reconfigureSpecOf,
} from "../sdk/replication-wire";
import type { RemoteSite } from "./catalogue";
import type { InventoryVm } from "./inventory";
import type { PairingRecord } from "./pairing-store";
import { type Failure, fail } from "./remote-login";
import type { ReplicationRecord } from "./replication-store";
import type { SimulatorState } from "./state";
import type { TaskOutcome } from "./task-runner";

/** The two ends of a pairing, as a replication over it sees them. */
export interface PairingSides {
  pairingId: string;
  /** undefined for the self pairing (source and target are this site). */
  pairing: PairingRecord | undefined;
  site: RemoteSite | undefined;
  sourceVcId: string;
  sourceSiteName: string;
  targetVcId: string;
  targetSiteName: string;
}

export function sidesOf(state: SimulatorState, pairingId: string): PairingSides | undefined {
  const local = state.local.vc;
  if (state.pairings.isSelf(pairingId)) {
    return {
      pairingId,
      pairing: undefined,
      site: undefined,
      sourceVcId: local.id,
      sourceSiteName: local.name,
      targetVcId: local.id,
      targetSiteName: local.name,
    };
  }
  const pairing = state.pairings.get(pairingId);
  if (!pairing) return undefined;
  return {
    pairingId,
    pairing,
    site: pairing.site,
    sourceVcId: local.id,
    sourceSiteName: local.name,
    targetVcId: pairing.site.vcId,
    targetSiteName: pairing.site.name,
  };
}

const GB = 1024 * 1024 * 1024;

function reachable(state: SimulatorState, pairingId: string): PairingSides | Failure {
  const sides = sidesOf(state, pairingId);
  if (!sides) {
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "It was deleted while this task was queued.",
    );
  }
  if (sides.site && !sides.site.up) {
    return fail(
      `Remote site is down: cannot reach vCenter Server ${sides.site.name}.`,
      "Retry once the remote site is back online, then reconnect the pairing if it stays broken.",
    );
  }
  return sides;
}

function isFailure(x: PairingSides | Failure): x is Failure {
  return "ok" in x;
}

/** Bytes each target datastore must hold for these disks. */
function needs(vm: InventoryVm, disks: ConfigureReplicationVmDisk[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of disks) {
    if (!d.enabled_for_replication || d.vm_disk.is_vm_home) continue;
    const disk = vm.disks.find((x) => !x.isVmHome && x.deviceKey === d.vm_disk.device_key);
    const bytes = (disk?.capacityKb ?? 0) * 1024;
    out.set(d.destination_datastore_id, (out.get(d.destination_datastore_id) ?? 0) + bytes);
  }
  return out;
}

/** The first disk the target cannot take, or null. */
function checkDisks(
  state: SimulatorState,
  sides: PairingSides,
  vm: InventoryVm,
  disks: ConfigureReplicationVmDisk[],
  released: Map<string, number>,
): Failure | null {
  const { inventory } = state;
  for (const d of disks) {
    if (d.vm_disk.vm_id !== vm.id) {
      return fail(
        `Disk of another VM: a disk entry names VM ${d.vm_disk.vm_id}, not ${vm.id}.`,
        "Every disk of a ConfigureReplicationSpec belongs to the VM it replicates.",
      );
    }
    const exists = d.vm_disk.is_vm_home
      ? vm.disks.some((x) => x.isVmHome)
      : vm.disks.some((x) => !x.isVmHome && x.deviceKey === d.vm_disk.device_key);
    if (!exists) {
      const keys = vm.disks.filter((x) => !x.isVmHome).map((x) => x.deviceKey);
      return fail(
        `Unknown disk: VM ${vm.name} has no disk with device key ${String(d.vm_disk.device_key)}.`,
        `Its disks have device keys ${keys.join(", ")} (GET .../vms/{vm_id}/disks).`,
      );
    }
    if (!inventory.datastore(sides.targetVcId, d.destination_datastore_id)) {
      const onSource = inventory.datastore(sides.sourceVcId, d.destination_datastore_id);
      return fail(
        `Datastore not on the target site: ${d.destination_datastore_id} is not a datastore of vCenter Server ${sides.targetSiteName}${onSource ? ` (it is on the source vCenter Server ${sides.sourceSiteName})` : ""}.`,
        "Pick a datastore listed by GET /pairings/{pairing_id}/vcenters/{target vCenter id}/datastores.",
      );
    }
    const policy = d.destination_storage_policy_id;
    if (policy && !inventory.policy(sides.targetVcId, policy)) {
      return fail(
        `Unknown storage policy: ${policy} is not a storage policy of vCenter Server ${sides.targetSiteName}.`,
        "Pick a policy listed by GET /pairings/{pairing_id}/vcenters/{target vCenter id}/storage-policies, or null for the datastore's default.",
      );
    }
  }
  for (const [dsId, bytes] of needs(vm, disks)) {
    const ds = inventory.datastore(sides.targetVcId, dsId);
    const free = (ds?.freeBytes ?? 0) + (released.get(dsId) ?? 0);
    if (ds && bytes > free) {
      return fail(
        `Not enough space on datastore ${ds.name}: the replica disks need ${(bytes / GB).toFixed(1)} GB, ${(free / GB).toFixed(1)} GB are free.`,
        "Pick a larger datastore or free space on this one.",
      );
    }
  }
  return null;
}

function take(
  state: SimulatorState,
  targetVcId: string,
  usage: Map<string, number>,
  sign: 1 | -1,
): void {
  for (const [dsId, bytes] of usage) {
    const ds = state.inventory.datastore(targetVcId, dsId);
    if (ds) ds.freeBytes = Math.min(ds.capacityBytes, Math.max(0, ds.freeBytes - sign * bytes));
  }
}

export function finishConfigure(
  state: SimulatorState,
  pairingId: string,
  replicationId: string,
  spec: ConfigureReplicationSpec,
): TaskOutcome {
  const sides = reachable(state, pairingId);
  if (isFailure(sides)) return sides;
  if (spec.target_vc_id.toLowerCase() !== sides.targetVcId.toLowerCase()) {
    return fail(
      `Wrong target site: vCenter Server ${spec.target_vc_id} is not the target of pairing ${pairingId} (${sides.targetVcId}).`,
      "target_vc_id must be the remote vCenter Server of the pairing.",
    );
  }
  const vm = state.inventory.vm(sides.sourceVcId, spec.vm_id);
  if (!vm) {
    return fail(
      `Unknown VM: vCenter Server ${sides.sourceSiteName} has no VM ${spec.vm_id}.`,
      "List the VMs with GET /pairings/{pairing_id}/vcenters/{source vCenter id}/vms.",
    );
  }
  const existing = state.replications.forVm(vm.id);
  if (existing) {
    return fail(
      `Already configured: VM ${vm.name} is already replicated (replication ${existing.id}).`,
      "Reconfigure the existing replication instead of configuring a new one.",
    );
  }
  const bad = checkDisks(state, sides, vm, spec.disks, new Map());
  if (bad) return bad;
  const settings = reconfigureSpecOf(spec);
  const now = Date.now();
  state.replications.add({
    id: replicationId,
    pairingId,
    vmId: vm.id,
    vmName: vm.name,
    sourceVcId: sides.sourceVcId,
    sourceSiteName: sides.sourceSiteName,
    targetVcId: sides.targetVcId,
    targetSiteName: sides.targetSiteName,
    settings,
    paused: false,
    fault: null,
    createdAt: now,
    lastSyncTime: now,
  });
  take(state, sides.targetVcId, needs(vm, spec.disks), 1);
  return { ok: true, result: { replication_id: replicationId, vm_id: vm.id } };
}

/** The replication an action works on, and the two sides of its pairing. */
export interface ActionTarget {
  rec: ReplicationRecord;
  sides: PairingSides;
}

/** What an action does to the replication it found when its task ends, or why it cannot. */
export type ActionWork = (state: SimulatorState, target: ActionTarget) => TaskOutcome;

/** The replication an action works on, still there and reachable, or why not. */
function actionable(
  state: SimulatorState,
  pairingId: string,
  id: string,
  remoteNeeded: boolean,
): ActionTarget | Failure {
  const rec = state.replications.inPairing(pairingId, id);
  if (!rec) {
    return fail(
      `The replication ${id} no longer exists.`,
      "It was removed while this task was queued.",
    );
  }
  const sides = remoteNeeded ? reachable(state, pairingId) : sidesOf(state, pairingId);
  if (!sides)
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "It was deleted while this task was queued.",
    );
  if (isFailure(sides)) return sides;
  return { rec, sides };
}

/**
 * Ends an action's task: its work runs if the replication is still there and, unless
 * `thisSiteOnly`, the remote site answers too.
 */
export function finishAction(
  state: SimulatorState,
  pairingId: string,
  id: string,
  work: ActionWork,
  thisSiteOnly = false,
): TaskOutcome {
  const found = actionable(state, pairingId, id, !thisSiteOnly);
  if ("ok" in found) return found;
  return work(state, found);
}

function done(rec: ReplicationRecord): TaskOutcome {
  return { ok: true, result: { replication_id: rec.id } };
}

function sourceGone(rec: ReplicationRecord, verb: string): Failure {
  return fail(
    `Cannot ${verb} replication ${rec.id}: the source VM ${rec.vmName} no longer exists.`,
    "Unconfigure or delete the replication.",
  );
}

/** Work on the source VM: it fails, saying so, once the VM was deleted. */
function onSourceVm(verb: string, work: ActionWork): ActionWork {
  return (state, target) =>
    target.rec.fault?.kind === "vm-deleted" ? sourceGone(target.rec, verb) : work(state, target);
}

export function reconfigureTo(settings: ReconfigureReplicationSpec): ActionWork {
  return onSourceVm("reconfigure", (state, { rec, sides }) => {
    const vm = state.inventory.vm(rec.sourceVcId, rec.vmId);
    if (!vm) return sourceGone(rec, "reconfigure");
    const before = needs(vm, rec.settings.disks);
    const bad = checkDisks(state, sides, vm, settings.disks, before);
    if (bad) return bad;
    take(state, rec.targetVcId, before, -1);
    take(state, rec.targetVcId, needs(vm, settings.disks), 1);
    rec.settings = settings;
    return done(rec);
  });
}

export const pauseWork: ActionWork = onSourceVm("pause", (_state, { rec }) => {
  rec.paused = true;
  return done(rec);
});

export const resumeWork: ActionWork = onSourceVm("resume", (_state, { rec }) => {
  rec.paused = false;
  return done(rec);
});

/** A sync makes a new image: it repairs an error and an RPO violation, not a full datastore. */
export const syncWork: ActionWork = onSourceVm("synchronize", (_state, { rec }) => {
  if (rec.paused) {
    return fail(
      `Cannot synchronize replication ${rec.id}: it is paused.`,
      "Resume the replication first.",
    );
  }
  if (rec.fault?.kind === "datastore-full") {
    return fail(
      `Cannot synchronize replication ${rec.id}: ${rec.fault.message}`,
      "Free space on the target datastore first.",
    );
  }
  rec.fault = null;
  rec.lastSyncTime = Date.now();
  return done(rec);
});

function release(state: SimulatorState, rec: ReplicationRecord, retain: boolean): void {
  state.replications.remove(rec.id);
  if (retain) return;
  const vm = state.inventory.vm(rec.sourceVcId, rec.vmId);
  if (vm) take(state, rec.targetVcId, needs(vm, rec.settings.disks), -1);
}

/**
 * Unconfigure and delete: the replication goes, and its room on the target datastore unless
 * the replica disks are retained. Unconfigure needs both sites; delete runs on this site only,
 * whatever the remote site's state (the vendor's way when it is gone).
 */
export function removeWork(retain: boolean): ActionWork {
  return (state, { rec }) => {
    release(state, rec, retain);
    return done(rec);
  };
}
