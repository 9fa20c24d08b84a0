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
import { tableCheck } from "../check";
import { vrmsUrlOf } from "../diff-facts";
import { inputParser } from "../fields/parse";
import { containsUnknown } from "../fields/unknown";
import { type EngineProps, providerOf } from "../inputs";
import { type LastTask, mapTask, toPlainJson } from "../outputs";
import { postedByAnother, postedByThis, recordPost } from "../adoptions";
import { HOST_SERVICES, type ProviderServices } from "../services";
import { ReplicationOp } from "./context";
import {
  ConfigureInFlightError,
  DuplicateReplicationError,
  PartialReplicationError,
  ReplicationExistsError,
  ReplicationIdentityError,
} from "./errors";
import { diffReplication, recordsOnly } from "./diff";
import { VR_REPLICATION } from "./fields";
import { type ReplicationInputs, readReplicationInputs } from "./inputs";
import { inventoryFailures, localSite, sourceVms } from "./inventory";
import { configureSpecOf, reconfiguredKeys, settingsOf } from "./spec";
import { type ReplicationOutputs, outputsOf, readReplicationState } from "./state";

type Recorded = Pick<ReplicationOutputs, "vrmsId" | "sourceVcId" | "lastTask" | "ownership">;

/** The table's parse (its reasons name their property, as the inventory's do), then the connection. */
const checkTable = tableCheck(
  inputParser(VR_REPLICATION.resource, VR_REPLICATION.inputs, { namedReasons: true }),
);

export class VrReplicationProvider implements pulumi.dynamic.ResourceProvider<
  ReplicationInputs,
  ReplicationOutputs
> {
  constructor(private readonly services: ProviderServices = HOST_SERVICES) {}

  /** The table's checks, then (when every value is known) the inventory. */
  async check(_olds: EngineProps, news: EngineProps): Promise<pulumi.dynamic.CheckResult> {
    const { inputs, failures } = checkTable(news);
    // Unknown values (the pairing or a datastore not made yet) are checked once known.
    if (failures.length > 0 || containsUnknown(inputs)) return { inputs, failures };
    const op = new ReplicationOp(this.services, inputs as ReplicationInputs, "read");
    return { inputs, failures: await liveFailures(op) };
  }

  async diff(
    _id: string,
    olds: EngineProps,
    news: EngineProps,
  ): Promise<pulumi.dynamic.DiffResult> {
    return diffReplication(
      readReplicationState(olds),
      readReplicationInputs(news),
      vrmsUrlOf(news),
    );
  }

  async create(props: EngineProps): Promise<{ id: string; outs: ReplicationOutputs }> {
    const op = new ReplicationOp(
      this.services,
      readReplicationInputs(props),
      "create",
      "configure",
      providerOf(props),
    );
    const site = await localSite(op.client);
    const base = { vrmsId: site.vrmsId, sourceVcId: site.vcId };
    const existing = await existingFor(op);
    if (existing) return adoptOrRefuse(op, existing, base);
    const inFlight = await configureInFlight(op);
    const task = inFlight ?? (await postConfigure(op, site.vcId ?? ""));
    const done = await waitTask(op, task, "configure");
    const id = replicationIdOfTask(done);
    if (!id) throw new Error(`configure task ${done.id} succeeded without naming the replication`);
    const recorded: Recorded = {
      ...base,
      lastTask: mapTask(done, "configure"),
      ownership: inFlight && op.inputs.adoptExisting === true ? "adopted" : "created",
    };
    try {
      return await converge(op, id, "configured", recorded);
    } catch (err) {
      throw partial(op, id, recorded, err, "configured");
    }
  }

  async read(id: string, props?: EngineProps): Promise<{ id: string; props: ReplicationOutputs }> {
    const state = readReplicationState(props ?? {});
    const op = new ReplicationOp(this.services, state, "read");
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
    const op = new ReplicationOp(
      this.services,
      readReplicationInputs(news),
      "update",
      "update",
      providerOf(news),
    );
    const recorded = recordedOf(state);
    if (recordsOnly(state, op.echo)) return { outs: { ...state, ...op.echo } };
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
      this.services,
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
 * The VM is replicated already: adopted only when asked (adoptExisting: true), otherwise
 * refused, naming the replication, when its configure ran (if the VRMS still lists that task)
 * and the line that adopts it. A time window cannot tell a run that died from another stack.
 */
async function adoptOrRefuse(
  op: ReplicationOp,
  existing: ReplicationInfo,
  base: Pick<Recorded, "vrmsId" | "sourceVcId">,
): Promise<{ id: string; outs: ReplicationOutputs }> {
  const id = String(existing.id);
  if (op.inputs.adoptExisting !== true) {
    const configured = await configureTaskOf(op, id);
    throw new ReplicationExistsError(
      op.inputs.vmId,
      id,
      op.inputs.pairingId,
      configured && mapTask(configured, "configure"),
    );
  }
  op.progress.note(`adopting replication ${id} of ${op.inputs.vmId} (adoptExisting: true)`);
  return converge(op, id, existing, { ...base, lastTask: null, ownership: "adopted" });
}

/** The configure task that made this replication, while the VRMS still lists it. */
async function configureTaskOf(op: ReplicationOp, id: string): Promise<Task | undefined> {
  return (await op.client.listTasks()).find(
    (t) =>
      isReplicationTaskOf(t, "configure") &&
      sameId(t.entity, op.inputs.vmId) &&
      sameId(replicationIdOfTask(t), id),
  );
}

/**
 * A configure of the declared VM still QUEUED or RUNNING, never posted a second time. This
 * resource's own post in this deployment is resumed; another resource's of this deployment is
 * a duplicate declaration; anything else (a run that was stopped, another stack) is waited for
 * and adopted only when asked (adoptExisting: true).
 */
async function configureInFlight(op: ReplicationOp): Promise<Task | undefined> {
  const { vmId, resourceName, adoptExisting } = op.inputs;
  const task = await op.client.replications.findConfigureInFlight(vmId);
  if (!task) return undefined;
  if (postedByThis(op.conn.url, task.id, resourceName)) return task;
  const sibling = postedByAnother(op.conn.url, task.id, resourceName);
  if (sibling) throw new DuplicateReplicationError(op.name, sibling, vmId, task.id);
  if (adoptExisting !== true) {
    throw new ConfigureInFlightError(
      vmId,
      task.id,
      op.inputs.pairingId,
      mapTask(task, "configure"),
    );
  }
  op.progress.note(
    `a configure of ${vmId} is still ${task.status} (task ${task.id}); waiting for it and ` +
      "adopting the replication it makes (adoptExisting: true)",
  );
  return task;
}

async function postConfigure(op: ReplicationOp, sourceVcId: string): Promise<Task> {
  const vm = (await sourceVms(op.client, op.inputs.pairingId, sourceVcId)).find(
    (v) => v.id === op.inputs.vmId,
  );
  const disks =
    vm?.disks ??
    (await op.client.replications.listVmDisks(op.inputs.pairingId, sourceVcId, op.inputs.vmId));
  // Creates of one run that reach this point together share one POST.
  const task = await op.client.replications.configureOne(
    op.inputs.pairingId,
    configureSpecOf(op.inputs, disks),
    op.remote,
  );
  recordPost(op.conn.url, task.id, op.inputs.resourceName);
  return task;
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
  let info = known === "configured" ? fresh : (known ?? (await readOrFail(op, id, recorded)));
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
  info = await readOrFail(op, id, recorded);
  return { id, outs: outputsOf(op.echo, info, { ...recorded, lastTask: last }) };
}

async function readOrFail(
  op: ReplicationOp,
  id: string,
  { vrmsId }: Pick<Recorded, "vrmsId">,
): Promise<ReplicationInfo> {
  const info = await op.client.replications.get(op.inputs.pairingId, id, op.remote);
  if (info) return info;
  // Not found on another VRMS (a new address) is no proof that it is gone.
  await checkVrms(op, vrmsId, id);
  throw new Error(`replication ${id} is gone from pairing ${op.inputs.pairingId}`);
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
  await checkVrms(op, declared.vrmsId, String(info.id));
}

/** The VRMS answering is the one recorded at create (when one was). */
async function checkVrms(op: ReplicationOp, vrmsId: string | null, id: string): Promise<void> {
  if (!vrmsId) return;
  const site = await localSite(op.client);
  if (site.vrmsId && !sameId(site.vrmsId, vrmsId)) {
    throw new ReplicationIdentityError(
      `${op.client.baseUrl} is VRMS ${site.vrmsId}, not VRMS ${vrmsId} that holds replication ${id}`,
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
    ...op.echo,
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
