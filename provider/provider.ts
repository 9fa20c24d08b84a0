import type * as pulumi from "@pulumi/pulumi";
import {
  IssueInfo,
  isSelfPairing,
  Pairing,
  PairingSpec,
  Task,
  VrmsClient,
  VrmsNotFoundError,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
} from "../sdk";
import { checkInputs } from "./check";
import { adoptedByAnother, postedByAnother, recordAdoption, recordPost } from "./adoptions";
import { clientFor } from "./clients";
import { findCreateInFlight } from "./inflight";
import { requireConnection, setStackConfig } from "./connection";
import { diffPairing, pendingCreateTask } from "./diff";
import {
  AdoptionError,
  CreateInFlightError,
  DuplicatePairingError,
  ForceDeleteRequiredError,
  PairingExistsError,
  PartialCreateError,
  PartialUpdateError,
  PendingCreateFailedError,
} from "./errors";
import { PairingInputs, RECONNECT_KEYS, unwrapSecrets } from "./inputs";
import { buildOutputs, inputPart, LastTask, mapTask, PairingOutputs, toPlainJson } from "./outputs";
import { ProgressReporter } from "./progress";
import { TimeoutOperation, timeoutMs } from "./timeouts";

type Raw = Record<string, unknown>;

/** Words VRMS task messages use when the other site did not answer. */
const REMOTE_DOWN =
  /(remote.*(down|unreachable|not reachable|offline|unavailable|not respond))|unreachable|not reachable|offline/i;

/**
 * The lifecycle of a VrPairing. A fresh instance is made for every call (see serialized.ts);
 * state that must outlive a call (clients, stack config) lives at module level.
 */
export class VrPairingProvider implements pulumi.dynamic.ResourceProvider<Raw, PairingOutputs> {
  async configure(req: pulumi.dynamic.ConfigureRequest): Promise<void> {
    setStackConfig((key) => req.config.get(key));
  }

  async check(_olds: Raw, news: Raw): Promise<pulumi.dynamic.CheckResult<Raw>> {
    return checkInputs(news);
  }

  async diff(_id: string, olds: PairingOutputs, news: Raw): Promise<pulumi.dynamic.DiffResult> {
    const d = diffPairing(olds as unknown as Raw, news);
    // Delete first: with create-first, a new pairing on the same VRMS would adopt the old one,
    // and deleting the old would then remove the pairing the new resource tracks.
    return d.replaces.length > 0
      ? { changes: true, replaces: d.replaces, deleteBeforeReplace: true }
      : { changes: d.changes };
  }

  async create(raw: Raw): Promise<{ id: string; outs: PairingOutputs }> {
    const inputs = unwrapSecrets(raw) as unknown as PairingInputs;
    const conn = requireConnection(inputs);
    const client = clientFor(conn);
    const echo = { ...inputs, vrmsUrl: conn.url };
    const progress = new ProgressReporter(nameOf(inputs), "create");
    const deadline = Date.now() + timeoutMs(inputs.timeouts, "create");

    if (inputs.adoptPairingId) {
      const id = inputs.adoptPairingId;
      const pairing = await client.getPairing(id);
      if (!pairing) throw new AdoptionError(id, `no pairing with this id exists on ${conn.url}`);
      if (isSelfPairing(pairing)) throw new AdoptionError(id, "it is the VRMS's own self pairing");
      const remote = pairing.remote_vc_server?.id;
      if (remote && remote.toLowerCase() !== inputs.remoteVcId.toLowerCase()) {
        throw new AdoptionError(
          id,
          `it pairs remote vCenter ${remote}, but remoteVcId is ${inputs.remoteVcId}`,
        );
      }
      progress.note(`adopting existing pairing ${id} (adoptPairingId)`);
      recordAdoption(conn.url, id, inputs.resourceName);
      return { id, outs: await readOutputs(client, id, echo, null) };
    }

    const existing = await client.findPairingByRemoteVcId(inputs.remoteVcId);
    if (existing?.pairing_id) {
      const id = existing.pairing_id;
      if (inputs.adoptExisting === false) {
        throw new PairingExistsError(inputs.remoteVcId, id, conn.url);
      }
      progress.note(
        `warning: a pairing to remote vCenter ${inputs.remoteVcId} already exists (${id}); ` +
          "adopting it instead of creating a new one (set adoptExisting: false to refuse)",
      );
      recordAdoption(conn.url, id, inputs.resourceName);
      return { id, outs: await readOutputs(client, id, echo, null) };
    }

    let inFlight = await findCreateInFlight(client, inputs.remotePscHost);
    const sibling = inFlight && postedByAnother(inFlight.id, inputs.resourceName);
    if (inFlight && sibling) {
      throw new DuplicatePairingError(nameOf(inputs), sibling, inputs.remotePscHost, inFlight.id);
    }
    if (inFlight && inputs.adoptExisting === false) {
      throw new CreateInFlightError(
        inputs.remotePscHost,
        inFlight.id,
        String(inFlight.entity),
        conn.url,
      );
    }
    if (inFlight) {
      progress.note(
        `warning: a create of the pairing to ${inputs.remotePscHost} started by an earlier run is ` +
          `still ${inFlight.status} (task ${inFlight.id}); waiting for it instead of creating a second pairing`,
      );
    }
    for (;;) {
      const task = inFlight ?? (await client.createPairing(specOf(inputs)));
      if (task !== inFlight) recordPost(task.id, inputs.resourceName);
      let last: Task = task;
      let pairingId = typeof task.entity === "string" && task.entity ? task.entity : undefined;
      try {
        const done = await client.waitForTask(task, {
          timeoutMs: remaining(deadline),
          operation: "create",
          onProgress: (t) => {
            last = t;
            progress.update(t);
          },
        });
        last = done;
        progress.finish(done);
        pairingId = pairingId ?? resultPairingId(done);
        if (!pairingId)
          throw new Error(`create task ${done.id} succeeded without naming the pairing`);
        if (task === inFlight) recordAdoption(conn.url, pairingId, inputs.resourceName);
        return {
          id: pairingId,
          outs: await readOutputs(client, pairingId, echo, mapTask(done, "create")),
        };
      } catch (err) {
        if (err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError) {
          if (task !== inFlight) throw err;
          // The earlier run's create did not make the pairing: make it now.
          progress.note(`the earlier create (task ${task.id}) did not finish: ${err.message}`);
          inFlight = undefined;
          continue;
        }
        pairingId = pairingId ?? (await findQuietly(client, inputs.remoteVcId));
        if (!pairingId) {
          throw new Error(
            `${messageOf(err)}. Create task ${task.id} may still finish on the VRMS; the next \`pulumi up\` ` +
              "adopts the pairing it makes (adoptExisting), so none is duplicated.",
            { cause: err },
          );
        }
        throw new PartialCreateError(
          `${messageOf(err)}. Pairing ${pairingId} (task ${task.id}) is kept in state; the next ` +
            "`pulumi up` waits for it and reads it back.",
          pairingId,
          partialProperties(raw, echo, pairingId, mapTask(last, "create")),
        );
      }
    }
  }

  async read(
    id: string,
    rawProps?: PairingOutputs,
  ): Promise<{ id: string; props: PairingOutputs }> {
    const props = unwrapSecrets(rawProps ?? ({} as PairingOutputs));
    const client = clientFor(requireConnection(props));
    let pairing = await client.getPairing(id);
    if (!pairing) {
      const pending = pendingCreateTask(props as unknown as Raw);
      const task = pending ? await getTaskQuietly(client, pending.id) : undefined;
      if (task && (task.status === "QUEUED" || task.status === "RUNNING")) {
        // Still being created: dropping it now would orphan it when the task completes.
        return {
          id,
          props: toPlainJson({ ...stripProvider(props), lastTask: mapTask(task, "create") }),
        };
      }
      // The create may have finished after the first look: look again before dropping it.
      if (pending) pairing = await client.getPairing(id);
      if (!pairing) return { id: "", props: {} as PairingOutputs };
    }
    const issues = await issuesOf(client, pairing);
    let lastTask = props.lastTask ?? null;
    const pending = pendingCreateTask(props as unknown as Raw);
    if (pending) {
      // The create a previous run left running has finished: record how.
      const task = await getTaskQuietly(client, pending.id);
      lastTask = task ? mapTask(task, "create") : pendingTask(pending.id, "SUCCESS");
    }
    return { id, props: buildOutputs(props, pairing, issues, lastTask) };
  }

  async update(
    id: string,
    oldsRaw: PairingOutputs,
    newsRaw: Raw,
  ): Promise<{ outs: PairingOutputs }> {
    const olds = unwrapSecrets(oldsRaw);
    const news = unwrapSecrets(newsRaw) as unknown as PairingInputs;
    const d = diffPairing(oldsRaw as unknown as Raw, newsRaw);
    const conn = requireConnection(news);
    const echo = { ...news, vrmsUrl: conn.url };
    let lastTask: LastTask | null = olds.lastTask ?? null;

    if (!d.reconnect && !d.resumeCreate) {
      // Only local settings changed: nothing to tell the VRMS.
      return { outs: toPlainJson({ ...computedPart(olds), ...inputPart(echo) }) as PairingOutputs };
    }
    const client = clientFor(conn);
    const deadline = Date.now() + timeoutMs(news.timeouts, "update");
    const pending = pendingCreateTask(olds as unknown as Raw);
    let reconnect = d.reconnect;
    if (pending) {
      lastTask = await this.finishPendingCreate(client, id, pending.id, newsRaw, echo, deadline);
      // Partial state holds no live status; only a real remote PSC change calls for a reconnect.
      reconnect = d.reconnectKeys.length > 0;
    }
    if (reconnect) {
      try {
        lastTask = await this.reconnect(client, id, news, conn.url, deadline);
      } catch (err) {
        if (err instanceof NotReconnectableError) throw err;
        throw new PartialUpdateError(
          `${messageOf(err)}. Settings that need no call to the VRMS (forceDelete, timeouts, ` +
            "credentials) were saved; the next `pulumi up` tries the reconnect again.",
          id,
          savedSettings(olds, echo, newsRaw),
        );
      }
    }
    return { outs: await readOutputs(client, id, echo, lastTask) };
  }

  private async reconnect(
    client: VrmsClient,
    id: string,
    news: PairingInputs,
    url: string,
    deadline: number,
  ): Promise<LastTask> {
    const progress = new ProgressReporter(nameOf(news), "reconnect");
    let task: Task;
    try {
      task = await client.reconnectPairing(id, specOf(news));
    } catch (err) {
      if (err instanceof VrmsNotFoundError) throw new NotReconnectableError(id, url, err);
      throw err;
    }
    const done = await waitWithProgress(client, task, "update", deadline, progress);
    return mapTask(done, "reconnect");
  }

  async delete(id: string, raw: PairingOutputs): Promise<void> {
    const props = unwrapSecrets(raw);
    const conn = requireConnection(props);
    const client = clientFor(conn);
    const force = props.forceDelete === true;
    const progress = new ProgressReporter(nameOf(props), force ? "delete (force)" : "delete");
    const owner = adoptedByAnother(conn.url, id, props.resourceName);
    if (owner) {
      progress.note(`pairing ${id} was adopted by ${owner} in this run; leaving it in place`);
      return;
    }
    const deadline = Date.now() + timeoutMs(props.timeouts, "delete");
    let task = await startDelete(client, id, force);
    const pending = pendingCreateTask(props as unknown as Raw);
    if (!task && pending && (await settleCreate(client, pending.id, deadline))) {
      // The pairing did not exist yet because its create was still running: delete it now,
      // or it would appear after we reported it gone.
      task = await startDelete(client, id, force);
    }
    if (!task) return; // already gone: the goal is reached
    try {
      await waitWithProgress(client, task, "delete", deadline, progress);
    } catch (err) {
      // Deleted by someone else while our task waited: the goal is reached all the same.
      if (err instanceof VrmsTaskFailedError && !(await client.getPairing(id))) return;
      if (!force && err instanceof VrmsTaskFailedError) {
        const text = [err.taskMessage, err.details, err.message].filter(Boolean).join(" ");
        if (REMOTE_DOWN.test(text)) {
          throw new ForceDeleteRequiredError(id, err.taskId, err.taskMessage ?? err.message);
        }
      }
      throw err;
    }
  }

  /** Waits for the create task a previous run left running, then the pairing is ours. */
  private async finishPendingCreate(
    client: VrmsClient,
    id: string,
    taskId: string,
    newsRaw: Raw,
    echo: Partial<PairingInputs>,
    deadline: number,
  ): Promise<LastTask> {
    const progress = new ProgressReporter(nameOf(echo), "create (resumed)");
    let last: LastTask | undefined;
    try {
      const done = await client.waitForTask(taskId, {
        timeoutMs: remaining(deadline),
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
        if (await client.getPairing(id)) return last ?? pendingTask(taskId, "SUCCESS");
        throw new PendingCreateFailedError(
          id,
          `task ${taskId} is no longer known and the pairing does not exist`,
        );
      }
      throw new PartialCreateError(
        `${messageOf(err)}. Pairing ${id} (task ${taskId}) stays in state; the next \`pulumi up\` waits again.`,
        id,
        partialProperties(newsRaw, echo, id, last ?? pendingTask(taskId, "RUNNING")),
      );
    }
  }
}

/** Starts a delete; undefined when the VRMS does not know the pairing. */
async function startDelete(
  client: VrmsClient,
  id: string,
  force: boolean,
): Promise<Task | undefined> {
  try {
    return await client.deletePairing(id, { force });
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return undefined;
    throw err;
  }
}

/** Waits for a create task still in flight; true when it made the pairing. */
async function settleCreate(
  client: VrmsClient,
  taskId: string,
  deadline: number,
): Promise<boolean> {
  const task = await getTaskQuietly(client, taskId);
  if (!task) return false;
  try {
    await client.waitForTask(task, { timeoutMs: remaining(deadline), operation: "create" });
    return true;
  } catch (err) {
    if (err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError) return false;
    throw err;
  }
}

class NotReconnectableError extends Error {
  constructor(id: string, url: string, cause: Error) {
    super(
      `Pairing ${id} no longer exists on ${url}, so it cannot be reconnected. ` +
        "Run `pulumi refresh` to drop it from state, then `pulumi up` to create it again.",
      { cause },
    );
    this.name = "NotReconnectableError";
  }
}

/**
 * Properties for a failed reconnect: new local settings, but the remote PSC fields and live
 * status as they were, so the next diff still asks for the reconnect.
 */
function savedSettings(olds: PairingOutputs, echo: Partial<PairingInputs>, newsRaw: Raw): Raw {
  const settings: Raw = { ...inputPart(echo) };
  for (const k of RECONNECT_KEYS) {
    const old = (olds as unknown as Raw)[k];
    if (old === undefined || old === null) delete settings[k];
    else settings[k] = old;
  }
  return toPlainJson({
    ...settings,
    ...computedPart(olds),
    ...(newsRaw.__provider !== undefined ? { __provider: newsRaw.__provider } : {}),
  });
}

function nameOf(inputs: Partial<PairingInputs>): string {
  return inputs.resourceName || inputs.remotePscHost || inputs.remoteVcId || "pairing";
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

function remaining(deadline: number): number {
  return Math.max(1, deadline - Date.now());
}

async function waitWithProgress(
  client: VrmsClient,
  task: Task,
  op: TimeoutOperation,
  deadline: number,
  progress: ProgressReporter,
): Promise<Task> {
  const done = await client.waitForTask(task, {
    timeoutMs: remaining(deadline),
    operation: op,
    onProgress: (t) => progress.update(t),
  });
  progress.finish(done);
  return done;
}

async function readOutputs(
  client: VrmsClient,
  id: string,
  inputs: Partial<PairingInputs>,
  lastTask: LastTask | null,
): Promise<PairingOutputs> {
  const pairing = await client.getPairing(id);
  if (!pairing) throw new Error(`Pairing ${id} is not on the VRMS after its task finished`);
  const issues = await issuesOf(client, pairing);
  return buildOutputs(inputs, pairing, issues, lastTask);
}

/**
 * The pairing's issues, asked for only when some server of it is not OK: a healthy pairing
 * reports none, and skipping the request saves one of the gateway's 50 per minute per pairing.
 */
async function issuesOf(client: VrmsClient, pairing: Pairing): Promise<IssueInfo[]> {
  const servers = [
    pairing.local_vc_server,
    pairing.remote_vc_server,
    pairing.local_vrms,
    pairing.remote_vrms,
  ];
  if (servers.every((s) => s?.server_status === "OK")) return [];
  return client.getPairingIssues(String(pairing.pairing_id));
}

function resultPairingId(task: Task): string | undefined {
  const v = task.result?.pairing_id;
  return typeof v === "string" && v ? v : undefined;
}

async function findQuietly(client: VrmsClient, remoteVcId: string): Promise<string | undefined> {
  try {
    return (await client.findPairingByRemoteVcId(remoteVcId))?.pairing_id ?? undefined;
  } catch {
    return undefined;
  }
}

async function getTaskQuietly(client: VrmsClient, taskId: string): Promise<Task | undefined> {
  try {
    return await client.getTask(taskId);
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return undefined;
    throw err;
  }
}

function pendingTask(id: string, status: string): LastTask {
  return { id, operation: "create", status, queuedTime: null, startTime: null, completeTime: null };
}

function messageOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\.$/, "");
}

function stripProvider<T extends object>(props: T): T {
  const rest = { ...props } as Record<string, unknown>;
  delete rest.__provider;
  return rest as T;
}

function computedPart(o: PairingOutputs) {
  return {
    pairingId: o.pairingId,
    connectionStatus: o.connectionStatus,
    localVcServer: o.localVcServer ?? null,
    remoteVcServer: o.remoteVcServer ?? null,
    localVrms: o.localVrms ?? null,
    remoteVrms: o.remoteVrms ?? null,
    issues: o.issues ?? [],
    lastTask: o.lastTask ?? null,
  };
}

/**
 * What state records for a pairing whose operation did not finish. The host does not add
 * `__provider` to partial-failure properties, and without it a later delete or refresh could
 * not load the provider. Passwords stay: refresh and delete need them, and the engine marks
 * them secret as in any create answer, since their inputs are secret.
 */
function partialProperties(
  raw: Raw,
  echo: Partial<PairingInputs>,
  id: string,
  lastTask: LastTask,
): Raw {
  return toPlainJson({
    ...inputPart(echo),
    pairingId: id,
    connectionStatus: "disconnected",
    localVcServer: null,
    remoteVcServer: null,
    localVrms: null,
    remoteVrms: null,
    issues: [],
    lastTask,
    ...(raw.__provider !== undefined ? { __provider: raw.__provider } : {}),
  });
}
