// pulumi-vr-pairing/sdk: a VRMS (vSphere Replication) REST client, usable without Pulumi.
// What a client user needs and nothing else; tests import the modules behind it by path.

export type {
  CertificateWarning,
  IssueInfo,
  IssueStatus,
  IssueType,
  ListQuery,
  Pairing,
  PairingEntity,
  PairingSpec,
  PairPscInfo,
  ServerInfo,
  ServerStatus,
  SessionInfo,
  SortOrder,
  Task,
  TaskEntity,
  TaskError,
  TaskStatus,
  X509Certificate,
} from "./wire";
export type {
  ConfigureReplicationSpec,
  ConfigureReplicationVmDisk,
  CountData,
  Datastore,
  DiskFormat,
  ReconfigureReplicationSpec,
  ReplicatedVmDisk,
  ReplicationInfo,
  ReplicationInfoEntity,
  ReplicationStatus,
  StoragePolicy,
  VirtualMachine,
  VmCapabilities,
  VmDisk,
} from "./replication-wire";
export { RPO_MAX_MINUTES, RPO_MIN_MINUTES, reconfigureSpecOf } from "./replication-wire";
export {
  ReplicationClient,
  isReplicationTaskOf,
  replicationIdOfTask,
  type ReplicationAction,
  type ReplicationListOptions,
  type RetainOption,
} from "./replications";
export type { Logger } from "./logger";
export type {
  TlsOptions,
  RetryPolicy,
  PollPolicy,
  VrmsClientOptions,
  RequestBudget,
} from "./options";
export type { WaitOptions } from "./waiter";
export { VrmsClient, type RemoteCredentials, type RemoteOption } from "./client";
export { partialDataOf, type PartialData } from "./partial";
export { isSelfPairing, type LocalSite } from "./pairing";
export {
  VrmsError,
  VrmsHttpError,
  VrmsNotFoundError,
  VrmsRateLimitError,
  VrmsAuthError,
  VrmsTaskFailedError,
  VrmsTaskCancelledError,
  VrmsTaskTimeoutError,
  VrmsTlsError,
  VrmsAbortError,
  VrmsNetworkError,
  VrmsConfigError,
  VrmsRemoteAuthError,
  VrmsRemoteSiteUnreachableError,
} from "./vrms-errors";
