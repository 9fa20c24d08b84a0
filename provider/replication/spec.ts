// From declared inputs to the vendor's ConfigureReplicationSpec, and which declared settings
// differ from what the VRMS holds (a reconfigure).
import type {
  ConfigureReplicationSpec,
  ConfigureReplicationVmDisk,
  ReconfigureReplicationSpec,
  VmDisk,
} from "../../sdk/replication-wire";
import { changedInputs } from "../fields/compare";
import { inputsWhere } from "../fields/field";
import { REPLICATION_INPUT_FIELDS } from "./fields";
import type { DiskSetting, ReplicationInputs } from "./inputs";

/** The device key a disk is declared by: 0 for the VM home. */
export function keyOf(disk: Pick<VmDisk, "device_key" | "is_vm_home">): number {
  return disk.is_vm_home ? 0 : (disk.device_key ?? -1);
}

function diskSpec(i: ReplicationInputs, disk: VmDisk): ConfigureReplicationVmDisk {
  const own: DiskSetting | undefined = i.disks.find((d) => d.deviceKey === keyOf(disk));
  const policy = own?.storagePolicyId ?? i.storagePolicyId;
  return {
    vm_disk: disk.is_vm_home
      ? { vm_id: disk.vm_id, is_vm_home: true }
      : { vm_id: disk.vm_id, device_key: disk.device_key, is_vm_home: false },
    enabled_for_replication: own?.enabled ?? true,
    destination_datastore_id: own?.datastoreId ?? i.datastoreId,
    destination_disk_format: own?.diskFormat ?? i.diskFormat,
    destination_storage_policy_id: policy ?? null,
  };
}

/** The settings reconfigure takes, for the VM's disks as the VRMS lists them. */
export function settingsOf(i: ReplicationInputs, vmDisks: VmDisk[]): ReconfigureReplicationSpec {
  const mpit = i.pointInTimeInstances > 0 && i.pointInTimeDays > 0;
  return {
    rpo: i.rpo,
    quiesce_enabled: i.quiesce,
    network_compression_enabled: i.networkCompression,
    lwd_encryption_enabled: i.encryption,
    auto_replicate_new_disks: i.autoReplicateNewDisks,
    mpit_enabled: mpit,
    mpit_instances: mpit ? i.pointInTimeInstances : 0,
    mpit_days: mpit ? i.pointInTimeDays : 0,
    disks: vmDisks.map((d) => diskSpec(i, d)),
  };
}

export function configureSpecOf(i: ReplicationInputs, vmDisks: VmDisk[]): ConfigureReplicationSpec {
  return { ...settingsOf(i, vmDisks), vm_id: i.vmId, target_vc_id: i.targetVcId };
}

const RECONFIGURE_KEYS = inputsWhere(REPLICATION_INPUT_FIELDS, "reconfigure");

/** The declared inputs whose change is a reconfigure (the field table says which). */
export function reconfiguredKeys(
  olds: Partial<ReplicationInputs>,
  news: ReplicationInputs,
): string[] {
  return changedInputs(REPLICATION_INPUT_FIELDS, RECONFIGURE_KEYS, olds, news);
}
