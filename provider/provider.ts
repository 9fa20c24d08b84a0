import type * as pulumi from "@pulumi/pulumi";
import {
  isSelfPairing,
  Pairing,
  PairingSpec,
  Task,
  VrmsNotFoundError,
  VrmsRemoteAuthError,
  VrmsRemoteSiteUnreachableError,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
  VrmsTaskTimeoutError,
} from "../sdk";
import { sameId } from "../sdk/pairing";
import { isTaskUnfinished } from "../sdk/task";
import { adoptedByAnother, postedByAnother, recordAdoption, recordPost } from "./adoptions";
import { checkInputs } from "./check";
import { Operation } from "./context";
import { diffPairing, diffResult, pendingCreateTask } from "./diff";
import { gatherDiffFacts } from "./diff-facts";
import { reportDiffNotes } from "./drift";
import {
  AdoptionError,
  CreateInFlightError,
  CreateOutcomeUnknownError,
  CreateUnfinishedError,
  DuplicatePairingError,
  ForceDeleteRequiredError,
  ForeignPairingError,
  NotReconnectableError,
  RemoteSessionForDeleteError,
  PairingBeingDeletedError,
  PairingExistsError,
  PartialCreateError,
  PartialUpdateError,
  PendingCreateFailedError,
  UnnamedPairingError,
} from "./errors";
import { findCreateInFlight, findDeleteInFlight } from "./inflight";
import { createRecordOf, Ownership } from "./ownership";
import { EngineProps, PairingInputs, providerOf, readInputs } from "./inputs";
import {
  buildOutputs,
  LastTask,
  mapTask,
  PairingOutputs,
  partialState,
  readState,
  savedSettings,
  settingsOnly,
  stillCreating,
  taskById,
} from "./outputs";
import { issuesOf } from "./issues";
import { ProgressReporter } from "./progress";
import {
  afterCreate,
  forceDeleteHint,
  ReadView,
  readFullPairing,
  remoteCredentials,
  remoteSessionFailure,
  settlePartial,
  unstatedServers,
} from "./remote-site";
import { guardPairingDelete } from "./replication-guard";
import { HOST_SERVICES, type ProviderServices } from "./services";
import { TimeoutOperation, timeoutText } from "./timeouts";
import { proveDeletable, proveGone } from "./vrms-identity";

type Created = { id: string; outs: PairingOutputs };

/**
 * The lifecycle of a VrPairing. A fresh instance is made for every call (see serialized.ts);
 * what must outlive a call lives in `services` (clients, progress output; the host's own set by
 * default) or at module level (adoption records). Stack configuration arrives as inputs (the
 * VrPairing constructor reads it), so there is no `configure`. The host hands over plain
 * property bags; each method turns them into typed inputs or state once, at its start.
 */
export class VrPairingProvider implements pulumi.dynamic.ResourceProvider<
  PairingInputs,
  PairingOutputs
> {
  constructor(private readonly services: ProviderServices = HOST_SERVICES) {}

  async check(_olds: EngineProps, news: EngineProps): Promise<pulumi.dynamic.CheckResult> {
    return checkInputs(news);
  }

  async diff(id: string, olds: EngineProps, news: EngineProps): Promise<pulumi.dynamic.DiffResult> {
    const facts = await gatherDiffFacts(id, olds, news, this.services.clients);
    const d = diffPairing(olds, news, facts);
    reportDiffNotes(olds, news, d.notes, this.services.progress);
    return diffResult(d);
  }

  async create(props: EngineProps): Promise<Created> {
    const op = new Operation(
      this.services,
      readInputs(props),
      "create",
      "create",
      providerOf(props),
    );
    if (op.inputs.adoptPairingId) return adoptById(op, op.inputs.adoptPairingId);
    // Tasks before pairings: a create that was unfinished at the first look is waited for;
    // one that finished before it has made its pairing by the second. Never a second POST.
    const inFlight = await createInFlight(op);
    if (inFlight) {
      const resumed = await waitAndReadBack(op, inFlight, true);
      if (resumed) return resumed;
    } else {
      const existing = await op.client.findPairingByRemoteVcId(op.inputs.remoteVcId);
      const id = existing?.pairing_id;
      if (id && !(await deletedMeanwhile(op, id))) return takeOver(op, id);
    }
    return waitAndReadBack(op, await postCreate(op), false);
  }

  async read(id: string, props?: EngineProps): Promise<{ id: string; props: PairingOutputs }> {
    const op = new Operation(this.services, readState(props), "read");
    const pending = pendingCreateTask(op.inputs);
    // The task first, the pairing second: a create that finishes between the two reads is
    // then seen as the pairing, never as "no pairing and a finished task".
    const task = pending && (await taskOrUndefined(op, pending.id));
    const lastTask = pending ? recordedCreate(pending.id, task) : (op.inputs.lastTask ?? null);
    const live = await readPairing(op, id, lastTask, op.inputs.ownership ?? null, op.inputs);
    if (live) return { id, props: live };
    // Still being created: dropping it now would orphan it when the task completes.
    if (task && isTaskUnfinished(task)) return { id, props: stillCreating(op.inputs, task) };
    if (pending && !task && !(await anotherPairingTakesItsPlace(op, id))) {
      op.progress.note(new CreateOutcomeUnknownError(id, pending.id, op.inputs.remoteVcId).message);
      return { id, props: op.inputs };
    }
    // A recorded create proves the VRMS by its task, or was settled just above.
    if (!pending) await proveGone(op.client, id, op.inputs, "refresh");
    return { id: "", props: op.inputs };
  }

  async update(
    id: string,
    oldProps: EngineProps,
    news: EngineProps,
  ): Promise<{ outs: PairingOutputs }> {
    const olds = readState(oldProps);
    const op = new Operation(this.services, readInputs(news), "update", "update", providerOf(news));
    const d = diffPairing(olds, op.inputs, { vrmsUrl: op.conn.url });
    // Only local settings changed: nothing to tell the VRMS.
    if (!d.reconnect && !d.resumeCreate) return { outs: settingsOnly(olds, op.echo) };
    const pending = pendingCreateTask(olds);
    let lastTask = pending
      ? await resumePendingCreate(op, id, pending.id, olds.ownership ?? null)
      : (olds.lastTask ?? null);
    // Partial state holds no live status; only a real remote PSC change calls for a reconnect.
    if (pending ? d.reconnectKeys.length > 0 : d.reconnect)
      lastTask = await reconnect(op, id, olds);
    return { outs: await readBack(op, id, lastTask, olds.ownership ?? null) };
  }

  async delete(id: string, props: EngineProps): Promise<void> {
    const state = readState(props);
    const force = state.forceDelete === true;
    const op = new Operation(this.services, state, "delete", force ? "delete (force)" : "delete");
    if (leftToAdopter(op, id)) return;
    let present = await provenTarget(op, id);
    // The pairing did not exist yet because its create was still running: delete it once made,
    // or it would appear after we reported it gone.
    if (!present && (await pendingCreateMadeIt(op, id))) present = await provenTarget(op, id);
    if (!present) return;
    await guardPairingDelete(op.client, id, {
      force,
      deleteWithReplications: state.deleteWithReplications === true,
    });
    if (!force) await openRemoteSessionForDelete(op, id);
    const task = await startDelete(op, id, force);
    if (task) await waitForDelete(op, id, task, force);
  }
}

// ---- create ---------------------------------------------------------------------------------

/** adoptPairingId: that pairing, if it exists, pairs the declared remote vCenter and stays. */
async function adoptById(op: Operation, id: string): Promise<Created> {
  const pairing = await op.client.getPairing(id);
  if (!pairing) throw new AdoptionError(id, `no pairing with this id exists on ${op.conn.url}`);
  if (isSelfPairing(pairing)) throw new AdoptionError(id, "it is the VRMS's own self pairing");
  const remote = pairing.remote_vc_server?.id;
  if (remote && !sameId(remote, op.inputs.remoteVcId)) {
    throw new AdoptionError(
      id,
      `it pairs remote vCenter ${remote}, but remoteVcId is ${op.inputs.remoteVcId}`,
    );
  }
  // Looked for after the pairing was found: a delete started before that look is seen here.
  const deleting = await findDeleteInFlight(op.client, id);
  if (deleting) {
    throw new AdoptionError(
      id,
      `a delete of it is running on ${op.conn.url} (task ${deleting.id}), so it is going away. ` +
        "Remove adoptPairingId to create a new pairing once that delete has finished",
    );
  }
  op.progress.note(`adopting existing pairing ${id} (adoptPairingId)`);
  return adopted(op, id, "adopted");
}

/**
 * True when a delete of this pairing was running (another stack's destroy, say) and removed
 * it: the caller then creates its own. A pairing with a delete in flight is never taken over,
 * or this resource would track a pairing that is about to go. Looked for after the pairing was
 * found, so a delete that started before that look is always seen.
 */
async function deletedMeanwhile(op: Operation, id: string): Promise<boolean> {
  const deleting = await findDeleteInFlight(op.client, id);
  if (!deleting) return false;
  op.progress.note(
    `pairing ${id} to remote vCenter ${op.inputs.remoteVcId} is being deleted (task ` +
      `${deleting.id}); waiting for that delete, then creating a new pairing`,
  );
  try {
    await op.client.waitForTask(deleting, { timeoutMs: op.remaining(), operation: "delete" });
  } catch (err) {
    if (err instanceof VrmsTaskTimeoutError) {
      const { remoteVcId, timeouts } = op.inputs;
      const window = timeoutText(timeouts, "create");
      throw new PairingBeingDeletedError(id, deleting.id, op.conn.url, remoteVcId, window, err);
    }
    if (!(err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError)) throw err;
  }
  // A delete that failed or was cancelled left the pairing: the usual rules decide then.
  return !(await op.client.getPairing(id));
}

/**
 * A pairing to the declared remote vCenter exists that this create did not post: adopted only
 * when asked for (adoptExisting: true), otherwise refused, naming it and the line that adopts it.
 */
async function takeOver(op: Operation, id: string): Promise<Created> {
  const { remoteVcId, adoptExisting } = op.inputs;
  const made = await createRecordOf(op, id);
  // Made by another resource of this deployment: two resources declare one pairing.
  const sibling = made && postedByAnother(op.conn.url, made.taskId, op.inputs.resourceName);
  if (made && sibling) {
    throw new DuplicatePairingError(op.name, sibling, op.inputs.remotePscHost, made.taskId);
  }
  if (adoptExisting !== true) throw new PairingExistsError(remoteVcId, id, op.conn.url, made);
  op.progress.note(
    `adopting existing pairing ${id} to remote vCenter ${remoteVcId} (adoptExisting: true)`,
  );
  return adopted(op, id, "adopted");
}

async function adopted(op: Operation, id: string, ownership: Ownership): Promise<Created> {
  recordAdoption(op.conn.url, id, op.inputs.resourceName);
  return { id, outs: await readBack(op, id, null, ownership) };
}

/**
 * A create to the declared remote site that is still running on the VRMS, if any: waited for
 * and adopted only when asked for (adoptExisting: true), never posted a second time.
 */
async function createInFlight(op: Operation): Promise<Task | undefined> {
  const { remotePscHost, resourceName } = op.inputs;
  const task = await findCreateInFlight(op.client, remotePscHost);
  if (!task) return undefined;
  const sibling = postedByAnother(op.conn.url, task.id, resourceName);
  if (sibling) throw new DuplicatePairingError(op.name, sibling, remotePscHost, task.id);
  if (op.inputs.adoptExisting !== true) {
    const { queuedTime } = mapTask(task, "create");
    throw new CreateInFlightError(remotePscHost, task.id, entityOf(task), op.conn.url, queuedTime);
  }
  op.progress.note(
    `a create of the pairing to ${remotePscHost} is still ${task.status} (task ${task.id}); ` +
      "waiting for it and adopting the pairing it makes (adoptExisting: true)",
  );
  return task;
}

async function postCreate(op: Operation): Promise<Task> {
  const task = await op.client.createPairing(specOf(op.inputs));
  recordPost(op.conn.url, task.id, op.inputs.resourceName);
  return task;
}

/**
 * Waits for a create task and reads the pairing back. A resumed task (an earlier run's) that
 * failed answers undefined: the caller posts its own. A wait that ends without an answer
 * keeps the pairing in state (partial failure) when its id is known.
 */
async function waitAndReadBack(
  op: Operation,
  task: Task,
  resumed: true,
): Promise<Created | undefined>;
async function waitAndReadBack(op: Operation, task: Task, resumed: false): Promise<Created>;
async function waitAndReadBack(
  op: Operation,
  task: Task,
  resumed: boolean,
): Promise<Created | undefined> {
  let last: Task = task;
  let id = entityOf(task);
  const ownership: Ownership = resumed ? "adopted" : "created";
  try {
    const done = await op.client.waitForTask(task, {
      timeoutMs: op.remaining(),
      operation: "create",
      onProgress: (t) => {
        last = t;
        op.progress.update(t);
      },
    });
    last = done;
    op.progress.finish(done);
    // A task queued before its pairing existed may name it only once done, or only by result.
    id = id ?? entityOf(done) ?? resultPairingId(done) ?? (await pairingIdOrUndefined(op));
    if (!id) throw new UnnamedPairingError(done.id, op.conn.url, op.inputs.remoteVcId);
    if (resumed) recordAdoption(op.conn.url, id, op.inputs.resourceName);
    // No remote session: the remote site took part in the create that just succeeded (issue 25).
    return { id, outs: await readBack(op, id, mapTask(done, "create"), ownership, "after-create") };
  } catch (err) {
    if (err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError) {
      if (!resumed) throw err;
      // The earlier run's create did not make the pairing: make it now.
      op.progress.note(`the earlier create (task ${task.id}) did not finish: ${err.message}`);
      return undefined;
    }
    id = id ?? (await pairingIdOrUndefined(op));
    if (!id) {
      throw new CreateUnfinishedError(messageOf(err), task.id, { cause: err });
    }
    throw new PartialCreateError(
      `${messageOf(err)}. Pairing ${id} (task ${task.id}) is kept in state; the next ` +
        "`pulumi up` waits for it and reads it back.",
      id,
      partialState(op.echo, id, mapTask(last, "create"), op.provider, ownership),
    );
  }
}

// ---- read -----------------------------------------------------------------------------------

/**
 * The pairing as the VRMS shows it now, read in a remote session so the data is full, shaped as
 * state; undefined when it does not exist. `recorded`: the state last written, whose values a
 * partial answer keeps where the VRMS did not state them.
 */
async function readPairing(
  op: Operation<Partial<PairingInputs>>,
  id: string,
  lastTask: LastTask | null,
  ownership: Ownership | null,
  recorded?: Partial<PairingOutputs>,
  view: ReadView = "full",
): Promise<PairingOutputs | undefined> {
  // After a create the remote site has just taken part: no remote session (issue 25).
  const creds = view === "full" ? remoteCredentials(op.inputs) : undefined;
  const read = await readFullPairing(op.client, id, creds);
  if (!read) return undefined;
  const foreign = notTheDeclaredPairing(read.pairing, op.inputs.remoteVcId);
  if (foreign) throw new ForeignPairingError(id, op.conn.url, foreign, op.inputs.remoteVcId);
  const unstated = view === "after-create" ? unstatedServers(read.partial) : undefined;
  const issues = await issuesOf(op.client, read.pairing, read.remote, unstated);
  const outs = buildOutputs(op.echo, read.pairing, issues, lastTask, ownership);
  if (unstated) return afterCreate(outs, read.partial!);
  return settlePartial(outs, read, op.inputs, recorded, op.progress);
}

/** Why this pairing is not the one declared (self pairing, another vCenter), or undefined. */
function notTheDeclaredPairing(pairing: Pairing, remoteVcId: string | undefined) {
  if (isSelfPairing(pairing)) return "the VRMS's own self pairing";
  const remote = pairing.remote_vc_server?.id;
  if (remote && remoteVcId && !sameId(remote, remoteVcId)) {
    return `a pairing to remote vCenter ${remote}`;
  }
  return undefined;
}

/** readPairing after a create or update, where the pairing must exist. */
async function readBack(
  op: Operation,
  id: string,
  lastTask: LastTask | null,
  ownership: Ownership | null,
  view: ReadView = "full",
) {
  const outs = await readPairing(op, id, lastTask, ownership, undefined, view);
  if (!outs)
    throw new UnnamedPairingError(lastTask?.id ?? "?", op.conn.url, op.inputs.remoteVcId, id);
  return outs;
}

/**
 * For a create whose task the VRMS forgot, looked for by remote vCenter: true when another
 * pairing to that vCenter holds its place, so this create cannot make one any more (a remote
 * vCenter is paired once per VRMS). The id itself was read just before.
 */
async function anotherPairingTakesItsPlace(
  op: Operation<Partial<PairingInputs>>,
  id: string,
): Promise<boolean> {
  const remoteVcId = op.inputs.remoteVcId;
  if (!remoteVcId) return false;
  const found = await op.client.findPairingByRemoteVcId(remoteVcId);
  return found !== null && !sameId(found.pairing_id, id);
}

/** How a create recorded as running ended, as far as the VRMS still remembers. */
function recordedCreate(taskId: string, task: Task | undefined): LastTask {
  return task ? mapTask(task, "create") : taskById(taskId, "SUCCESS");
}

// ---- update ---------------------------------------------------------------------------------

/** Waits for the create task a previous run left running; then the pairing is ours. */
async function resumePendingCreate(
  op: Operation,
  id: string,
  taskId: string,
  ownership: Ownership | null,
): Promise<LastTask> {
  const progress = op.reporter("create (resumed)");
  let last: LastTask | undefined;
  try {
    const done = await op.client.waitForTask(taskId, {
      timeoutMs: op.remaining(),
      operation: "create",
      onProgress: (t) => {
        last = mapTask(t, "create");
        progress.update(t);
      },
    });
    progress.finish(done);
    return mapTask(done, "create");
  } catch (err) {
    if (err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError) {
      throw new PendingCreateFailedError(id, `task ${taskId}: ${err.message}`);
    }
    if (err instanceof VrmsNotFoundError) {
      // The VRMS forgot the task; the pairing itself tells whether it worked.
      if (await op.client.getPairing(id)) return last ?? taskById(taskId, "SUCCESS");
      if (!(await anotherPairingTakesItsPlace(op, id))) {
        throw new CreateOutcomeUnknownError(id, taskId, op.inputs.remoteVcId);
      }
      throw new PendingCreateFailedError(
        id,
        `the VRMS no longer knows task ${taskId}, and another pairing to remote vCenter ` +
          `${op.inputs.remoteVcId} holds its place`,
      );
    }
    throw new PartialCreateError(
      `${messageOf(err)}. Pairing ${id} (task ${taskId}) stays in state; the next \`pulumi up\` waits again.`,
      id,
      partialState(op.echo, id, last ?? taskById(taskId, "RUNNING"), op.provider, ownership),
    );
  }
}

/**
 * Reconnects with the new remote PSC spec. When it fails, the settings that need no call are
 * saved anyway (partial failure), so e.g. `forceDelete: true` lands while the remote is down.
 */
async function reconnect(op: Operation, id: string, olds: PairingOutputs): Promise<LastTask> {
  try {
    let task: Task;
    try {
      task = await op.client.reconnectPairing(id, specOf(op.inputs));
    } catch (err) {
      if (err instanceof VrmsNotFoundError) throw new NotReconnectableError(id, op.conn.url, err);
      throw err;
    }
    const done = await waitWithProgress(op, task, "update", op.reporter("reconnect"));
    return mapTask(done, "reconnect");
  } catch (err) {
    if (err instanceof NotReconnectableError) throw err;
    throw new PartialUpdateError(
      `${messageOf(err)}. Settings that need no call to the VRMS (forceDelete, timeouts, ` +
        "credentials) were saved; the next `pulumi up` tries the reconnect again.",
      id,
      savedSettings(olds, op.echo, op.provider),
    );
  }
}

// ---- delete ---------------------------------------------------------------------------------

/** A pairing adopted by another resource in this run (a rename) is left to its new owner. */
function leftToAdopter(op: Operation<PairingOutputs>, id: string): boolean {
  const owner = adoptedByAnother(op.conn.url, id, op.inputs.resourceName);
  if (owner)
    op.progress.note(`pairing ${id} was adopted by ${owner} in this run; leaving it in place`);
  return owner !== undefined;
}

/**
 * Identity before a delete: true when the pairing at the id is the declared one on the VRMS
 * state recorded; false when that VRMS proves it gone (or it is a create still settling, which
 * pendingCreateMadeIt decides). Anything else throws and nothing is touched.
 */
async function provenTarget(op: Operation<PairingOutputs>, id: string): Promise<boolean> {
  const pairing = await op.client.getPairing(id);
  if (pairing) {
    proveDeletable(pairing, op.inputs, op.conn.url);
    return true;
  }
  if (!pendingCreateTask(op.inputs)) await proveGone(op.client, id, op.inputs, "delete");
  return false;
}

/**
 * A non-force delete needs the remote site: its session is opened now, asked afresh (an earlier
 * "unreachable" verdict of this process may be stale), and any failure names forceDelete.
 */
async function openRemoteSessionForDelete(op: Operation<PairingOutputs>, id: string) {
  const creds = remoteCredentials(op.inputs);
  if (!creds) return;
  try {
    await op.client.createRemoteSession(id, creds);
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return; // gone meanwhile: the DELETE says so too
    if (err instanceof VrmsRemoteSiteUnreachableError) {
      throw new ForceDeleteRequiredError(id, undefined, err.serverMessage ?? err.message);
    }
    const refused = err instanceof VrmsRemoteAuthError;
    const host = op.inputs.remotePscHost ?? "";
    throw new RemoteSessionForDeleteError(id, host, messageOf(err), refused, { cause: err });
  }
}

/** Starts a delete; undefined when the VRMS does not know the pairing. */
async function startDelete(
  op: Operation<PairingOutputs>,
  id: string,
  force: boolean,
): Promise<Task | undefined> {
  try {
    return await op.client.deletePairing(id, { force, remote: remoteCredentials(op.inputs) });
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return undefined;
    throw remoteSessionFailure(err, op.inputs, id, "delete");
  }
}

/** Waits for the create recorded as still running, if any; true when it made the pairing. */
async function pendingCreateMadeIt(op: Operation<PairingOutputs>, id: string): Promise<boolean> {
  const pending = pendingCreateTask(op.inputs);
  if (!pending) return false;
  const task = await taskOrUndefined(op, pending.id);
  if (!task) {
    // The VRMS forgot the task: its work may still make the pairing, so "gone" is not known.
    if (await op.client.getPairing(id)) return true;
    if (await anotherPairingTakesItsPlace(op, id)) return false;
    throw new CreateOutcomeUnknownError(id, pending.id, op.inputs.remoteVcId);
  }
  try {
    await op.client.waitForTask(task, { timeoutMs: op.remaining(), operation: "create" });
    return true;
  } catch (err) {
    if (err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError) return false;
    throw err;
  }
}

async function waitForDelete(
  op: Operation<PairingOutputs>,
  id: string,
  task: Task,
  force: boolean,
): Promise<void> {
  try {
    await waitWithProgress(op, task, "delete", op.progress);
  } catch (err) {
    if (!(err instanceof VrmsTaskFailedError)) throw err;
    const pairing = await op.client.getPairing(id);
    // Deleted by someone else while our task waited: the goal is reached all the same.
    if (!pairing) return;
    throw (!force && forceDeleteHint(id, err, pairing)) || err;
  }
}

// ---- shared steps ---------------------------------------------------------------------------

async function waitWithProgress(
  op: Operation<Partial<PairingInputs>>,
  task: Task,
  kind: TimeoutOperation,
  progress: ProgressReporter,
): Promise<Task> {
  const done = await op.client.waitForTask(task, {
    timeoutMs: op.remaining(),
    operation: kind,
    onProgress: (t) => progress.update(t),
  });
  progress.finish(done);
  return done;
}

function specOf(inputs: PairingInputs): PairingSpec {
  return {
    pair_vc_id: inputs.remoteVcId,
    pair_psc_info: {
      url: inputs.remotePscHost,
      port: inputs.remotePscPort,
      thumbprint: inputs.remotePscThumbprint ?? null,
      ...(inputs.remotePscCertificate ? { certificate: inputs.remotePscCertificate } : {}),
      username: inputs.remotePscUsername,
      password: inputs.remotePscPassword,
    },
  };
}

function entityOf(task: Task): string | undefined {
  return typeof task.entity === "string" && task.entity ? task.entity : undefined;
}

function resultPairingId(task: Task): string | undefined {
  const v = task.result?.pairing_id;
  return typeof v === "string" && v ? v : undefined;
}

/** The pairing to the declared remote vCenter, if one can be found now (errors mean "unknown"). */
async function pairingIdOrUndefined(op: Operation): Promise<string | undefined> {
  try {
    const found: Pairing | null = await op.client.findPairingByRemoteVcId(op.inputs.remoteVcId);
    return found?.pairing_id ?? undefined;
  } catch {
    return undefined;
  }
}

async function taskOrUndefined(
  op: Operation<Partial<PairingInputs>>,
  taskId: string,
): Promise<Task | undefined> {
  try {
    return await op.client.getTask(taskId);
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return undefined;
    throw err;
  }
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\.$/, "");
}
