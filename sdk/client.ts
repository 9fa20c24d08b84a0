// VrmsClient: the public face of the sdk. Builds the request path (request.ts) and the shared
// task waiter, and maps the REST calls onto them.

import { Coalescer, GetBatcher } from "./coalesce";
import { VrmsError, VrmsHttpError, VrmsNotFoundError } from "./vrms-errors";
import { SafeLogger } from "./logger";
import { resolveOptions, type ResolvedOptions, type VrmsClientOptions } from "./options";
import { forEachPage, queryParams } from "./paging";
import { isSelfPairing, type LocalSite, localSiteOf } from "./pairing";
import { partialDataOf, REMOTE_SESSION_REQUIRED, rowsWithOwnMeta } from "./partial";
import { Redactor } from "./redact";
import type { RemoteCredentials } from "./remote-session";
import { ReplicationClient } from "./replications";
import { RequestPath } from "./request";
import { TaskReads } from "./task-reads";
import { createAgent, describeTrust, trustDecision } from "./tls";
import { TaskWaiter, type WaitOptions } from "./waiter";
import type {
  IssueInfo,
  ListQuery,
  Pairing,
  PairingEntity,
  PairingSpec,
  Metadata,
  MetaError,
  SessionInfo,
  Task,
  TaskEntity,
} from "./wire";
import type * as http from "node:http";

export type { RemoteCredentials } from "./remote-session";

/** For reads and deletes that need the remote site: its SSO credentials, for the remote login. */
export interface RemoteOption {
  remote?: RemoteCredentials;
}

const enc = encodeURIComponent;

export class VrmsClient {
  readonly baseUrl: string;
  private readonly opts: ResolvedOptions;
  private readonly redactor = new Redactor();
  private readonly log: SafeLogger;
  private readonly agent: http.Agent;
  private readonly path: RequestPath;
  private readonly tasks: TaskReads;
  private readonly waiter: TaskWaiter;
  /** Concurrent adoption lookups share one pairing list (started after each of them asked). */
  private readonly pairingLists = new Coalescer<PairingEntity[]>(() => this.listPairings());
  /**
   * Concurrent getPairing calls in one tick share one filtered list request, and so do those
   * made while the request budget holds requests back (they would wait anyway).
   */
  private readonly pairingReads = new GetBatcher<PairingEntity>(
    (id) => this.getPairingAlone(id),
    (ids) => this.listPairingsById(ids),
    () => this.path.rateLimit.idle(),
  );
  private disposed = false;
  private pairingIdFilterWorks = true;
  /** Replications and the inventory they are built from (sdk/replications.ts). */
  readonly replications: ReplicationClient;

  constructor(options: VrmsClientOptions) {
    this.opts = resolveOptions(options);
    this.redactor.add(this.opts.password);
    this.baseUrl = this.opts.baseUrl;
    this.log = new SafeLogger(this.opts.logger, this.redactor);
    const trust = trustDecision(this.opts.tls);
    if (trust.insecure && this.baseUrl.startsWith("https:")) {
      this.log.warn(
        `TLS certificate verification is OFF for ${this.baseUrl} (insecure: true); ` +
          `anyone on the network path can read the VRMS credentials. Pin the thumbprint instead.`,
      );
    } else if (trust.insecure) {
      this.log.warn(
        `plain http:// to ${this.baseUrl} (insecure: true): the VRMS credentials cross the ` +
          `network in clear. Fine for a local simulator only.`,
      );
    }
    this.agent = createAgent(this.baseUrl, trust, this.log);
    this.path = new RequestPath(this.opts, this.agent, this.log, this.redactor);
    this.tasks = new TaskReads(this.path.send, this.baseUrl, this.path.taskClock, this.log);
    const transport = this.path.transport;
    this.waiter = new TaskWaiter(
      this.tasks,
      this.opts.poll,
      this.log,
      (text) => this.redactor.scrub(text),
      () => transport.dateClock.offsetLowerBoundMs,
    );
    this.replications = new ReplicationClient({
      path: this.path,
      tasks: this.tasks,
      baseUrl: this.baseUrl,
      assertUsable: () => this.assertUsable(),
      addSecret: (secret) => this.redactor.add(secret),
    });
    const budget = this.opts.requestBudget;
    this.log.debug(
      `VRMS client for ${this.baseUrl} as ${this.opts.username}, TLS: ${describeTrust(trust)}, ` +
        `request budget: ${budget ? `${budget.requests} per ${budget.windowMs} ms` : "off"}`,
    );
  }

  /** Logins performed so far (diagnostics). */
  get loginCount(): number {
    return this.path.session.loginCount;
  }

  /** Task poll requests issued by the shared waiter so far (diagnostics). */
  get pollRequestCount(): number {
    return this.waiter.pollRequests;
  }

  /** Requests that waited for the budget or a 429 pause so far (diagnostics). */
  get pacedRequestCount(): number {
    return this.path.rateLimit.delayedCount;
  }

  async login(): Promise<void> {
    this.assertUsable();
    await this.path.session.ensure();
  }

  async currentSession(): Promise<SessionInfo> {
    return this.get<SessionInfo>("/session");
  }

  /** Remote-site logins sent so far (diagnostics). */
  get remoteLoginCount(): number {
    return this.path.remote.loginCount;
  }

  /**
   * Logs in to the pairing's remote site now (POST /pairings/{id}/remote-session), even if
   * this session already has a remote session for it or the remote site was held back as
   * unreachable.
   */
  async createRemoteSession(pairingId: string, creds: RemoteCredentials): Promise<void> {
    this.assertUsable();
    this.path.remote.retryNow(pairingId);
    await this.path.remote.ensure(pairingId, creds);
  }

  /**
   * The remote session for the pairing: opened unless this local session already has one
   * (one login per pairing per local session; concurrent callers share it). A new local
   * session opens it again. VrmsRemoteAuthError: the remote credentials were refused;
   * VrmsRemoteSiteUnreachableError: the remote site does not answer (not asked again for a
   * minute).
   */
  async ensureRemoteSession(pairingId: string, creds: RemoteCredentials): Promise<void> {
    this.assertUsable();
    await this.path.remote.ensure(pairingId, creds);
  }

  async getRemoteSession(pairingId: string): Promise<SessionInfo | null> {
    try {
      return await this.get<SessionInfo>(`/pairings/${enc(pairingId)}/remote-session`);
    } catch (err) {
      if (err instanceof VrmsNotFoundError) return null;
      throw err;
    }
  }

  /**
   * All pairings (following paging to the end), the self pairing included; each row carries the
   * list's partial-data marks for it in its own `_meta`, as `GET /pairings/{id}` would.
   */
  async listPairings(query?: ListQuery): Promise<PairingEntity[]> {
    this.assertUsable();
    const out: PairingEntity[] = [];
    await forEachPage<Pairing>(
      this.path.send,
      this.baseUrl,
      "/pairings",
      queryParams(query),
      (items, meta) => out.push(...rowsWithOwnMeta(items, meta)),
    );
    return out;
  }

  /**
   * This VRMS's id and its vCenter's, read from its pairings (every VRMS lists its self
   * pairing); null ids when it lists none. Tells two addresses of one VRMS from two VRMSes.
   */
  async getLocalSite(): Promise<LocalSite> {
    return localSiteOf(await this.listPairings());
  }

  /**
   * 404 → null. Calls made in the same tick share one
   * `GET /pairings?filter_property=pairing_id&filter=…` (a lone call stays `GET /pairings/{id}`).
   */
  async getPairing(pairingId: string, options?: RemoteOption): Promise<PairingEntity | null> {
    this.assertUsable();
    return this.withRemote(pairingId, options, () => this.pairingReads.get(pairingId));
  }

  /**
   * Reads `read` with a remote session when `options.remote` is given: opened first, and
   * once more (then read again) if the answer says this session has none.
   */
  private async withRemote<T extends { _meta?: Metadata | null } | null>(
    pairingId: string,
    options: RemoteOption | undefined,
    read: () => Promise<T>,
  ): Promise<T> {
    const creds = options?.remote;
    if (!creds) return read();
    await this.path.remote.ensure(pairingId, creds);
    const first = await read();
    if (!partialDataOf(first)?.remoteSessionMissing) return first;
    this.path.remote.forget(pairingId);
    await this.path.remote.ensure(pairingId, creds);
    return read();
  }

  private async getPairingAlone(pairingId: string): Promise<PairingEntity | null> {
    try {
      return await this.get<PairingEntity>(`/pairings/${enc(pairingId)}`);
    } catch (err) {
      if (err instanceof VrmsNotFoundError) return null;
      throw err;
    }
  }

  /**
   * The pairings with these ids from one filtered list, each shaped like `GET /pairings/{id}`
   * (list-level `_meta.errors` for its row moved to its own `_meta`); undefined when the
   * server refuses to filter on pairing_id (the caller then reads them one by one).
   */
  private async listPairingsById(ids: string[]): Promise<Map<string, PairingEntity> | undefined> {
    if (!this.pairingIdFilterWorks) return undefined;
    const query = queryParams({
      filter_property: "pairing_id",
      filter: ids,
      limit: Math.max(100, ids.length),
    });
    const found = new Map<string, PairingEntity>();
    try {
      this.assertUsable();
      await forEachPage<Pairing>(
        this.path.send,
        this.baseUrl,
        "/pairings",
        query,
        (items, meta) => {
          for (const p of rowsWithOwnMeta(items, meta))
            if (p.pairing_id) found.set(p.pairing_id, p);
        },
      );
    } catch (err) {
      if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
      this.pairingIdFilterWorks = false;
      this.log.debug("VRMS refused filtering pairings by pairing_id; reading them one by one");
      return undefined;
    }
    return found;
  }

  /**
   * The pairing to this remote vCenter, self pairing skipped. Concurrent lookups share one
   * list, but never one that started before the call (it could miss a pairing the caller
   * just saw created).
   */
  async findPairingByRemoteVcId(vcId: string): Promise<PairingEntity | null> {
    this.assertUsable();
    const want = vcId.toLowerCase();
    const all = await this.pairingLists.run();
    return (
      all.find((p) => !isSelfPairing(p) && (p.remote_vc_server?.id ?? "").toLowerCase() === want) ??
      null
    );
  }

  async getPairingIssues(pairingId: string, options?: RemoteOption): Promise<IssueInfo[]> {
    return (await this.getPairingIssueList(pairingId, options)).list;
  }

  /** The issues with the list's `_meta.errors` (non-empty: partial, see partialDataOf). */
  async getPairingIssueList(
    pairingId: string,
    options?: RemoteOption,
  ): Promise<{ list: IssueInfo[]; _meta: { errors: MetaError[] } }> {
    this.assertUsable();
    const path = `/pairings/${enc(pairingId)}/issues`;
    return this.withRemote(pairingId, options, async () => {
      const list: IssueInfo[] = [];
      const errors: MetaError[] = [];
      await forEachPage<IssueInfo>(
        this.path.send,
        this.baseUrl,
        path,
        queryParams(undefined),
        (items, meta) => {
          list.push(...items);
          errors.push(...(meta?.errors ?? []));
        },
      );
      return { list, _meta: { errors } };
    });
  }

  /** Starts a pairing; answers the server's task. Never sent twice blindly (see recovery.ts). */
  async createPairing(spec: PairingSpec): Promise<Task> {
    this.assertUsable();
    this.redactor.add(spec?.pair_psc_info?.password);
    return this.path.sendOnce(
      { method: "POST", path: "/pairings", body: spec, label: "create pairing" },
      { kind: "create", pairVcId: spec.pair_vc_id, pscHost: spec.pair_psc_info?.url ?? "" },
    );
  }

  async reconnectPairing(pairingId: string, spec: PairingSpec): Promise<Task> {
    this.assertUsable();
    this.redactor.add(spec?.pair_psc_info?.password);
    return this.path.sendOnce(
      {
        method: "POST",
        path: `/pairings/${enc(pairingId)}/actions/reconnect`,
        body: spec,
        label: "reconnect pairing",
      },
      { kind: "reconnect", pairingId },
    );
  }

  /**
   * 404 → VrmsNotFoundError. `force` removes the pairing on this site only; without it the
   * remote site takes part, so with `remote` the remote session is opened first (and again
   * if the VRMS answers REMOTE_SESSION_REQUIRED).
   */
  async deletePairing(
    pairingId: string,
    options?: { force?: boolean } & RemoteOption,
  ): Promise<Task> {
    this.assertUsable();
    const force = options?.force === true;
    const query = new URLSearchParams({ force: String(force) });
    const send = () =>
      this.path.sendOnce(
        { method: "DELETE", path: `/pairings/${enc(pairingId)}`, query, label: "delete pairing" },
        { kind: "delete", pairingId },
      );
    const creds = force ? undefined : options?.remote;
    if (!creds) return send();
    await this.path.remote.ensure(pairingId, creds);
    try {
      return await send();
    } catch (err) {
      if (!(err instanceof VrmsHttpError) || err.errorCode !== REMOTE_SESSION_REQUIRED) throw err;
      this.path.remote.forget(pairingId); // refused before acting: safe to send again
      await this.path.remote.ensure(pairingId, creds);
      return send();
    }
  }

  async getTask(taskId: string): Promise<TaskEntity> {
    this.assertUsable();
    return this.tasks.getTask(taskId);
  }

  async listTasks(query?: ListQuery): Promise<Task[]> {
    this.assertUsable();
    return this.tasks.listTasks(query);
  }

  /**
   * Tasks still QUEUED or RUNNING. Concurrent calls share one list, but never one that started
   * before the call (it could miss a task the caller's sibling just started).
   */
  async listUnfinishedTasks(): Promise<Task[]> {
    this.assertUsable();
    return this.tasks.listUnfinished();
  }

  /** See TaskReads.listCreateTasksFor: how the VRMS's task records say a pairing was made. */
  async listCreateTasksFor(pairingId: string, remoteHost: string): Promise<Task[]> {
    this.assertUsable();
    return this.tasks.listCreateTasksFor(pairingId, remoteHost);
  }

  /** Resolves when the task ends SUCCESS; ERROR, CANCELLED, time-out and abort reject. */
  waitForTask(task: Task | string, options?: WaitOptions): Promise<Task> {
    if (this.disposed) return Promise.reject(new VrmsError("this VrmsClient has been disposed"));
    return this.waiter.wait(task, options);
  }

  /**
   * Ends the client's sessions on the VRMS: logs out the local session, and with it every
   * remote session it opened (the API has no logout of a remote session: it lives in the local
   * session that opened it). Then releases connections and refuses further use; pending waits
   * reject. Best effort: a VRMS that does not answer the logout does not make this throw.
   */
  async close(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.waiter.dispose();
    await this.path.dispose();
    this.agent.destroy();
  }

  /** The same as {@link close}. */
  dispose(): Promise<void> {
    return this.close();
  }

  private assertUsable(): void {
    if (this.disposed) throw new VrmsError("this VrmsClient has been disposed");
  }

  private async get<T>(path: string): Promise<T> {
    this.assertUsable();
    return (await this.path.send<T>({ method: "GET", path })).data;
  }
}
