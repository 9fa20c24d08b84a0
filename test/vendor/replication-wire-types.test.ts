// The replication wire types (sdk/replication-wire.ts) cannot drift from the vendor's file:
// each names a generated type of sdk/generated/vr-api.ts; a hand-built one added later must be
// listed here and is compared at compile time with the file's.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type * as wire from "../../sdk/replication-wire";
import { fits, same } from "../support/vendor/type-compare";
import { REPO_ROOT } from "../support/vendor/spec-file";
import type { components } from "../../sdk/generated/vr-api";

type S = components["schemas"];

const checks: Record<string, () => string> = {
  DiskFormat: () => same<wire.DiskFormat, NonNullable<S["VmDisk"]["source_disk_format"]>>("same"),
  DatastorePathData: () => same<wire.DatastorePathData, S["DatastorePathData"]>("same"),
  VmDisk: () => same<wire.VmDisk, S["VmDisk"]>("same"),
  VmDiskList: () => same<wire.VmDiskList, S["VmDiskDrResponseList"]>("same"),
  VirtualMachineManagedByInfo: () =>
    same<wire.VirtualMachineManagedByInfo, NonNullable<S["VirtualMachineManagedByInfo"]>>("same"),
  VirtualMachine: () => same<wire.VirtualMachine, S["VirtualMachine"]>("same"),
  VirtualMachineList: () =>
    same<wire.VirtualMachineList, S["VirtualMachineDrResponseList"]>("same"),
  VmValidationStatus: () =>
    same<wire.VmValidationStatus, NonNullable<S["VmCapabilities"]["vm_validation_status"]>>("same"),
  VmCapabilities: () => same<wire.VmCapabilities, S["VmCapabilities"]>("same"),
  VmCapabilitiesEntity: () =>
    same<wire.VmCapabilitiesEntity, S["VmCapabilitiesDrResponseEntity"]>("same"),
  FileSystemType: () =>
    same<wire.FileSystemType, NonNullable<S["Datastore"]["file_system_type"]>>("same"),
  Datastore: () => same<wire.Datastore, S["Datastore"]>("same"),
  DatastoreList: () => same<wire.DatastoreList, S["DatastoreDrResponseList"]>("same"),
  StoragePolicy: () => same<wire.StoragePolicy, S["StoragePolicy"]>("same"),
  StoragePolicyList: () => same<wire.StoragePolicyList, S["StoragePolicyDrResponseList"]>("same"),
  ConfigureReplicationVmDisk: () =>
    fits<wire.ConfigureReplicationVmDisk, S["ConfigureReplicationVmDisk"]>("fits"),
  ReconfigureReplicationSpec: () =>
    fits<wire.ReconfigureReplicationSpec, S["ReconfigureReplicationSpec"]>("fits"),
  ConfigureReplicationSpec: () =>
    fits<wire.ConfigureReplicationSpec, S["ConfigureReplicationSpec"]>("fits"),
  ReplicationStatus: () =>
    same<wire.ReplicationStatus, NonNullable<S["CompoundReplicationStatus"]["status"]>>("same"),
  CompoundReplicationStatus: () =>
    same<wire.CompoundReplicationStatus, S["CompoundReplicationStatus"]>("same"),
  ReplicationError: () =>
    same<wire.ReplicationError, NonNullable<S["ReplicationInfoLastGroupError"]>>("same"),
  SyncProgressData: () => same<wire.SyncProgressData, NonNullable<S["SyncProgressData"]>>("same"),
  ReplicationInfo: () => same<wire.ReplicationInfo, S["ReplicationInfo"]>("same"),
  ReplicationInfoEntity: () =>
    same<wire.ReplicationInfoEntity, S["ReplicationInfoDrResponseEntity"]>("same"),
  ReplicationInfoList: () =>
    same<wire.ReplicationInfoList, S["ReplicationInfoDrResponseList"]>("same"),
  DestinationDatastorePathData: () =>
    same<wire.DestinationDatastorePathData, S["DestinationDatastorePathData"]>("same"),
  ReplicatedVmDisk: () => same<wire.ReplicatedVmDisk, S["ReplicatedVmDisk"]>("same"),
  ReplicatedVmDiskList: () =>
    same<wire.ReplicatedVmDiskList, S["ReplicatedVmDiskDrResponseList"]>("same"),
  CountData: () => same<wire.CountData, S["CountData"]>("same"),
  CountDataEntity: () => same<wire.CountDataEntity, S["CountDataDrResponseEntity"]>("same"),
};

describe("vendor file: the sdk's replication wire types", () => {
  it("compares every type sdk/replication-wire.ts exports with the file's", () => {
    const source = readFileSync(path.join(REPO_ROOT, "sdk", "replication-wire.ts"), "utf8");
    const exported = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(exported.sort(), Object.keys(checks).sort());
    for (const [name, check] of Object.entries(checks)) assert.ok(check(), name);
  });

  it("DISK_FORMATS lists every disk format of the file, and no other", () => {
    type Listed = (typeof wire.DISK_FORMATS)[number];
    assert.equal(same<Listed, NonNullable<S["VmDisk"]["source_disk_format"]>>("same"), "same");
    // @ts-expect-error a list that leaves a format out is not the file's
    same<Exclude<Listed, "RDM">, NonNullable<S["VmDisk"]["source_disk_format"]>>("same");
  });

  it("names a field the file does not have", () => {
    // @ts-expect-error a field ReplicationInfo does not define
    same<wire.ReplicationInfo & { owner: string }, S["ReplicationInfo"]>("same");
    // @ts-expect-error a request field ConfigureReplicationSpec does not accept
    fits<wire.ConfigureReplicationSpec & { force: boolean }, S["ConfigureReplicationSpec"]>("fits");
    assert.equal(same<wire.CountData, S["CountData"]>("same"), "same");
  });
});
