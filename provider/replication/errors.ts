// The failures of a VrReplication a user acts on, each naming what is wrong and what to do.
import { PartialFailureError, VrPairingError } from "../errors";
import type { LastTask } from "../outputs";

export class VrReplicationError extends VrPairingError {}

const ADOPT_LINE = "add `adoptExisting: true` to this VrReplication and run `pulumi up` again";

/**
 * Create found the VM already replicated and was not asked to adopt it: a run that was stopped
 * after its configure, or another stack's replication. Only the user can tell which.
 */
export class ReplicationExistsError extends VrReplicationError {
  constructor(
    readonly vmId: string,
    readonly replicationId: string,
    readonly pairingId: string,
    /** The configure task that made it, while the VRMS still lists it. */
    readonly configured?: LastTask,
  ) {
    const when = configured
      ? ` It was configured by task ${configured.id} (${configured.status}` +
        `${configured.queuedTime ? `, queued at ${configured.queuedTime} by the VRMS's clock` : ""}).`
      : "";
    super(
      `VM ${vmId} is already replicated (replication ${replicationId} over pairing ${pairingId}), ` +
        `and this resource neither configured it in this deployment nor was told to adopt it.${when} ` +
        `If it is this resource's own (a run stopped before recording it) or you mean to take it over, ${ADOPT_LINE}. ` +
        "If another stack manages it, leave it to that stack; to start afresh, unconfigure it first.",
    );
  }
}

/**
 * A configure of the declared VM is running on the VRMS, and this resource did not post it in
 * this deployment: a run that was stopped, or another stack configuring it right now.
 */
export class ConfigureInFlightError extends VrReplicationError {
  constructor(
    readonly vmId: string,
    readonly taskId: string,
    readonly pairingId: string,
    task: LastTask,
  ) {
    super(
      `A configure of VM ${vmId} over pairing ${pairingId} is already ${task.status} (task ${taskId}` +
        `${task.queuedTime ? `, queued at ${task.queuedTime}` : ""}), and this resource did not post it ` +
        `in this deployment. If it is this resource's own from a run that was stopped, ${ADOPT_LINE}: ` +
        "it waits for that task and adopts the replication it makes. If another stack is configuring it, leave it to that stack.",
    );
  }
}

/** Two resources of one program declare a replication of the same VM. */
export class DuplicateReplicationError extends VrReplicationError {
  constructor(resourceName: string, otherResourceName: string, vmId: string, taskId: string) {
    super(
      `${resourceName} and ${otherResourceName} both declare a replication of VM ${vmId}; ` +
        `${otherResourceName} already posted its configure (task ${taskId}). Keep one of them.`,
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
