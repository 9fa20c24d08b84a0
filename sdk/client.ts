// VrmsClient: the public face of the sdk. Wires options, TLS, transport, session,
// retries and the shared task waiter together, and maps the REST calls.

import { VrmsAuthError, VrmsError, VrmsHttpError, VrmsNotFoundError } from "./errors";
import { HttpTransport, type HttpRequest, type HttpResponse } from "./http";
import { SafeLogger } from "./logger";
import { resolveOptions, type ResolvedOptions, type VrmsClientOptions } from "./options";
import { RequestPacer } from "./pacer";
import { Coalescer, GetBatcher } from "./coalesce";
import { earliestServerTime, recoverCreate, recoverTaskFor, TaskClaims } from "./recovery";
import { Redactor } from "./redact";
import { withRetry } from "./retry";
import { SessionManager } from "./session";
import { createAgent, describeTrust, trustDecision } from "./tls";
import { TaskWaiter, type WaitOptions } from "./waiter";
import {
  SESSION_HEADER,
  type DrResponseList,
  type IssueInfo,
  type ListQuery,
  type Pairing,
  type PairingEntity,
  type PairingSpec,
  type SessionInfo,
  type Task,
  type TaskEntity,
} from "./wire";
import type * as http from "node:http";

export interface RemoteCredentials {
  username: string;
  password: string;
}

/** A pairing lists the same vCenter on both sides only for the VRMS's own "self" entry. */
export function isSelfPairing(p: Pairing): boolean {
  const local = p.local_vc_server?.id;
  const remote = p.remote_vc_server?.id;
  return !!local && !!remote && local.toLowerCase() === remote.toLowerCase();
}

export function queryParams(q: ListQuery | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!q) return params;
  if (q.limit !== undefined) params.set("limit", String(q.limit));
  if (q.offset !== undefined) params.set("offset", String(q.offset));
  if (q.sort_by) params.set("sort_by", q.sort_by);
  if (q.order_by) params.set("order_by", q.order_by);
  if (q.filter_property) params.set("filter_property", q.filter_property);
  for (const f of q.filter ?? []) params.append("filter", f);
  return params;
}

const enc = encodeURIComponent;
const MAX_PAGES = 1000;

interface CallOptions<T> {
  unsafe?: boolean;
  recover?: () => Promise<T | undefined>;
  /** Message for a 401 that survives a fresh login. */
  authFailure?: () => VrmsAuthError;
}

export class VrmsClient {
  readonly baseUrl: string;
  private readonly opts: ResolvedOptions;
  private readonly redactor = new Redactor();
  private readonly log: SafeLogger;
  private readonly agent: http.Agent;
  private readonly transport: HttpTransport;
  private readonly session: SessionManager;
  private readonly waiter: TaskWaiter;
  private readonly claims = new TaskClaims();
  private readonly pacer: RequestPacer;
  /** Concurrent adoption lookups share one pairing list (started after each of them asked). */
  private readonly pairingLists = new Coalescer<Pairing[]>(() => this.listPairings());
  /** Concurrent getPairing calls in one tick share one filtered list request. */
  private readonly pairingReads = new GetBatcher<PairingEntity>(
    (id) => this.getPairingAlone(id),
    (ids) => this.listPairingsById(ids),
  );
  private disposed = false;
  /** Concurrent lookups of unfinished tasks share one list (started after each of them asked). */
  private readonly unfinishedTaskLists = new Coalescer<Task[]>(() => this.listUnfinishedTasksNow());
  private idFilterWorks = true;
  private pairingIdFilterWorks = true;

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
    }
    this.agent = createAgent(this.baseUrl, trust, this.log);
    this.pacer = new RequestPacer(this.opts.requestBudget, this.log);
    this.transport = new HttpTransport(
      this.baseUrl,
      this.agent,
      this.opts.requestTimeoutMs,
      this.log,
      this.redactor,
      this.pacer,
    );
    this.session = new SessionManager(
      this.transport,
      this.opts.username,
      this.opts.password,
      this.log,
      this.redactor,
      (label, fn) => withRetry(this.opts.retry, this.log, fn, { label }),
    );
    this.waiter = new TaskWaiter(
      {
        getTask: (id) => this.getTask(id),
        listTasksById: (ids) => this.listTasksById(ids),
      },
      this.opts.poll,
      this.log,
      (text) => this.redactor.scrub(text),
      () => this.transport.serverClockOffsetMs,
    );
    const budget = this.opts.requestBudget;
    this.log.debug(
      `VRMS client for ${this.baseUrl} as ${this.opts.username}, TLS: ${describeTrust(trust)}, ` +
        `request budget: ${budget ? `${budget.requests} per ${budget.windowMs} ms` : "off"}`,
    );
  }

  /** Logins performed so far (diagnostics). */
  get loginCount(): number {
    return this.session.loginCount;
  }

  /** Task poll requests issued by the shared waiter so far (diagnostics). */
  get pollRequestCount(): number {
    return this.waiter.pollRequests;
  }

  /** Requests that waited for the request budget or a 429 pause so far (diagnostics). */
  get pacedRequestCount(): number {
    return this.pacer.delayedCount;
  }

  async login(): Promise<void> {
    this.assertUsable();
    await this.session.ensure();
  }

  async currentSession(): Promise<SessionInfo> {
    return (await this.call<SessionInfo>({ method: "GET", path: "/session" })).data;
  }

  async createRemoteSession(pairingId: string, creds: RemoteCredentials): Promise<void> {
    const authorization = this.redactor.addBasic(creds.username, creds.password);
    const path = `/pairings/${enc(pairingId)}/remote-session`;
    const rejected = (status: number) =>
      new VrmsAuthError(
        `remote site login for pairing ${pairingId} failed for user ${creds.username}: HTTP ${status} ` +
          `(check the remote user name and password)`,
        { username: creds.username, status },
      );
    try {
      await this.call<void>(
        { method: "POST", path, headers: { Authorization: authorization } },
        { authFailure: () => rejected(401) },
      );
    } catch (err) {
      if (err instanceof VrmsHttpError && err.status === 403) throw rejected(403);
      throw err;
    }
  }

  async getRemoteSession(pairingId: string): Promise<SessionInfo | null> {
    try {
      const path = `/pairings/${enc(pairingId)}/remote-session`;
      return (await this.call<SessionInfo>({ method: "GET", path })).data;
    } catch (err) {
      if (err instanceof VrmsNotFoundError) return null;
      throw err;
    }
  }

  /** All pairings (following paging to the end), the self pairing included. */
  listPairings(query?: ListQuery): Promise<Pairing[]> {
    return this.listAll<Pairing>("/pairings", query);
  }

  /**
   * 404 → null. Calls made in the same tick share one
   * `GET /pairings?filter_property=pairing_id&filter=…` (a lone call stays `GET /pairings/{id}`).
   */
  getPairing(pairingId: string): Promise<PairingEntity | null> {
    if (this.disposed) return Promise.reject(new VrmsError("this VrmsClient has been disposed"));
    return this.pairingReads.get(pairingId);
  }

  private async getPairingAlone(pairingId: string): Promise<PairingEntity | null> {
    try {
      return (
        await this.call<PairingEntity>({ method: "GET", path: `/pairings/${enc(pairingId)}` })
      ).data;
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
      await this.forEachPage<Pairing>("/pairings", query, (items, meta) => {
        items.forEach((p, i) => {
          if (!p?.pairing_id) return;
          const prefix = `$.list[${i}].`;
          const errors = (meta?.errors ?? [])
            .filter((e) => typeof e?.field === "string" && e.field.startsWith(prefix))
            .map((e) => ({ ...e, field: `$.${e.field!.slice(prefix.length)}` }));
          found.set(p.pairing_id, { ...p, _meta: { errors } });
        });
      });
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
  async findPairingByRemoteVcId(vcId: string): Promise<Pairing | null> {
    this.assertUsable();
    const want = vcId.toLowerCase();
    const all = await this.pairingLists.run();
    return (
      all.find((p) => !isSelfPairing(p) && (p.remote_vc_server?.id ?? "").toLowerCase() === want) ??
      null
    );
  }

  getPairingIssues(pairingId: string): Promise<IssueInfo[]> {
    return this.listAll<IssueInfo>(`/pairings/${enc(pairingId)}/issues`);
  }

  /** Starts a pairing; answers the server's task. Never sent twice blindly (see retry.ts). */
  async createPairing(spec: PairingSpec): Promise<Task> {
    this.redactor.add(spec?.pair_psc_info?.password);
    const notBefore = this.earliestServerTimeNow();
    const task = await this.callData<Task>(
      { method: "POST", path: "/pairings", body: spec, label: "create pairing" },
      {
        unsafe: true,
        recover: () => recoverCreate(this, this.claims, spec, notBefore, this.log),
      },
    );
    this.claims.claim(task.id);
    return task;
  }

  async reconnectPairing(pairingId: string, spec: PairingSpec): Promise<Task> {
    this.redactor.add(spec?.pair_psc_info?.password);
    const notBefore = this.earliestServerTimeNow();
    const task = await this.callData<Task>(
      {
        method: "POST",
        path: `/pairings/${enc(pairingId)}/actions/reconnect`,
        body: spec,
        label: "reconnect pairing",
      },
      {
        unsafe: true,
        recover: () =>
          recoverTaskFor(this, this.claims, "reconnect", pairingId, notBefore, this.log),
      },
    );
    this.claims.claim(task.id);
    return task;
  }

  /** 404 → VrmsNotFoundError. `force` removes the pairing on this site only. */
  async deletePairing(pairingId: string, options?: { force?: boolean }): Promise<Task> {
    const notBefore = this.earliestServerTimeNow();
    const query = new URLSearchParams({ force: String(options?.force === true) });
    const task = await this.callData<Task>(
      { method: "DELETE", path: `/pairings/${enc(pairingId)}`, query, label: "delete pairing" },
      {
        unsafe: true,
        recover: () => recoverTaskFor(this, this.claims, "delete", pairingId, notBefore, this.log),
      },
    );
    this.claims.claim(task.id);
    return task;
  }

  async getTask(taskId: string): Promise<TaskEntity> {
    return this.callData<TaskEntity>({ method: "GET", path: `/tasks/${enc(taskId)}` });
  }

  listTasks(query?: ListQuery): Promise<Task[]> {
    return this.listAll<Task>("/tasks", query);
  }

  /**
   * The tasks with these ids in one filtered list request; a server that refuses to
   * filter on id (400) is asked for the plain list from then on.
   */
  /**
   * Tasks still QUEUED or RUNNING. Concurrent calls share one list, but never one that started
   * before the call (it could miss a task the caller's sibling just started).
   */
  listUnfinishedTasks(): Promise<Task[]> {
    this.assertUsable();
    return this.unfinishedTaskLists.run();
  }

  private async listUnfinishedTasksNow(): Promise<Task[]> {
    const unfinished = (t: Task) => t.status === "QUEUED" || t.status === "RUNNING";
    try {
      return await this.listTasks({ filter_property: "status", filter: ["QUEUED", "RUNNING"] });
    } catch (err) {
      if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
      return (await this.listTasks()).filter(unfinished); // a server that cannot filter on status
    }
  }

  private async listTasksById(ids: string[]): Promise<Task[]> {
    if (this.idFilterWorks) {
      try {
        const limit = Math.max(100, ids.length);
        return await this.listTasks({ filter_property: "id", filter: ids, limit });
      } catch (err) {
        if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
        this.idFilterWorks = false;
        this.log.debug("VRMS refused filtering tasks by id; polling the plain task list");
      }
    }
    return this.listTasks();
  }

  /** Resolves when the task ends SUCCESS; ERROR, CANCELLED, time-out and abort reject. */
  waitForTask(task: Task | string, options?: WaitOptions): Promise<Task> {
    if (this.disposed) return Promise.reject(new VrmsError("this VrmsClient has been disposed"));
    return this.waiter.wait(task, options);
  }

  /** Logs out and releases connections. Pending waits reject. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.waiter.dispose();
    this.pacer.dispose();
    await this.session.close();
    this.agent.destroy();
  }

  /** Server time before which a request sent now cannot have been queued. */
  private earliestServerTimeNow(): number {
    return earliestServerTime(Date.now(), this.transport.serverClockOffsetMs);
  }

  private assertUsable(): void {
    if (this.disposed) throw new VrmsError("this VrmsClient has been disposed");
  }

  private async callData<T>(req: HttpRequest, opts?: CallOptions<T>): Promise<T> {
    const recover = opts?.recover;
    const res = await this.call<T>(req, {
      ...opts,
      recover: recover
        ? async () => {
            const found = await recover();
            return found === undefined ? undefined : { status: 200, data: found };
          }
        : undefined,
    });
    return res.data;
  }

  /** One API call with a session: retried per policy; a 401 logs in again and repeats it once. */
  private async call<T>(req: HttpRequest, opts: CallOptions<HttpResponse<T>> = {}) {
    this.assertUsable();
    let reloggedIn = false;
    let pacedMs = 0;
    const label = req.label ?? `${req.method} ${req.path}`;
    const attempt = async (): Promise<HttpResponse<T>> => {
      for (;;) {
        const sid = await this.session.ensure();
        try {
          return await this.transport.send<T>({
            ...req,
            headers: { ...req.headers, [SESSION_HEADER]: sid },
            onPaced: (ms) => {
              pacedMs += ms;
            },
          });
        } catch (err) {
          if (!(err instanceof VrmsHttpError) || err.status !== 401) throw err;
          if (!reloggedIn) {
            reloggedIn = true;
            this.session.invalidate(sid);
            continue;
          }
          throw opts.authFailure
            ? opts.authFailure()
            : new VrmsAuthError(
                `VRMS refused ${req.method} ${req.path} with 401 even after a fresh login as ` +
                  `${this.opts.username}`,
                { username: this.opts.username, status: 401 },
              );
        }
      }
    };
    return withRetry(this.opts.retry, this.log, attempt, {
      label,
      unsafe: opts.unsafe,
      recover: opts.recover,
      pacedMs: () => pacedMs,
    });
  }

  private async listAll<T>(path: string, query?: ListQuery): Promise<T[]> {
    const out: T[] = [];
    await this.forEachPage<T>(path, queryParams(query), (items) => out.push(...items));
    return out;
  }

  /** Every page of a list, following `_meta.links.next` to the end. */
  private async forEachPage<T>(
    path: string,
    query: URLSearchParams,
    onPage: (items: T[], meta: DrResponseList<T>["_meta"]) => void,
  ): Promise<void> {
    let next: { path: string; query: URLSearchParams } | undefined = { path, query };
    const seen = new Set<string>();
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const key = `${next.path}?${next.query.toString()}`;
      if (seen.has(key)) break; // a server repeating its own link would loop forever
      seen.add(key);
      const data: DrResponseList<T> = await this.callData<DrResponseList<T>>({
        method: "GET",
        path: next.path,
        query: next.query,
      });
      const items = Array.isArray(data?.list) ? data.list : [];
      onPage(items, data?._meta);
      const href = data?._meta?.links?.next?.href;
      next = href && items.length > 0 ? this.relativeLink(href) : undefined;
    }
  }

  /** Turns a `_meta.links.next.href` into a path under our base URL (never another host). */
  private relativeLink(href: string): { path: string; query: URLSearchParams } {
    const base = new URL(this.baseUrl);
    const url = new URL(href, `${base.origin}${base.pathname}/`);
    let p = url.pathname;
    if (p.startsWith(base.pathname + "/")) p = p.slice(base.pathname.length);
    return { path: p, query: url.searchParams };
  }
}
