// Replications and the inventory they are built from, on the same request path as pairings
// (session, retry, request budget, 429 pauses) and the same task waiter: `client.replications`.
//
// Every call that starts a task (configure, reconfigure, pause, resume, sync, unconfigure,
// delete) is sent once: after an answer that leaves its effect unknown (a 5xx, a dropped
// connection), the task list is searched for the task the earlier attempt started before it
// is sent again. Calls the vendor's remote-site contract refuses without a remote session
// (configure, reconfigure, pause, resume, unconfigure, and reads of the remote vCenter) take
// the remote site's credentials as `remote`: the remote session is opened first, and once more
// if the VRMS says it has none.
import { VrmsHttpError, VrmsNotFoundError } from "./vrms-errors";
import type { Send } from "./http";
import { forEachPage, listAll, queryParams } from "./paging";
import { REMOTE_SESSION_REQUIRED, REMOTE_SITE_NOT_AUTHENTICATED, partialDataOf } from "./partial";
import { sameId } from "./pairing";
import { InFlightBatcher, REPLICATION_GATHER, type GatherOptions } from "./replication-batch";
import type {
  ConfigureReplicationSpec,
  CountDataEntity,
  Datastore,
  ReconfigureReplicationSpec,
  ReplicatedVmDisk,
  ReplicationInfo,
  ReplicationInfoEntity,
  StoragePolicy,
  VirtualMachine,
  VmCapabilitiesEntity,
  VmDisk,
} from "./replication-wire";
import type { RemoteCredentials, RemoteSessions } from "./remote-session";
import type { RequestPath } from "./request";
import { isTaskUnfinished } from "./task";
import type { TaskReads } from "./task-reads";
import type { IssueInfo, ListQuery, Metadata, MetaError, Task, TaskList } from "./wire";

const enc = encodeURIComponent;

/** What a user asks of a replication; each starts a task. */
export type ReplicationAction =
  "configure" | "reconfigure" | "pause" | "resume" | "sync" | "unconfigure" | "destroy";

/** The VRMS names the action in a task's description ("Pause replication") or description_id. */
export function isReplicationTaskOf(t: Task, action: ReplicationAction): boolean {
  const text = `${t.description ?? ""} ${t.description_id ?? ""}`.toLowerCase();
  const word = action === "sync" ? "(sync|synchronize)" : action;
  return /replication/.test(text) && new RegExp(`(^|[^a-z])${word}([^a-z]|$)`).test(text);
}

/** The replication id a finished configure (or action) task names in its result. */
export function replicationIdOfTask(task: Task): string | undefined {
  const id = task.result?.replication_id;
  return typeof id === "string" && id.trim() !== "" ? id : undefined;
}

export interface RemoteOption {
  remote?: RemoteCredentials;
}

export interface ReplicationListOptions extends RemoteOption {
  query?: ListQuery;
  /** Only replications from this vCenter (source_vc_guid). */
  sourceVcId?: string;
  /** Asks for sync progress too (extended_info; slower on a real VRMS). */
  extendedInfo?: boolean;
}

export interface RetainOption {
  /** Keep the replica disks on the target datastore (retain_replica_disks). */
  retainReplicaDisks?: boolean;
}

/** What an unsafe replication request changes: how its task is recognised in the task list. */
interface ReplicationEffect {
  action: ReplicationAction;
  /** configure: the VMs' ids (the task's entity); the others: the replication id. */
  entities: string[];
}

/** What the sub-client needs of its VrmsClient. */
export interface ReplicationClientDeps {
  path: RequestPath;
  tasks: TaskReads;
  baseUrl: string;
  assertUsable(): void;
  addSecret(secret: string | undefined): void;
}

export class ReplicationClient {
  private readonly send: Send;
  private readonly remote: RemoteSessions;
  /** Task ids handed out, so a look-up never answers two requests with one task. */
  private readonly claimed = new Set<string>();
  /** When the batchers below send: after a quiet moment, and when the budget has room. */
  private readonly gather: GatherOptions;
  /** Per pairing: reads by id gathered together share a filtered list (get). */
  private readonly reads = new Map<string, InFlightBatcher<string, ReplicationInfoEntity | null>>();
  /** Per pairing: look-ups by VM gathered together share one list (findForVm). */
  private readonly byVm = new Map<string, InFlightBatcher<string, ReplicationInfo | undefined>>();
  /** Per pairing: configure calls gathered together share a POST (configureOne). */
  private readonly configures = new Map<string, InFlightBatcher<ConfigureReplicationSpec, Task>>();
  /** Configure-in-flight checks gathered together share one list of unfinished tasks. */
  private readonly configuresInFlight: InFlightBatcher<string, Task | undefined>;

  constructor(private readonly deps: ReplicationClientDeps) {
    this.send = deps.path.send;
    this.remote = deps.path.remote;
    this.gather = { ...REPLICATION_GATHER, ready: () => deps.path.rateLimit.idle() };
    this.configuresInFlight = new InFlightBatcher(async (vmIds) => {
      const tasks = await this.deps.tasks.listUnfinished();
      return vmIds.map((vmId) => oldestConfigureOf(tasks, vmId));
    }, this.gather);
  }

  // ---- inventory ----

  /** VMs of a vCenter of the pairing (`suitableForReplication`: only those that can be configured). */
  async listVms(
    pairingId: string,
    vcenterId: string,
    options?: { suitableForReplication?: boolean; query?: ListQuery } & RemoteOption,
  ): Promise<VirtualMachine[]> {
    const params = queryParams(options?.query);
    if (options?.suitableForReplication) params.set("suitable_for_replication", "true");
    return this.readVcenter(pairingId, options, () =>
      this.all<VirtualMachine>(`${vcPath(pairingId, vcenterId)}/vms`, params),
    );
  }

  async listVmDisks(
    pairingId: string,
    vcenterId: string,
    vmId: string,
    options?: RemoteOption,
  ): Promise<VmDisk[]> {
    return this.readVcenter(pairingId, options, () =>
      this.all<VmDisk>(`${vcPath(pairingId, vcenterId)}/vms/${enc(vmId)}/disks`),
    );
  }

  async getVmCapability(
    pairingId: string,
    vcenterId: string,
    vmId: string,
    options?: RemoteOption,
  ): Promise<VmCapabilitiesEntity> {
    return this.readVcenter(pairingId, options, () =>
      this.read<VmCapabilitiesEntity>(
        `${vcPath(pairingId, vcenterId)}/vms/${enc(vmId)}/capability`,
      ),
    );
  }

  /** Datastores a replica can go to on this vCenter, with capacity and free space (bytes). */
  async listDatastores(
    pairingId: string,
    vcenterId: string,
    options?: { query?: ListQuery } & RemoteOption,
  ): Promise<Datastore[]> {
    return this.readVcenter(pairingId, options, () =>
      this.all<Datastore>(
        `${vcPath(pairingId, vcenterId)}/datastores`,
        queryParams(options?.query),
      ),
    );
  }

  async listStoragePolicies(
    pairingId: string,
    vcenterId: string,
    options?: { query?: ListQuery } & RemoteOption,
  ): Promise<StoragePolicy[]> {
    return this.readVcenter(pairingId, options, () =>
      this.all<StoragePolicy>(
        `${vcPath(pairingId, vcenterId)}/storage-policies`,
        queryParams(options?.query),
      ),
    );
  }

  // ---- replications: reads ----

  /** Every replication of the pairing (all pages). */
  async list(pairingId: string, options?: ReplicationListOptions): Promise<ReplicationInfo[]> {
    return (await this.listWithMeta(pairingId, options)).list;
  }

  /** The list with its `_meta.errors` (non-empty: partial, see partialDataOf). */
  async listWithMeta(
    pairingId: string,
    options?: ReplicationListOptions,
  ): Promise<{ list: ReplicationInfo[]; _meta: { errors: MetaError[] } }> {
    const params = queryParams(options?.query);
    if (options?.sourceVcId) params.set("source_vc_guid", options.sourceVcId);
    if (options?.extendedInfo) params.set("extended_info", "true");
    return this.withRemoteRead(pairingId, options, () =>
      this.collect<ReplicationInfo>(`${replPath(pairingId)}`, params),
    );
  }

  /** How many replications the pairing carries (full data whatever the remote site's state). */
  async count(pairingId: string): Promise<number> {
    const data = await this.read<CountDataEntity>(`${replPath(pairingId)}/count`);
    return data.count;
  }

  async listIssues(
    pairingId: string,
    options?: { sourceVcId?: string } & RemoteOption,
  ): Promise<{ list: IssueInfo[]; _meta: { errors: MetaError[] } }> {
    const params = new URLSearchParams();
    if (options?.sourceVcId) params.set("source_vc_guid", options.sourceVcId);
    return this.withRemoteRead(pairingId, options, () =>
      this.collect<IssueInfo>(`${replPath(pairingId)}/issues`, params),
    );
  }

  /**
   * 404 → null. Calls for one pairing gathered together (see GatherOptions) share one
   * `GET …/replications?filter_property=id&filter=…` (a lone call stays
   * `GET …/replications/{id}`).
   */
  async get(
    pairingId: string,
    replicationId: string,
    options?: RemoteOption,
  ): Promise<ReplicationInfoEntity | null> {
    return this.withRemoteRead(pairingId, options, () =>
      this.batcherFor(pairingId).call(replicationId),
    );
  }

  /**
   * The replication of this VM on the pairing, if any. Look-ups gathered together share one
   * list of the pairing's replications, never one that started before the call.
   */
  async findForVm(
    pairingId: string,
    vmId: string,
    options?: RemoteOption,
  ): Promise<ReplicationInfo | undefined> {
    let lookups = this.byVm.get(pairingId);
    if (!lookups) {
      lookups = new InFlightBatcher(async (vmIds) => {
        const list = await this.list(pairingId, options);
        return vmIds.map((vmId) => list.find((r) => sameId(r.vm_id, vmId)));
      }, this.gather);
      this.byVm.set(pairingId, lookups);
    }
    this.deps.assertUsable();
    return lookups.call(vmId);
  }

  private batcherFor(pairingId: string): InFlightBatcher<string, ReplicationInfoEntity | null> {
    let batcher = this.reads.get(pairingId);
    if (!batcher) {
      batcher = new InFlightBatcher(async (ids) => {
        const unique = [...new Set(ids)];
        if (unique.length === 1) {
          const one = await this.getAlone(pairingId, unique[0]);
          return ids.map(() => one);
        }
        const found = await this.getMany(pairingId, unique);
        if (found) return ids.map((id) => found.get(id) ?? null);
        // A VRMS that cannot filter by id: one read each.
        return Promise.all(ids.map((id) => this.getAlone(pairingId, id)));
      }, this.gather);
      this.reads.set(pairingId, batcher);
    }
    return batcher;
  }

  private async getAlone(pairingId: string, id: string): Promise<ReplicationInfoEntity | null> {
    try {
      return await this.getPath<ReplicationInfoEntity>(`${replPath(pairingId)}/${enc(id)}`);
    } catch (err) {
      if (err instanceof VrmsNotFoundError) return null;
      throw err;
    }
  }

  /** Rows of one filtered list, each with the list's `_meta.errors` for its row as its own. */
  private async getMany(
    pairingId: string,
    ids: string[],
  ): Promise<Map<string, ReplicationInfoEntity> | undefined> {
    const params = queryParams({
      filter_property: "id",
      filter: ids,
      limit: Math.max(100, ids.length),
    });
    const found = new Map<string, ReplicationInfoEntity>();
    try {
      await forEachPage<ReplicationInfo>(
        this.send,
        this.deps.baseUrl,
        replPath(pairingId),
        params,
        (items, meta) => {
          items.forEach((r, i) => {
            if (!r?.id) return;
            const prefix = `$.list[${i}].`;
            const errors = (meta?.errors ?? [])
              .filter((e) => typeof e?.field === "string" && e.field.startsWith(prefix))
              .map((e) => ({ ...e, field: `$.${e.field.slice(prefix.length)}` }));
            found.set(r.id, { ...r, _meta: { errors } });
          });
        },
      );
    } catch (err) {
      if (err instanceof VrmsHttpError && err.status === 400) return undefined;
      throw err;
    }
    return found;
  }

  async listDisks(
    pairingId: string,
    replicationId: string,
    options?: RemoteOption,
  ): Promise<ReplicatedVmDisk[]> {
    return (
      await this.withRemoteRead(pairingId, options, () =>
        this.collect<ReplicatedVmDisk>(
          `${replPath(pairingId)}/${enc(replicationId)}/disks`,
          new URLSearchParams(),
        ),
      )
    ).list;
  }

  // ---- replications: tasks ----

  /** One task per spec, in order. Never sent twice blindly. */
  async configure(
    pairingId: string,
    specs: ConfigureReplicationSpec[],
    options?: RemoteOption,
  ): Promise<Task[]> {
    const effect: ReplicationEffect = { action: "configure", entities: specs.map((s) => s.vm_id) };
    return this.withRemoteSession(pairingId, options, async () => {
      const data = await this.deps.path.sendOnceFinding<ReplicationEffect, TaskList>(
        { method: "POST", path: replPath(pairingId), body: specs, label: "configure replications" },
        effect,
        (e, notBefore) => this.findList(e, notBefore),
        (list) => (list.list ?? []).forEach((t) => this.claim(t)),
      );
      return data.list ?? [];
    });
  }

  /**
   * One VM's configure; calls for the same pairing gathered together (see GatherOptions) share
   * one POST (its list of tasks split among them). Never sent twice blindly.
   */
  async configureOne(
    pairingId: string,
    spec: ConfigureReplicationSpec,
    options?: RemoteOption,
  ): Promise<Task> {
    this.deps.assertUsable();
    const creds = options?.remote;
    if (creds) {
      this.deps.addSecret(creds.password);
      await this.remote.ensure(pairingId, creds);
    }
    let batcher = this.configures.get(pairingId);
    if (!batcher) {
      batcher = new InFlightBatcher(
        (specs) => this.configure(pairingId, specs, options),
        this.gather,
      );
      this.configures.set(pairingId, batcher);
    }
    return batcher.call(spec);
  }

  async reconfigure(
    pairingId: string,
    replicationId: string,
    spec: ReconfigureReplicationSpec,
    options?: RemoteOption,
  ): Promise<Task> {
    return this.action(pairingId, replicationId, "reconfigure", { body: spec }, options);
  }

  async pause(pairingId: string, replicationId: string, options?: RemoteOption): Promise<Task> {
    return this.action(pairingId, replicationId, "pause", {}, options);
  }

  async resume(pairingId: string, replicationId: string, options?: RemoteOption): Promise<Task> {
    return this.action(pairingId, replicationId, "resume", {}, options);
  }

  /** A new image now; repairs an error or an RPO violation. Needs no remote session. */
  async sync(pairingId: string, replicationId: string): Promise<Task> {
    return this.action(pairingId, replicationId, "sync", {}, undefined);
  }

  /** Removes the replication on both sites (the remote site must answer). */
  async unconfigure(
    pairingId: string,
    replicationId: string,
    options?: RetainOption & RemoteOption,
  ): Promise<Task> {
    return this.action(
      pairingId,
      replicationId,
      "unconfigure",
      { query: retainQuery(options) },
      options,
    );
  }

  /**
   * The vendor's DELETE: removes the replication on this site only, whatever the remote
   * site's state. For a remote site that is gone; otherwise unconfigure.
   */
  async destroy(pairingId: string, replicationId: string, options?: RetainOption): Promise<Task> {
    return this.action(
      pairingId,
      replicationId,
      "destroy",
      { query: retainQuery(options) },
      undefined,
    );
  }

  /**
   * The configure task for this VM still QUEUED or RUNNING (a run stopped after its POST):
   * waiting for it beats posting a second configure, which would fail as already configured.
   * Checks gathered together share one list of unfinished tasks.
   */
  async findConfigureInFlight(vmId: string): Promise<Task | undefined> {
    return this.configuresInFlight.call(vmId);
  }

  /** A task of this action on this replication still QUEUED or RUNNING. */
  async findActionInFlight(
    replicationId: string,
    action: ReplicationAction,
  ): Promise<Task | undefined> {
    const tasks = await this.deps.tasks.listUnfinished();
    return tasks.find(
      (t) =>
        isTaskUnfinished(t) && isReplicationTaskOf(t, action) && sameId(t.entity, replicationId),
    );
  }

  // ---- the machinery ----

  private action(
    pairingId: string,
    replicationId: string,
    action: Exclude<ReplicationAction, "configure">,
    req: { body?: unknown; query?: URLSearchParams },
    options: RemoteOption | undefined,
  ): Promise<Task> {
    const path =
      action === "destroy"
        ? `${replPath(pairingId)}/${enc(replicationId)}`
        : `${replPath(pairingId)}/${enc(replicationId)}/actions/${action}`;
    const effect: ReplicationEffect = { action, entities: [replicationId] };
    const send = () =>
      this.deps.path.sendOnceFinding<ReplicationEffect, Task>(
        {
          method: action === "destroy" ? "DELETE" : "POST",
          path,
          ...(req.body !== undefined ? { body: req.body } : {}),
          ...(req.query ? { query: req.query } : {}),
          label: `${action} replication`,
        },
        effect,
        async (e, notBefore) => (await this.findTasks(e, notBefore))[0],
        (t) => this.claim(t),
      );
    return this.withRemoteSession(pairingId, options, send);
  }

  /** The tasks an earlier attempt started, one per entity, or undefined if it left none. */
  private async findList(
    effect: ReplicationEffect,
    notBefore: number,
  ): Promise<TaskList | undefined> {
    const found = await this.findTasks(effect, notBefore);
    // One request starts all its tasks at once: a trace of one is a trace of the request.
    return found.length > 0 ? { list: found } : undefined;
  }

  private async findTasks(effect: ReplicationEffect, notBefore: number): Promise<Task[]> {
    const tasks = await listAll<Task>(this.deps.path.lookupSend, this.deps.baseUrl, "/tasks");
    const candidates = tasks
      .filter((t) => isReplicationTaskOf(t, effect.action) && !this.claimed.has(t.id))
      .filter((t) => t.queued_time == null || t.queued_time >= notBefore)
      .sort((a, b) => (b.queued_time ?? 0) - (a.queued_time ?? 0));
    const out: Task[] = [];
    for (const entity of effect.entities) {
      const match = candidates.find((t) => sameId(t.entity, entity) && !out.includes(t));
      if (match) out.push(match);
    }
    out.forEach((t) => this.claim(t));
    return out;
  }

  private claim(task: Task): void {
    if (!task?.id) return;
    this.claimed.add(task.id);
    this.deps.path.claimTask(task);
    if (this.claimed.size > 5000) this.claimed.delete(this.claimed.values().next().value as string);
  }

  /**
   * A call the remote-site contract refuses without a remote session: with `remote`, the
   * remote session is opened first, and again (then the call resent) if the VRMS refused it
   * for want of one (refused before acting: safe to send again).
   */
  private async withRemoteSession<T>(
    pairingId: string,
    options: RemoteOption | undefined,
    call: () => Promise<T>,
  ): Promise<T> {
    this.deps.assertUsable();
    const creds = options?.remote;
    if (!creds) return call();
    this.deps.addSecret(creds.password);
    await this.remote.ensure(pairingId, creds);
    try {
      return await call();
    } catch (err) {
      if (!isRemoteSessionRefusal(err)) throw err;
      this.remote.forget(pairingId);
      await this.remote.ensure(pairingId, creds);
      return call();
    }
  }

  /** A read of the remote vCenter: refused (400) without a remote session. */
  private readVcenter<T>(
    pairingId: string,
    options: RemoteOption | undefined,
    read: () => Promise<T>,
  ): Promise<T> {
    return this.withRemoteSession(pairingId, options, read);
  }

  /** A PARTIAL_DATA read: with `remote`, read again after a new remote session if it was partial for want of one. */
  private async withRemoteRead<T extends { _meta?: Metadata | null } | null>(
    pairingId: string,
    options: RemoteOption | undefined,
    read: () => Promise<T>,
  ): Promise<T> {
    this.deps.assertUsable();
    const creds = options?.remote;
    if (!creds) return read();
    this.deps.addSecret(creds.password);
    await this.remote.ensure(pairingId, creds);
    const first = await read();
    if (!partialDataOf(first)?.remoteSessionMissing) return first;
    this.remote.forget(pairingId);
    await this.remote.ensure(pairingId, creds);
    return read();
  }

  private async all<T>(path: string, params = new URLSearchParams()): Promise<T[]> {
    return (await this.collect<T>(path, params)).list;
  }

  private async collect<T>(
    path: string,
    params: URLSearchParams,
  ): Promise<{ list: T[]; _meta: { errors: MetaError[] } }> {
    this.deps.assertUsable();
    const list: T[] = [];
    const errors: MetaError[] = [];
    await forEachPage<T>(this.send, this.deps.baseUrl, path, params, (items, meta) => {
      list.push(...items);
      errors.push(...(meta?.errors ?? []));
    });
    return { list, _meta: { errors } };
  }

  private async read<T>(path: string): Promise<T> {
    this.deps.assertUsable();
    return this.getPath<T>(path);
  }

  private async getPath<T>(path: string): Promise<T> {
    return (await this.send<T>({ method: "GET", path })).data;
  }
}

/** The oldest unfinished configure task of this VM among `tasks`. */
function oldestConfigureOf(tasks: Task[], vmId: string): Task | undefined {
  return tasks
    .filter(
      (t) => isTaskUnfinished(t) && isReplicationTaskOf(t, "configure") && sameId(t.entity, vmId),
    )
    .sort((a, b) => (a.queued_time ?? 0) - (b.queued_time ?? 0))[0];
}

function replPath(pairingId: string): string {
  return `/pairings/${enc(pairingId)}/replications`;
}

function vcPath(pairingId: string, vcenterId: string): string {
  return `/pairings/${enc(pairingId)}/vcenters/${enc(vcenterId)}`;
}

function retainQuery(options: RetainOption | undefined): URLSearchParams {
  return new URLSearchParams({
    retain_replica_disks: String(options?.retainReplicaDisks === true),
  });
}

function isRemoteSessionRefusal(err: unknown): boolean {
  return (
    err instanceof VrmsHttpError &&
    err.status === 400 &&
    (err.errorCode === REMOTE_SESSION_REQUIRED || err.errorCode === REMOTE_SITE_NOT_AUTHENTICATED)
  );
}
