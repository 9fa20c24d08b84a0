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

/**
 * A pairing to the remote vCenter exists and nothing says this resource may take it over: it
 * did not create it (no recent create of it is on record, see ownership.ts), and no adoption
 * was asked for. Also what a resource renamed without an alias meets once that window passed.
 */
export class PairingExistsError extends VrPairingError {
  constructor(
    readonly remoteVcId: string,
    readonly pairingId: string,
    readonly vrmsUrl: string,
    /** The create time-out no create of it was seen within; undefined: adoptExisting is false. */
    readonly createWindow?: string,
  ) {
    const reason = createWindow
      ? "this stack did not create it: the VRMS shows no create of it within this resource's " +
        `create time-out (${createWindow}) before now`
      : "adoptExisting is false";
    super(
      `A pairing to remote vCenter ${remoteVcId} already exists on ${vrmsUrl} (pairing id ${pairingId}), ` +
        `and ${reason}. Taking over a pairing this stack did not create is explicit: set ` +
        `adoptPairingId: "${pairingId}" to manage exactly that pairing, or adoptExisting: true to ` +
        "adopt whichever pairing to this vCenter exists. If you renamed this resource, give it " +
        'the Pulumi resource option aliases: [{ name: "<its old name>" }] instead, so the pairing ' +
        "moves to the new name. To start from scratch, delete that pairing first.",
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

/** A create to the same remote is still running on the VRMS and the user turned adoption off. */
export class CreateInFlightError extends VrPairingError {
  constructor(
    readonly remotePscHost: string,
    readonly taskId: string,
    /** Undefined while the task names no pairing yet. */
    readonly pairingId: string | undefined,
    readonly vrmsUrl: string,
  ) {
    const adopt = pairingId
      ? `adoptPairingId: "${pairingId}"`
      : "adoptPairingId to the id of the pairing it makes";
    super(
      `A create of a pairing to ${remotePscHost} is already running on ${vrmsUrl} (task ${taskId}` +
        `${pairingId ? `, pairing ${pairingId}` : ""}) and adoptExisting is false. Let it finish, ` +
        `then set ${adopt} to manage that pairing (or delete it to start from scratch).`,
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
 * Delete of a pairing whose create was still running when recorded, and whose task the VRMS
 * no longer knows: the pairing may still appear, so success cannot be reported.
 */
export class CreateOutcomeUnknownError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly taskId: string,
  ) {
    super(
      `Pairing ${pairingId} was being created (task ${taskId}) when a run stopped; the VRMS no ` +
        "longer knows that task and the pairing does not exist yet, so it may still appear. It " +
        "stays in state: run the delete again once the create has settled (it is then deleted " +
        "if it appeared), or remove it with `pulumi state delete` if the create never will.",
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

/** The create recorded in state never produced the pairing. */
export class PendingCreateFailedError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    detail: string,
  ) {
    super(
      `Pairing ${pairingId} was being created when the last run stopped, and it never came into ` +
        `being: ${detail}. Run \`pulumi refresh\` to drop it from state, then \`pulumi up\` to create it again.`,
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
