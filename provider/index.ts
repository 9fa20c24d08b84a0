// pulumi-vr-pairing/provider: the VrPairing resource, its lookups, and the provider that the
// serialized `__provider` loads. What a user needs and nothing else; tests import internals by path.
import { VrPairingProvider } from "./provider";
import { VrReplicationProvider } from "./replication/provider";

export { VrPairing, VR_PAIRING_TYPE } from "./resource";
export type { VrPairingArgs, VrPairingState, VrPairingTimeouts } from "./resource";
export { getPairings, lookupPairing, PairingNotFoundError } from "./lookups";
export type {
  GetPairingsArgs,
  LookupPairingArgs,
  PairingInfo,
  VrmsConnectionArgs,
} from "./lookups";
export type { ConnectionStatus, ServerSummary, PairingIssue, LastTask } from "./outputs";
export type { PairingInputs } from "./inputs";
export type { PairingOutputs } from "./outputs";
export { VrPairingProvider };
export {
  VrPairingError,
  PairingExistsError,
  CreateInFlightError,
  DuplicatePairingError,
  AdoptionError,
  ForceDeleteRequiredError,
  PartialFailureError,
  PartialCreateError,
  PartialUpdateError,
  PendingCreateFailedError,
} from "./errors";

export { VrReplication, VR_REPLICATION_TYPE } from "./replication/resource";
export type { VrReplicationArgs } from "./replication/resource";
export type { DiskSetting, ReplicationInputs } from "./replication/inputs";
export type {
  ReplicationHealth,
  ReplicationOutputs,
  ReplicationOwnership,
} from "./replication/state";
export { getVms, getDatastores, getStoragePolicies, getReplications } from "./replication/lookups";
export type {
  GetVmsArgs,
  PairingScopeArgs,
  RemoteScopeArgs,
  ReplicationSummary,
} from "./replication/lookups";
export {
  VrReplicationError,
  ReplicationExistsError,
  ConfigureInFlightError,
  DuplicateReplicationError,
  ReplicationIdentityError,
  PartialReplicationError,
} from "./replication/errors";
export { PairingHasReplicationsError } from "./replication-guard";
export { VrReplicationProvider };

/** A fresh VrReplication provider: what its serialized `__provider` calls into. */
export function connectReplication(): VrReplicationProvider {
  return new VrReplicationProvider();
}

/** A fresh provider: what the serialized `__provider` calls into, once per lifecycle call. */
export function connect(): VrPairingProvider {
  return new VrPairingProvider();
}
