/** Errors the provider raises itself; none of them ever carries a password. */

/**
 * The `cause` option of `Error`, declared here because the lib's `ErrorOptions` exists only from
 * ES2022: a user's project that targets ES2020 (Pulumi's template) must compile our declarations.
 */
export interface ErrorCause {
  cause?: unknown;
}

export class VrPairingError extends Error {
  constructor(message: string, options?: ErrorCause) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** When and by which task the VRMS says a pairing was created, if it still lists that task. */
export interface CreateRecord {
  taskId: string;
  /** ISO 8601, by the VRMS's clock; null when the task carries no time. */
  queuedTime: string | null;
  status: string;
}

/**
 * A pairing to the remote vCenter exists, and nothing says this resource may take it over: it
 * did not post it in this deployment, its state does not name it, and no adoption was asked for.
 * Taking over is always explicit: a time window cannot tell a run that died from another stack.
 */
export class PairingExistsError extends VrPairingError {
  constructor(
    readonly remoteVcId: string,
    readonly pairingId: string,
    readonly vrmsUrl: string,
    /** The create task the VRMS still lists for that pairing, if any. */
    readonly made?: CreateRecord,
  ) {
    const when = made
      ? ` It was made by create task ${made.taskId} (${made.status}` +
        `${made.queuedTime ? `, queued at ${made.queuedTime} by the VRMS's clock` : ""}).`
      : "";
    super(
      `A pairing to remote vCenter ${remoteVcId} already exists on ${vrmsUrl} (pairing id ${pairingId}), ` +
        `and this resource neither created it nor was told to adopt it.${when} If it is this ` +
        "resource's own pairing (a run stopped before recording it), or you mean to take it over, " +
        `add adoptPairingId: "${pairingId}" to the resource (or adoptExisting: true, which adopts ` +
        "whichever pairing to this vCenter exists) and run `pulumi up` again. If another " +
        "stack manages it, leave it to that stack. If you renamed this resource, give it the Pulumi " +
        'resource option aliases: [{ name: "<its old name>" }] instead, so the pairing moves to the new name.',
    );
  }
}

/**
 * Create found the pairing to its remote vCenter being deleted (another stack's destroy, say)
 * and that delete did not end within the create time-out: nothing was created.
 */
export class PairingBeingDeletedError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly taskId: string,
    readonly vrmsUrl: string,
    readonly remoteVcId: string,
    readonly createWindow: string,
    cause: unknown,
  ) {
    super(
      `Pairing ${pairingId} to remote vCenter ${remoteVcId} on ${vrmsUrl} is being deleted ` +
        `(task ${taskId}), and that delete did not finish within this resource's create ` +
        `time-out (${createWindow}), so no pairing was created. Run \`pulumi up\` again once ` +
        "that delete has finished; a pairing that is going away is never taken over.",
      { cause },
    );
  }
}

/**
 * A create of a pairing to the same remote site is running on the VRMS, and nothing says it is
 * this resource's: a run that was stopped, or another stack's create right now.
 */
export class CreateInFlightError extends VrPairingError {
  constructor(
    readonly remotePscHost: string,
    readonly taskId: string,
    /** Undefined while the task names no pairing yet. */
    readonly pairingId: string | undefined,
    readonly vrmsUrl: string,
    /** ISO 8601 by the VRMS's clock, when the task carries it. */
    readonly queuedTime: string | null = null,
  ) {
    super(
      `A create of a pairing to ${remotePscHost} is already running on ${vrmsUrl} (task ${taskId}` +
        `${pairingId ? `, pairing ${pairingId}` : ""}${queuedTime ? `, queued at ${queuedTime}` : ""}), ` +
        "and this resource did not start it in this deployment. If it is this resource's own create " +
        "from a run that was stopped, add adoptExisting: true to the resource and run `pulumi up` " +
        "again: it waits for that create and adopts the pairing it makes. If another stack is " +
        "creating it, leave it to that stack.",
    );
  }
}

/** Two resources of one program declare a pairing to the same remote vCenter. */
export class DuplicatePairingError extends VrPairingError {
  constructor(
    readonly resourceName: string,
    readonly otherResourceName: string,
    readonly remotePscHost: string,
    readonly taskId: string,
  ) {
    super(
      `VrPairing ${resourceName} and ${otherResourceName} both declare a pairing to ${remotePscHost}; ` +
        `${otherResourceName} creates it in this run (task ${taskId}). A remote vCenter can be paired once: ` +
        `remove one of the two resources.`,
    );
  }
}

/** adoptPairingId names a pairing that is not there, or that pairs another vCenter. */
export class AdoptionError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    reason: string,
  ) {
    super(`Cannot adopt pairing ${pairingId}: ${reason}`);
  }
}

/** Delete without force failed because the remote site did not take part. */
export class ForceDeleteRequiredError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly taskId: string | undefined,
    readonly taskMessage: string,
  ) {
    super(
      `Deleting pairing ${pairingId} failed${taskId ? ` (task ${taskId})` : ""}: ${taskMessage.replace(/\.$/, "")}. ` +
        `The remote site must take part in a normal delete. If it is gone for good, set ` +
        "`forceDelete: true` on the resource and run `pulumi up` (the setting is saved even if the " +
        "reconnect it attempts fails), then delete again: only this site's half of the pairing is removed.",
    );
  }
}

/** The id in state names a pairing other than the declared one (issue 16 bug 7). */
export class ForeignPairingError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    vrmsUrl: string,
    what: string,
    readonly remoteVcId: string | undefined,
  ) {
    super(
      `Pairing ${pairingId} on ${vrmsUrl} is ${what}, not the pairing to remote vCenter ` +
        `${remoteVcId} this resource declares; state points at the wrong pairing. Remove the ` +
        "resource from state (`pulumi state delete` with its URN) without deleting that pairing, " +
        "then run `pulumi up` to create or adopt (adoptPairingId) the right one.",
    );
  }
}

/**
 * A pairing whose create was still running when recorded, whose task the VRMS no longer knows,
 * and which is not there (yet): it may still appear, so neither "made" nor "gone" can be said.
 */
export class CreateOutcomeUnknownError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly taskId: string,
    readonly remoteVcId: string | undefined,
  ) {
    super(
      `Pairing ${pairingId} was being created (task ${taskId}) when a run stopped; the VRMS no ` +
        `longer knows that task, and no pairing to remote vCenter ${remoteVcId} is there yet, so it ` +
        "may still appear. It stays in state. Once the create has settled on the VRMS, run the " +
        "command again: it reads the pairing back, or deletes it, if it appeared. If it never " +
        "will (the VRMS shows no such pairing later), remove the resource from state with " +
        "`pulumi state delete '<its URN>'` and run `pulumi up` to create a new pairing.",
    );
  }
}

/**
 * The VRMS at the recorded address is not the one that holds the pairing (a DNS change, a
 * rebuilt appliance): its 404 says nothing about the pairing, so nothing is deleted or dropped.
 */
export class VrmsIdentityMismatchError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly vrmsUrl: string,
    /** What state recorded, e.g. "VRMS id …, vCenter id …". */
    readonly recorded: string,
    /** What the VRMS answering says, or why it could not be told. */
    readonly answering: string,
    step: "delete" | "refresh",
  ) {
    const act = step === "delete" ? "delete it" : "drop it from state";
    super(
      `Pairing ${pairingId} is not on the VRMS at ${vrmsUrl}, but that VRMS is not the one state ` +
        `recorded for it (state: ${recorded}; answering: ${answering}), so its answer does not ` +
        `prove the pairing gone and this run will not ${act}. Nothing was changed. Point vrmsUrl ` +
        "(or vr-pairing:url / VRMS_URL) at the VRMS that holds the pairing and run the command " +
        "again; pin that VRMS with vrmsThumbprint so an address change cannot switch VRMS unseen.",
    );
  }
}

/** A non-force delete needs a session on the remote site, and it could not be opened. */
export class RemoteSessionForDeleteError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly remotePscHost: string,
    detail: string,
    credentialsRefused: boolean,
    options?: { cause?: unknown },
  ) {
    const fix = credentialsRefused
      ? "If the remote site's SSO password changed, set remotePscPassword (or remotePscUsername) to " +
        "its current credentials and run `pulumi up` (the update reconnects with them), then " +
        "delete again. "
      : "";
    super(
      `Deleting pairing ${pairingId} on both sites needs a session on its remote site ` +
        `${remotePscHost}, and opening it failed (${detail}). Nothing was deleted. ${fix}If the ` +
        "remote site is gone for good, set `forceDelete: true` on the resource and run " +
        "`pulumi up`, then delete again: only this site's half of the pairing is removed.",
      options,
    );
  }
}

/**
 * A create whose wait ended (time-out, lost connection) before its task named the pairing:
 * nothing is in state yet, and the task may still make the pairing.
 */
export class CreateUnfinishedError extends VrPairingError {
  constructor(
    why: string,
    readonly taskId: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${why}. Create task ${taskId} may still finish on the VRMS and make the pairing. Run ` +
        "`pulumi up` again: while that task runs it stops with an error naming it, and once the " +
        "pairing exists it stops with an error naming the pairing and the line that adopts it " +
        "(adoptPairingId), so no pairing is duplicated and none is taken over unasked.",
      options,
    );
  }
}

/** A task reported success, but the pairing it should have made cannot be found. */
export class UnnamedPairingError extends VrPairingError {
  constructor(
    readonly taskId: string,
    vrmsUrl: string,
    remoteVcId: string | undefined,
    pairingId?: string,
  ) {
    super(
      `Task ${taskId} on ${vrmsUrl} succeeded, but ` +
        (pairingId ? `pairing ${pairingId}` : `no pairing to remote vCenter ${remoteVcId}`) +
        " can be read there now. Run `pulumi refresh`, then `pulumi up`; if it stays missing, " +
        "check the VRMS's recent tasks for what removed it.",
    );
  }
}

/** A reconnect of a pairing that is no longer on the VRMS. */
export class NotReconnectableError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    vrmsUrl: string,
    cause: Error,
  ) {
    super(
      `Pairing ${pairingId} no longer exists on ${vrmsUrl}, so it cannot be reconnected. ` +
        "Run `pulumi refresh` to drop it from state, then `pulumi up` to create it again.",
      { cause },
    );
  }
}

/**
 * The pairing exists but the operation did not finish. The dynamic provider host turns an error
 * with `id` and `properties` into Pulumi's partial-failure answer (ErrorResourceInitFailed):
 * state keeps the pairing with these properties, and the next `up` updates it again.
 */
export class PartialFailureError extends VrPairingError {
  readonly reasons: string[];
  constructor(
    message: string,
    readonly id: string,
    readonly properties: Record<string, unknown>,
  ) {
    super(message);
    this.reasons = [message];
  }
}

/** Create accepted by the VRMS but not finished (time-out, lost connection, failed read back). */
export class PartialCreateError extends PartialFailureError {}

/**
 * Reconnect failed; the settings that need no call (forceDelete, timeouts, local credentials)
 * are saved anyway, so e.g. `forceDelete: true` lands in state even while the remote is down.
 */
export class PartialUpdateError extends PartialFailureError {}

/** The create recorded in state failed on the VRMS: no pairing was made by it. */
export class PendingCreateFailedError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    detail: string,
  ) {
    super(
      `Pairing ${pairingId} was being created when the last run stopped, and that create ` +
        `failed: ${detail}. Run \`pulumi refresh\` to drop it from state, then \`pulumi up\` to create it again.`,
    );
  }
}

/**
 * The remote site's SSO refused the remote PSC credentials recorded for the pairing (the
 * remote password was rotated, say). Names the user and the inputs to change, never a password.
 */
export class RemoteCredentialsRejectedError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly remotePscHost: string,
    readonly username: string,
    detail: string,
    step: "read" | "delete",
    options?: ErrorCause,
  ) {
    const then =
      step === "delete"
        ? "then delete again (a delete logs in with the credentials recorded in state)"
        : "refresh reads with the credentials recorded in state, so it keeps failing until that update";
    super(
      `The remote site ${remotePscHost} of pairing ${pairingId} refused the remote PSC user ` +
        `${username} (${detail}); the remote password was probably changed. Set ` +
        "`remotePscPassword` (or `remotePscUsername`) to the remote site's current SSO credentials " +
        `and run \`pulumi up\` without --refresh: the update reconnects with them; ${then}.`,
      options,
    );
  }
}

/**
 * The VRMS address changed and the new address could not be asked who it is. A replace
 * planned on that guess would delete the pairing, so the preview fails instead.
 */
export class VrmsIdentityUnverifiedError extends VrPairingError {
  constructor(
    readonly from: string,
    readonly to: string,
    readonly pairingId: string,
    cause: unknown,
  ) {
    const why = (cause instanceof Error ? cause.message : String(cause)).replace(/\.$/, "");
    super(
      `vrmsUrl changed from ${from} to ${to}, but the VRMS at ${to} could not be asked whether ` +
        `it holds pairing ${pairingId} (${why}). Nothing was planned: replacing on a guess ` +
        `could delete the pairing. Make ${to} reachable with the connection settings ` +
        "(vrmsUsername, vrmsPassword, vrmsThumbprint or vrmsCaBundle, or their vr-pairing:* / " +
        `VRMS_* values), or set the address back to ${from}, then run the preview again.`,
      { cause },
    );
  }
}
