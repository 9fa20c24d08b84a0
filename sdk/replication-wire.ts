// The replication and inventory wire shapes of the VRMS REST API v2 (`/pairings/{id}/replications*`,
// `/pairings/{id}/vcenters/{vc}/…`): names for the types openapi-typescript generates from the
// vendor's file (generated/vr-api.ts), as wire.ts names the pairing ones. Shared by the client
// and the simulator; test/vendor/replication-wire-types.test.ts checks each against the file.
import type { components } from "./generated/vr-api";

type Schemas = components["schemas"];

export type VmDisk = Schemas["VmDisk"];
export type DiskFormat = NonNullable<VmDisk["source_disk_format"]>;
/** Every disk format the vendor's file names, in its order (types hold no values). */
export const DISK_FORMATS = [
  "SAME_AS_SOURCE",
  "SAME_AS_PRIMARY",
  "AS_DEFINED_IN_PROFILE",
  "FLAT",
  "THICK",
  "NATIVE_THICK",
  "THIN",
  "RDM",
] as const satisfies readonly DiskFormat[];
export type DatastorePathData = Schemas["DatastorePathData"];
export type VmDiskList = Schemas["VmDiskDrResponseList"];

export type VirtualMachineManagedByInfo = NonNullable<Schemas["VirtualMachineManagedByInfo"]>;
export type VirtualMachine = Schemas["VirtualMachine"];
export type VirtualMachineList = Schemas["VirtualMachineDrResponseList"];

export type VmCapabilities = Schemas["VmCapabilities"];
export type VmValidationStatus = NonNullable<VmCapabilities["vm_validation_status"]>;
export type VmCapabilitiesEntity = Schemas["VmCapabilitiesDrResponseEntity"];

export type Datastore = Schemas["Datastore"];
export type FileSystemType = NonNullable<Datastore["file_system_type"]>;
export type DatastoreList = Schemas["DatastoreDrResponseList"];

export type StoragePolicy = Schemas["StoragePolicy"];
export type StoragePolicyList = Schemas["StoragePolicyDrResponseList"];

export type ConfigureReplicationVmDisk = Schemas["ConfigureReplicationVmDisk"];
/** The settings configure and reconfigure share. */
export type ReconfigureReplicationSpec = Schemas["ReconfigureReplicationSpec"];
export type ConfigureReplicationSpec = Schemas["ConfigureReplicationSpec"];

export type CompoundReplicationStatus = Schemas["CompoundReplicationStatus"];
export type ReplicationStatus = NonNullable<CompoundReplicationStatus["status"]>;
export type ReplicationError = NonNullable<Schemas["ReplicationInfoLastGroupError"]>;
export type SyncProgressData = NonNullable<Schemas["SyncProgressData"]>;
export type ReplicationInfo = Schemas["ReplicationInfo"];
export type ReplicationInfoEntity = Schemas["ReplicationInfoDrResponseEntity"];
export type ReplicationInfoList = Schemas["ReplicationInfoDrResponseList"];

export type DestinationDatastorePathData = Schemas["DestinationDatastorePathData"];
export type ReplicatedVmDisk = Schemas["ReplicatedVmDisk"];
export type ReplicatedVmDiskList = Schemas["ReplicatedVmDiskDrResponseList"];

export type CountData = Schemas["CountData"];
export type CountDataEntity = Schemas["CountDataDrResponseEntity"];

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
