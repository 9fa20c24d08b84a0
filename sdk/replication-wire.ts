// The replication and inventory wire shapes of the VRMS REST API v2, field for field from the
// vendor's OpenAPI file (`/pairings/{id}/replications*`, `/pairings/{id}/vcenters/{vc}/…`).
// Shared by the client and the simulator, like wire.ts; test/vendor/replication-wire-types.test.ts
// compares each with the type generated from the file.
import type { DrResponseList, Metadata } from "./wire";

export type DiskFormat =
  | "SAME_AS_SOURCE"
  | "SAME_AS_PRIMARY"
  | "AS_DEFINED_IN_PROFILE"
  | "FLAT"
  | "THICK"
  | "NATIVE_THICK"
  | "THIN"
  | "RDM";

export interface DatastorePathData {
  datastore_id: string;
  datastore_name?: string | null;
  path?: string | null;
  filename?: string | null;
}

export interface VmDisk {
  vm_id: string;
  device_key?: number;
  is_vm_home?: boolean;
  encrypted?: boolean;
  /** KB. */
  capacity?: number;
  source_disk_format?: DiskFormat;
  source_path?: DatastorePathData;
  source_storage_policy_name?: string | null;
  source_storage_policy_id?: string | null;
  label?: string;
  controller_key?: number;
  controller_label?: string | null;
  supported_for_replication?: boolean;
}

export type VmDiskList = DrResponseList<VmDisk>;

export interface VirtualMachineManagedByInfo {
  extension_key?: string;
  type?: string;
}

export interface VirtualMachine {
  id?: string;
  name?: string;
  power_state?: "POWERED_OFF" | "POWERED_ON" | "SUSPENDED" | null;
  connection_state?: "CONNECTED" | "DISCONNECTED" | "ORPHANED" | "INACCESSIBLE" | "INVALID" | null;
  template?: boolean;
  managed_by_info?: VirtualMachineManagedByInfo | null;
  vr_privilege_granted?: boolean;
  disks?: VmDisk[];
}

export type VirtualMachineList = DrResponseList<VirtualMachine>;

export type VmValidationStatus =
  | "OK"
  | "ERROR_"
  | "DUPLICATE_DISK_NAMES"
  | "ALREADY_CONFIGURED"
  | "INVALID_HW_VERSION"
  | "IS_FT_VM"
  | "VM_NOT_CONNECTED"
  | "HBR_NOT_SUPPORTED"
  | "INVALID_HOST_VERSION"
  | "HOST_NOT_CONNECTED"
  | "HOST_NOT_POWERED_ON"
  | "HOST_IN_MAINTENANCE_MODE"
  | "PHYSICAL_RDM_DISK_FOUND"
  | "NO_PERMISSIONS"
  | "UNKNOWN"
  | "IS_VM_TEMPLATE"
  | "VM_IS_ENCRYPTED"
  | "VM_IS_ENCRYPTED_LWD_OFF"
  | "VM_IS_ENCRYPTED_VMCRYPT_OFF"
  | "VM_ENCRYPTION_INCONSISTENCY"
  | "NOT_SUPPORTED_TRUST_AUTHORITY_ENCRYPTED_VM"
  | "IS_EAM_VM"
  | "PEER_GROUP_MISSING";

export interface VmCapabilities {
  vm_id?: string;
  vm_validation_status?: VmValidationStatus;
  quiescing_supported?: boolean;
  network_compression_supported?: boolean;
  mpit_supported?: boolean;
  lwd_encryption_supported?: boolean;
  vm_crypt_supported?: boolean;
  vm_encrypted?: boolean;
  vm_encryption_key_provider_type?: string | null;
  replication_not_supported_reasons?: (string | null)[] | null;
  auto_replicate_new_disks_supported?: boolean;
  min_rpo_mins?: number;
  nvme_disk_controller_supported?: boolean;
  ds_cluster_as_target_supported?: boolean;
  reconfigure_vm_disks_supported?: boolean;
}

export interface VmCapabilitiesEntity extends VmCapabilities {
  _meta?: Metadata;
}

export type FileSystemType =
  "VMFS" | "NFS" | "NFS41" | "CIFS" | "VSAN" | "VFFS" | "VVOL" | "PMEM" | "VSAND" | "OTHER";

export interface Datastore {
  id?: string;
  name?: string;
  parent?: string;
  parent_name?: string;
  /** Bytes. */
  capacity?: number;
  /** Bytes. */
  free_space?: number;
  file_system_type?: FileSystemType;
  maintenance_mode?: string | null;
  overall_status?: "GRAY" | "GREEN" | "YELLOW" | "RED";
  accessible?: boolean;
  type?: "DATASTORE" | "STORAGE_POD";
  nkp_supported?: boolean;
  path?: string;
}

export type DatastoreList = DrResponseList<Datastore>;

export interface StoragePolicy {
  storage_policy_name?: string;
  storage_policy_id?: string;
  vm_encryption_supported?: boolean;
}

export type StoragePolicyList = DrResponseList<StoragePolicy>;

export interface ConfigureReplicationVmDisk {
  vm_disk: VmDisk;
  enabled_for_replication: boolean;
  use_seeds?: boolean;
  destination_storage_policy_id?: string | null;
  destination_path?: string | null;
  destination_datastore_id: string;
  destination_disk_format: DiskFormat;
}

/** The settings configure and reconfigure share. */
export interface ReconfigureReplicationSpec {
  quiesce_enabled?: boolean;
  /** Minutes, 5 to 1440. */
  rpo: number;
  network_compression_enabled: boolean;
  mpit_enabled: boolean;
  mpit_instances?: number;
  mpit_days?: number;
  auto_replicate_new_disks: boolean;
  target_replication_server_id?: string | null;
  lwd_encryption_enabled: boolean;
  vm_data_sets_replication_enabled?: boolean;
  disks: ConfigureReplicationVmDisk[];
}

export interface ConfigureReplicationSpec extends ReconfigureReplicationSpec {
  target_vc_id: string;
  vm_id: string;
}

export type ReplicationStatus =
  | "FULL_SYNC"
  | "SYNC"
  | "INITIAL_FULL_SYNC"
  | "PAUSED"
  | "RPO_VIOLATION"
  | "MOVING"
  | "OK"
  | "ERROR"
  | "CONFIGURING"
  | "NOT_ACTIVE"
  | "UNKNOWN"
  | "SYNC_RPO_VIOLATION"
  | "NOT_ACTIVE_RPO_VIOLATION"
  | "ERROR_RPO_VIOLATION"
  | "FULL_SYNC_RPO_VIOLATION"
  | "RECOVERING"
  | "RECOVERED"
  | "DISK_RESIZING";

export interface CompoundReplicationStatus {
  status?: ReplicationStatus;
  rpo_violation?: boolean;
}

export interface ReplicationError {
  message?: string;
  details?: string;
}

export interface SyncProgressData {
  progress?: number;
  checksum_current?: number;
  checksum_total?: number;
  transferred_current?: number;
  transferred_total?: number;
}

export interface ReplicationInfo {
  name?: string;
  id?: string;
  vm_id?: string | null;
  source_site_name?: string;
  source_vc_id?: string;
  target_site_name?: string;
  target_vc_id?: string;
  status?: CompoundReplicationStatus;
  rpo?: number;
  type?: "UNKNOWN" | "VC_TO_VC";
  replication_server_name?: string | null;
  recovery_solution?: string | null;
  configuration_state?: "IN_PROGRESS" | "ERROR" | "OK" | "UNKNOWN";
  configuration_error?: ReplicationError | null;
  last_group_error?: ReplicationError | null;
  recovery_state?: "UNKNOWN" | "NOT_STARTED" | "IN_PROGRESS" | "ERROR" | "OK";
  recovery_error?: string | null;
  target_replication_server_uuid?: string | null;
  /** Epoch milliseconds. */
  last_sync_time: number;
  /** Seconds. */
  last_sync_duration?: number;
  /** Bytes. */
  last_sync_size?: number;
  /** Minutes. */
  current_rpo_violation?: number;
  quiescing_enabled?: boolean;
  network_compression_enabled?: boolean;
  encryption_enabled?: boolean;
  auto_replicate_new_disks_enabled?: boolean;
  mpit_enabled?: boolean;
  mpit_instances?: number;
  mpit_days?: number;
  sync_progress?: SyncProgressData | null;
  vm_data_sets_replication_enabled?: boolean;
}

export interface ReplicationInfoEntity extends ReplicationInfo {
  _meta?: Metadata;
}

export type ReplicationInfoList = DrResponseList<ReplicationInfo>;

export interface DestinationDatastorePathData {
  datastore_id: string;
  datastore_name?: string | null;
  path?: string | null;
  filename?: string | null;
}

export interface ReplicatedVmDisk {
  vm_disk?: VmDisk;
  replicated?: boolean;
  destination_path?: DestinationDatastorePathData;
  destination_storage_policy_id?: string | null;
  destination_storage_policy_name?: string | null;
  /** Bytes. */
  replica_disk_usage?: number;
}

export type ReplicatedVmDiskList = DrResponseList<ReplicatedVmDisk>;

export interface CountData {
  count: number;
}

export interface CountDataEntity extends CountData {
  _meta?: Metadata;
}

/** The vendor's bounds for ConfigureReplicationSpec.rpo, in minutes. */
export const RPO_MIN_MINUTES = 5;
export const RPO_MAX_MINUTES = 1440;

/** The settings of a configure spec, as reconfigure takes them (without the VM and target). */
export function reconfigureSpecOf(spec: ConfigureReplicationSpec): ReconfigureReplicationSpec {
  const settings: Partial<ConfigureReplicationSpec> = { ...spec };
  delete settings.vm_id;
  delete settings.target_vc_id;
  return settings as ReconfigureReplicationSpec;
}
