// The request path of a VrmsClient. Every call goes down these layers, each one policy in its
// own module, each knowing only the layer below it (`next`); none calls back up:
//
//   1. retry      retry.ts       transient failures again, with p-retry's backoff; a create,
//                                reconnect or delete is never resent blindly (recovery.ts)
//   2. session    session.ts     the local session on every request; a 401 logs in once more
//   3. budget     rate-limit.ts  the request budget, and the pause every 429 imposes
//   4. transport  http.ts        one HTTP exchange, answers mapped to typed errors
//
// The login itself goes through retry, budget and transport; the logout on dispose through
// the transport alone (it must not queue behind the budget). The look-up after an unknown
// outcome goes through session, budget and transport: it is part of the retried attempt.

import { HttpTransport, type HttpRequest, type Send } from "./http";
import type { SafeLogger } from "./logger";
import type { ResolvedOptions } from "./options";
import { RateLimiter } from "./rate-limit";
import { ResendGuard, type Effect } from "./recovery";
import { RemoteSessions } from "./remote-session";
import type { Redactor } from "./redact";
import { type EffectGuard, RetryLayer } from "./retry";
import { SessionManager } from "./session";
import { TaskClock } from "./vrms-clock";
import type { Task } from "./wire";
import type * as http from "node:http";

export class RequestPath {
  readonly transport: HttpTransport;
  readonly rateLimit: RateLimiter;
  readonly session: SessionManager;
  readonly taskClock = new TaskClock();
  /** Remote-site logins per pairing, tied to the local session; sent along the whole path. */
  readonly remote: RemoteSessions;
  private readonly retry: RetryLayer;
  private readonly guard: ResendGuard;

  constructor(o: ResolvedOptions, agent: http.Agent, log: SafeLogger, redactor: Redactor) {
    this.retry = new RetryLayer(o.retry, log);
    this.session = new SessionManager(
      { login: (req) => this.retry.send(req, this.budgeted), logout: this.transported },
      o.username,
      o.password,
      log,
      redactor,
    );
    this.rateLimit = new RateLimiter(o.requestBudget, o.retry.maxRateLimitedMs, log);
    this.transport = new HttpTransport(o.baseUrl, agent, o.requestTimeoutMs, log, redactor);
    this.guard = new ResendGuard(
      this.withSession,
      o.baseUrl,
      this.taskClock,
      this.transport.dateClock,
      log,
    );
    this.remote = new RemoteSessions(this.send, this.session, redactor, log);
  }

  /** A call that is safe to repeat: retry → session → budget → transport. */
  readonly send: Send = (req) => this.retry.send(req, this.withSession);

  /** A call that starts a task: the same path, but never sent again while its effect is unknown. */
  sendOnce(req: HttpRequest, effect: Effect): Promise<Task> {
    return this.retry.sendOnce(req, effect, this.guard, this.withSession);
  }

  /**
   * The same for a request whose effect another module knows how to find (replications):
   * `find` looks for it, and the tasks handed out are claimed like the pairing ones.
   */
  sendOnceFinding<E, R>(
    req: HttpRequest,
    effect: E,
    find: (effect: E, notBefore: number) => Promise<R | undefined>,
    claim: (answer: R) => void,
  ): Promise<R> {
    const guard: EffectGuard<E, R> = {
      earliestQueueTime: (sentAt) => this.guard.earliestQueueTime(sentAt),
      find,
      claim,
    };
    return this.retry.sendOnce(req, effect, guard, this.withSession);
  }

  /** Hands a task out: never the answer for another request after an unknown outcome. */
  claimTask(task: Task): void {
    this.guard.claim(task);
  }

  /** Reads for a look-up after an unknown outcome: a session, the budget, no retries. */
  get lookupSend(): Send {
    return this.withSession;
  }

  private readonly withSession: Send = (req) => this.session.send(req, this.budgeted);
  private readonly budgeted: Send = (req) => this.rateLimit.send(req, this.transported);
  private readonly transported: Send = (req) => this.transport.send(req);

  /** Fails whatever still waits for the budget, then logs out (ending the remote sessions too). */
  async dispose(): Promise<void> {
    this.rateLimit.dispose();
    await this.session.close();
    this.remote.clear();
  }
}
