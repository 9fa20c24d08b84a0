// The failures of a VrReplication a user acts on, each naming what is wrong and what to do.
import { PartialFailureError, VrPairingError } from "../errors";

export class VrReplicationError extends VrPairingError {}

/** Create found the VM already replicated and was not asked to adopt it. */
export class ReplicationExistsError extends VrReplicationError {
  constructor(vmId: string, replicationId: string, pairingId: string) {
    super(
      `VM ${vmId} is already replicated (replication ${replicationId} over pairing ${pairingId}). ` +
        "Set `adoptExisting: true` to manage that replication from this resource, or remove it " +
        "first (unconfigure it in the vSphere Client).",
    );
  }
}

/** The replication at the recorded id is not the declared one: nothing destructive is done. */
export class ReplicationIdentityError extends VrReplicationError {
  constructor(what: string) {
    super(
      `${what}. Nothing was changed. If the replication was replaced outside Pulumi, run ` +
        "`pulumi refresh` to read it again, or `pulumi state delete` to forget this one.",
    );
  }
}

/** Created, but a later step (pause, read back) failed: state keeps the replication. */
export class PartialReplicationError extends PartialFailureError {}
