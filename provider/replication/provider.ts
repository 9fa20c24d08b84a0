// The lifecycle of a VrReplication. Create = configure (waiting for the task), update =
// reconfigure and pause/resume, refresh reads the health and the next `up` repairs it (resume,
// or sync), delete = unconfigure (or the vendor's DELETE with forceDelete, for a target site
// that is gone). A fresh instance per call (see serialized.ts); the clients and the inventory
// read live at module level, so a run shares one session and one inventory read.
import type * as pulumi from "@pulumi/pulumi";
import {
  type ReplicationInfo,
  type Task,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
  isReplicationTaskOf,
  replicationIdOfTask,
} from "../../sdk";
import { sameId } from "../../sdk/pairing";
import { normalizeBaseUrl } from "../../sdk/url";
import { type EngineProps, isUnknown, providerOf } from "../inputs";
import { type LastTask, mapTask, toPlainJson } from "../outputs";
import { timeoutMs } from "../timeouts";
import { ReplicationOp } from "./context";
import {
  PartialReplicationError,
  ReplicationExistsError,
  ReplicationIdentityError,
} from "./errors";
import { FIELD_NAMES, REPLACE_FIELDS } from "./fields";
import { type ReplicationInputs, checkStatic, readReplicationInputs } from "./inputs";
import { inventoryFailures, localSite, sourceVms } from "./inventory";
import { configureSpecOf, reconfiguredKeys, settingsOf } from "./spec";
import {
  type ReplicationOutputs,
  type ReplicationOwnership,
  needsRepair,
  outputsOf,
  readReplicationState,
} from "./state";

type Recorded = Pick<ReplicationOutputs, "vrmsId" | "sourceVcId" | "lastTask" | "ownership">;

export class VrReplicationProvider implements pulumi.dynamic.ResourceProvider<
  ReplicationInputs,
  ReplicationOutputs
> {
  /** Static checks from the field table, then (when every value is known) the inventory. */
  async check(_olds: EngineProps, news: EngineProps): Promise<pulumi.dynamic.CheckResult> {
    const { inputs, failures } = checkStatic(news);
    if (failures.length > 0) return { inputs, failures };
    const i = readReplicationInputs(inputs);
    if (
      FIELD_NAMES.some((k) => isUnknown(i[k])) ||
      i.disks.some((d) => Object.values(d).some(isUnknown))
    ) {
      return { inputs, failures: [] }; // the pairing or a datastore is not made yet
    }
    const op = new ReplicationOp(i, "read");
    return { inputs, failures: await liveFailures(op) };
  }

  async diff(
    _id: string,
    olds: EngineProps,
    news: EngineProps,
  ): Promise<pulumi.dynamic.DiffResult> {
    const state = readReplicationState(olds);
    const next = readReplicationInputs(news);
    const replaces = REPLACE_FIELDS.filter((k) => !sameValue(k, state[k], next[k]));
    if (replaces.length > 0) return { changes: true, replaces, deleteBeforeReplace: true };
    const changed = FIELD_NAMES.some(
      (k) => JSON.stringify(state[k] ?? null) !== JSON.stringify(next[k] ?? null),
    );
    return { changes: changed || needsRepair(state.health, next.paused) };
  }

  async create(props: EngineProps): Promise<{ id: string; outs: ReplicationOutputs }> {
    const op = new ReplicationOp(
      readReplicationInputs(props),
      "create",
      "configure",
      providerOf(props),
    );
    const site = await localSite(op.client);
    const base = { vrmsId: site.vrmsId, sourceVcId: site.vcId };
    const existing = await existingFor(op);
    if (existing) {
      const ownership = await ownershipOf(op, existing);
      op.progress.note(
        `${ownership === "adopted" ? "adopting" : "taking over"} replication ${existing.id} of ${op.inputs.vmId}`,
      );
      const recorded: Recorded = { ...base, lastTask: null, ownership };
      return converge(op, String(existing.id), existing, recorded);
    }
    const inFlight = await op.client.replications.findConfigureInFlight(op.inputs.vmId);
    if (inFlight)
      op.progress.note(
        `waiting for configure task ${inFlight.id} of an earlier run (not posting another)`,
      );
    const task = inFlight ?? (await postConfigure(op, site.vcId ?? ""));
    const done = await waitTask(op, task, "configure");
    const id = replicationIdOfTask(done);
    if (!id) throw new Error(`configure task ${done.id} succeeded without naming the replication`);
    const recorded: Recorded = {
      ...base,
      lastTask: mapTask(done, "configure"),
      ownership: inFlight ? "recovered" : "created",
    };
    try {
      return await converge(op, id, "configured", recorded);
    } catch (err) {
      throw partial(op, id, recorded, err, "configured");
    }
  }

  async read(id: string, props?: EngineProps): Promise<{ id: string; props: ReplicationOutputs }> {
    const state = readReplicationState(props ?? {});
    const op = new ReplicationOp(state, "read");
    const info = await op.client.replications.get(state.pairingId, id, op.remote);
    if (!info) return { id: "", props: state };
    return { id, props: outputsOf(state, info, recordedOf(state)) };
  }

  async update(
    id: string,
    olds: EngineProps,
    news: EngineProps,
  ): Promise<{ outs: ReplicationOutputs }> {
    const state = readReplicationState(olds);
    const op = new ReplicationOp(readReplicationInputs(news), "update", "update", providerOf(news));
    const recorded = recordedOf(state);
    try {
      const { outs } = await converge(
        op,
        id,
        null,
        recorded,
        reconfiguredKeys(state, op.inputs).length > 0,
      );
      return { outs };
    } catch (err) {
      throw partial(op, id, recorded, err, "updated");
    }
  }

  async delete(id: string, props: EngineProps): Promise<void> {
    const state = readReplicationState(props);
    const force = state.forceDelete === true;
    const op = new ReplicationOp(
      state,
      "delete",
      force ? "delete (this site only)" : "unconfigure",
    );
    const info = await op.client.replications.get(
      state.pairingId,
      id,
      force ? undefined : op.remote,
    );
    if (!info) return; // already gone
    await checkIdentity(op, state, info);
    const r = op.client.replications;
    const retain = { retainReplicaDisks: state.retainReplicaDisks === true };
    const task = force
      ? await r.destroy(state.pairingId, id, retain)
      : await r.unconfigure(state.pairingId, id, { ...retain, ...op.remote });
    await waitTask(op, task, force ? "delete" : "unconfigure");
  }
}

// ---- steps ----

async function liveFailures(op: ReplicationOp): Promise<{ property: string; reason: string }[]> {
  try {
    return await inventoryFailures(op.client, op.inputs);
  } catch (err) {
    // Unreachable or refused: create will say so with the VRMS's own words.
    op.progress.note(
      `could not check the inventory at preview: ${err instanceof Error ? err.message : String(err)}`,
    );
    return [];
  }
}

/** The replication of the declared VM on this pairing, if one exists. */
async function existingFor(op: ReplicationOp): Promise<ReplicationInfo | undefined> {
  return op.client.replications.findForVm(op.inputs.pairingId, op.inputs.vmId, op.remote);
}

/**
 * Adopted when asked; recovered when its configure task (still listed, finished within the
 * create time-out) made it: an earlier run of this create died after posting it.
 */
async function ownershipOf(
  op: ReplicationOp,
  existing: ReplicationInfo,
): Promise<ReplicationOwnership> {
  if (op.inputs.adoptExisting) return "adopted";
  const now = op.client.vrmsNow() ?? Date.now();
  const window = timeoutMs(op.inputs.timeouts, "create");
  const ours = (await op.client.listTasks()).some(
    (t) =>
      isReplicationTaskOf(t, "configure") &&
      sameId(t.entity, op.inputs.vmId) &&
      t.status === "SUCCESS" &&
      sameId(replicationIdOfTask(t), existing.id) &&
      (t.queued_time ?? 0) >= now - window,
  );
  if (ours) {
    op.progress.note(
      `warning: replication ${existing.id} was made by an earlier run of this create; taking it over`,
    );
    return "recovered";
  }
  throw new ReplicationExistsError(op.inputs.vmId, String(existing.id), op.inputs.pairingId);
}

async function postConfigure(op: ReplicationOp, sourceVcId: string): Promise<Task> {
  const vm = (await sourceVms(op.client, op.inputs.pairingId, sourceVcId)).find(
    (v) => v.id === op.inputs.vmId,
  );
  const disks =
    vm?.disks ??
    (await op.client.replications.listVmDisks(op.inputs.pairingId, sourceVcId, op.inputs.vmId));
  // Creates of one run that reach this point together share one POST.
  return op.client.replications.configureOne(
    op.inputs.pairingId,
    configureSpecOf(op.inputs, disks),
    op.remote,
  );
}

/**
 * Brings the replication to the declared settings: reconfigure when asked (or when adopting),
 * pause or resume to match `paused`, sync a replication in error or violating its RPO.
 */
async function converge(
  op: ReplicationOp,
  id: string,
  /** What is known of it: adopted (read), just configured by this create, or nothing. */
  known: ReplicationInfo | "configured" | null,
  recorded: Recorded,
  reconfigure = known !== null && known !== "configured",
): Promise<{ id: string; outs: ReplicationOutputs }> {
  const r = op.client.replications;
  const pairingId = op.inputs.pairingId;
  let last: LastTask | null = recorded.lastTask;
  const run = async (task: Task, operation: string) => {
    last = mapTask(await waitTask(op, task, operation), operation);
  };
  // Just configured by this create: running, not paused, made for this VM on this VRMS.
  const fresh: ReplicationInfo = { id, last_sync_time: 0, status: { status: "OK" } };
  let info = known === "configured" ? fresh : (known ?? (await readOrFail(op, id)));
  if (known !== "configured")
    await checkIdentity(op, { ...op.inputs, vrmsId: recorded.vrmsId }, info);
  if (reconfigure) {
    const disks = await r.listDisks(pairingId, id, op.remote);
    const vmDisks = disks.map((d) => d.vm_disk).filter((d): d is NonNullable<typeof d> => !!d);
    await run(
      await r.reconfigure(pairingId, id, settingsOf(op.inputs, vmDisks), op.remote),
      "reconfigure",
    );
  }
  const status = info.status?.status;
  if (op.inputs.paused && status !== "PAUSED")
    await run(await r.pause(pairingId, id, op.remote), "pause");
  if (!op.inputs.paused && status === "PAUSED")
    await run(await r.resume(pairingId, id, op.remote), "resume");
  if (!op.inputs.paused && (status === "ERROR" || info.status?.rpo_violation))
    await run(await r.sync(pairingId, id), "sync");
  info = await readOrFail(op, id);
  return { id, outs: outputsOf(op.inputs, info, { ...recorded, lastTask: last }) };
}

async function readOrFail(op: ReplicationOp, id: string): Promise<ReplicationInfo> {
  const info = await op.client.replications.get(op.inputs.pairingId, id, op.remote);
  if (!info) throw new Error(`replication ${id} is gone from pairing ${op.inputs.pairingId}`);
  return info;
}

/** The replication at the id is for the declared VM, on the VRMS recorded at create. */
async function checkIdentity(
  op: ReplicationOp,
  declared: Pick<ReplicationOutputs, "vmId" | "vrmsId">,
  info: ReplicationInfo,
): Promise<void> {
  // vm_id is null once the source VM is deleted: the replication is still the recorded one.
  if (info.vm_id && !sameId(info.vm_id, declared.vmId)) {
    throw new ReplicationIdentityError(
      `Replication ${info.id} replicates VM ${info.vm_id}, not the declared ${declared.vmId}`,
    );
  }
  if (!declared.vrmsId) return;
  const site = await localSite(op.client);
  if (site.vrmsId && !sameId(site.vrmsId, declared.vrmsId)) {
    throw new ReplicationIdentityError(
      `${op.client.baseUrl} is VRMS ${site.vrmsId}, not VRMS ${declared.vrmsId} that holds replication ${info.id}`,
    );
  }
}

async function waitTask(op: ReplicationOp, task: Task, operation: string): Promise<Task> {
  const progress = op.reporter(operation);
  const done = await op.client.waitForTask(task, {
    timeoutMs: op.remaining(),
    onProgress: (t) => progress.update(t),
  });
  progress.finish(done);
  return done;
}

function recordedOf(state: ReplicationOutputs): Recorded {
  return {
    vrmsId: state.vrmsId ?? null,
    sourceVcId: state.sourceVcId ?? null,
    lastTask: state.lastTask ?? null,
    ownership: state.ownership ?? null,
  };
}

/** The replication exists but a later step failed: state keeps it, the next `up` goes on. */
function partial(
  op: ReplicationOp,
  id: string,
  recorded: Recorded,
  err: unknown,
  done: string,
): Error {
  if (err instanceof ReplicationIdentityError) return err;
  const failed = err instanceof VrmsTaskFailedError || err instanceof VrmsTaskCancelledError;
  const message = err instanceof Error ? err.message : String(err);
  const props: EngineProps = toPlainJson({
    ...op.inputs,
    ...recorded,
    replicationId: id,
    vmName: null,
    status: null,
    health: "unknown",
    rpoViolationMinutes: 0,
    lastSyncTime: null,
    problems: [message],
    ...(op.provider === undefined ? {} : { __provider: op.provider }),
  });
  return new PartialReplicationError(
    `Replication ${id} is ${done}, but ${failed ? "a task failed" : "a step did not finish"}: ${message}. It is kept in state; the next \`pulumi up\` goes on from there.`,
    id,
    props,
  );
}

function sameValue(key: string, a: unknown, b: unknown): boolean {
  if (key === "vrmsUrl" && typeof a === "string" && typeof b === "string") {
    return normalizeBaseUrl(a) === normalizeBaseUrl(b);
  }
  if (typeof a === "string" && typeof b === "string") return sameId(a, b);
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
