// Kept by hand: bottleneck and p-throttle count a request when it starts; this budget holds its
// slot until windowMs after the answer (see below) and shares one 429 gate with Retry-After.
// Every rate-limit rule of the client, in one place: the request budget (how many requests in
// any rolling window, from the option or VRMS_REQUEST_BUDGET), the shared gate a 429 closes
// until Retry-After, and how long a call keeps waiting out 429s before it gives up.
//
// The budget is a sliding window shared by every request of one client, so a burst (50
// pairings at once) queues here instead of being sent into the gateway's per-session limit.
// Waiting requests leave in arrival order (FIFO). A request occupies its slot from when it is
// sent until `windowMs` after its answer arrived: it reached the server somewhere in between,
// so however the server's windows are laid out (fixed or sliding), no window of it sees more
// than `requests` of ours.

import { parseDuration } from "./duration";
import { VrmsError, VrmsRateLimitError } from "./vrms-errors";
import type { HttpRequest, HttpResponse, Send } from "./http";
import type { SafeLogger } from "./logger";

export interface RequestBudget {
  /** At most this many requests are sent in any window of `windowMs`. */
  requests: number;
  windowMs: number;
}

/** Under the gateway's 50 requests per session per minute. */
export const DEFAULT_REQUEST_BUDGET: RequestBudget = { requests: 45, windowMs: 60_000 };

export const REQUEST_BUDGET_ENV = "VRMS_REQUEST_BUDGET";

/** How long a 429 without Retry-After holds the client's requests. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 1000;

/**
 * 429s are bounded by time (`maxRateLimitedMs`, default 15 min); this count only stops a
 * server that answers 429 without ever letting a request through.
 */
const MAX_RATE_LIMITED_ATTEMPTS = 1000;

/** Spreads the requests let through when a pause ends, so they do not go in lockstep. */
const REQUEUE_JITTER_MS = 100;

/**
 * A wait longer than this is told to the user (one info line per wait): a create that takes
 * 50 s instead of 0.5 s must say that the budget held it back, not look hung.
 */
export const VISIBLE_WAIT_MS = 2000;

const seconds = (ms: number) =>
  `${Number.isInteger(ms / 1000) ? ms / 1000 : (ms / 1000).toFixed(1)} s`;

/**
 * "45/60s", "100/1s", "45/60000ms", "45/1m" (no unit = seconds), or "off"/"false"/"0"
 * for no pacing. Throws on anything else.
 */
export function parseRequestBudget(text: string): RequestBudget | false {
  const t = text.trim().toLowerCase();
  if (["off", "false", "no", "none", "0"].includes(t)) return false;
  const m = /^(\d+)\s*\/\s*(\S+)$/.exec(t);
  const window = m ? m[2].replace(/min$/, "m").replace(/^(\d+(?:\.\d+)?)$/, "$1s") : "";
  const requests = m ? Number(m[1]) : NaN;
  const windowMs = parseDuration(window) ?? NaN;
  if (!(requests >= 1) || !(windowMs > 0)) {
    throw new VrmsError(
      `${REQUEST_BUDGET_ENV}="${text}" is not a request budget; use e.g. "45/60s", "100/1s" or "off"`,
    );
  }
  return { requests, windowMs };
}

/** The budget from the environment, or undefined when VRMS_REQUEST_BUDGET is not set. */
export function requestBudgetFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): RequestBudget | false | undefined {
  const v = env[REQUEST_BUDGET_ENV];
  return v === undefined || v.trim() === "" ? undefined : parseRequestBudget(v);
}

/** The option, else VRMS_REQUEST_BUDGET, else the default. */
export function resolveRequestBudget(
  b: RequestBudget | false | undefined,
  env: NodeJS.ProcessEnv = process.env,
): RequestBudget | false {
  if (b === false) return false;
  if (b === undefined) return requestBudgetFromEnv(env) ?? { ...DEFAULT_REQUEST_BUDGET };
  const requests = Math.floor(b.requests);
  if (!Number.isFinite(b.requests) || requests < 1) {
    throw new VrmsError("option requestBudget.requests must be at least 1");
  }
  if (!Number.isFinite(b.windowMs) || !(b.windowMs > 0)) {
    throw new VrmsError("option requestBudget.windowMs must be positive");
  }
  return { requests, windowMs: b.windowMs };
}

export function parseRetryAfter(value: unknown, now = Date.now()): number | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * The budget layer of the request path: each request waits for its slot (and for the 429
 * gate); a 429 closes the gate for every request of the client until Retry-After, and the
 * request queues again, for up to `maxRateLimitedMs` since its call began. Waiting here is
 * recorded on the request's clock: it is not failing time.
 */
export class RateLimiter {
  private readonly pacer: RequestPacer;

  constructor(
    budget: RequestBudget | false,
    private readonly maxRateLimitedMs: number,
    private readonly log: SafeLogger,
  ) {
    this.pacer = new RequestPacer(budget, log);
  }

  /** Requests that waited for the budget or a 429 pause so far (diagnostics). */
  get delayedCount(): number {
    return this.pacer.delayedCount;
  }

  /** Resolves once no request waits for the budget or a 429 pause (see RequestPacer.idle). */
  idle(): Promise<void> {
    return this.pacer.idle();
  }

  async send<T>(req: HttpRequest, next: Send): Promise<HttpResponse<T>> {
    const startedAt = req.clock?.startedAt ?? Date.now();
    const label = req.label ?? `${req.method} ${req.path}`;
    for (let rateLimited = 1; ; rateLimited++) {
      const ticket = await this.pacer.acquire();
      if (req.clock) req.clock.queuedMs += ticket.waitedMs;
      let pauseMs: number;
      try {
        return await next<T>(req);
      } catch (err) {
        if (!(err instanceof VrmsRateLimitError)) throw err;
        pauseMs = err.retryAfterMs ?? DEFAULT_RATE_LIMIT_PAUSE_MS;
        // The limit holds for every request of this session: pause them all, not just this one.
        this.pacer.pause(pauseMs);
        const elapsed = Date.now() - startedAt;
        if (rateLimited >= MAX_RATE_LIMITED_ATTEMPTS || elapsed + pauseMs > this.maxRateLimitedMs) {
          this.log.debug(
            `${label}: giving up after ${rateLimited} rate-limited attempts in ${elapsed} ms`,
          );
          throw err;
        }
      } finally {
        ticket.done();
      }
      const jitter = Math.round(Math.random() * REQUEUE_JITTER_MS);
      this.log.debug(
        `${label}: HTTP 429, sending again once the client's pause for Retry-After ` +
          `${pauseMs} ms ends`,
      );
      await sleep(jitter);
      if (req.clock) req.clock.queuedMs += jitter;
    }
  }

  /** Requests still waiting fail, unsent (the client is going away). */
  dispose(): void {
    this.pacer.dispose();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Permission to send one request; call `done()` when its answer (or failure) arrived. */
export interface PacerTicket {
  /** ms spent waiting for the budget or a 429 pause. */
  waitedMs: number;
  done(): void;
}

export class RequestPacer {
  /** Answer times of finished requests still counted in the window, oldest first. */
  private readonly finished: number[] = [];
  /** Requests sent and not answered yet: each holds a slot. */
  private inFlight = 0;
  private readonly queue: Waiter[] = [];
  private readonly idleWaiters: (() => void)[] = [];
  private gateUntil = 0;
  /** When the last wait told to the user ends (see announce). */
  private announcedUntil = 0;
  private timer?: NodeJS.Timeout;
  /** Requests that had to wait (diagnostics). */
  delayedCount = 0;

  constructor(
    private readonly budget: RequestBudget | false,
    private readonly log?: SafeLogger,
  ) {}

  /** Resolves when one more request may be sent now; it holds a slot until `done()`. */
  acquire(): Promise<PacerTicket> {
    const start = Date.now();
    if (this.queue.length === 0 && this.waitMs(start) === 0) {
      return Promise.resolve(this.take(0));
    }
    this.delayedCount += 1;
    return new Promise<PacerTicket>((resolve, reject) => {
      this.queue.push({ resolve: () => resolve(this.take(Date.now() - start)), reject });
      this.schedule();
    });
  }

  /** A 429 arrived: no request of this client leaves before `ms` from now. */
  pause(ms: number): void {
    const now = Date.now();
    const until = now + Math.max(0, ms);
    if (until <= this.gateUntil) return;
    this.gateUntil = until;
    this.log?.debug(`rate limited: holding every request of this client for ${Math.round(ms)} ms`);
    this.announce(
      now,
      ms,
      `the VRMS answered HTTP 429 (rate limited) with Retry-After ${seconds(ms)}`,
    );
    this.schedule();
  }

  /** Requests waiting for the budget or the gate right now. */
  get queued(): number {
    return this.queue.length;
  }

  /**
   * Resolves once no request is waiting: a request made then goes first. Lets a batch of
   * reads gather everything asked for while the budget was spent into one request.
   */
  idle(): Promise<void> {
    if (this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wakeIdle(): void {
    if (this.queue.length > 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Stops the timer; requests still waiting fail, unsent (the client is going away). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const w of this.queue.splice(0)) {
      w.reject(new VrmsError("the VRMS client was disposed while the request waited to be sent"));
    }
    this.wakeIdle();
  }

  /**
   * ms until a request may leave (the gate, then enough slots leaving the window), or
   * Infinity when only answers still to come can free a slot.
   */
  private waitMs(now: number): number {
    let wait = Math.max(0, this.gateUntil - now);
    if (this.budget) {
      const { requests, windowMs } = this.budget;
      while (this.finished.length > 0 && this.finished[0] <= now - windowMs) this.finished.shift();
      const excess = this.inFlight + this.finished.length - requests + 1;
      if (excess > 0) {
        wait =
          excess <= this.finished.length
            ? Math.max(wait, this.finished[excess - 1] + windowMs - now)
            : Infinity;
      }
    }
    return wait;
  }

  private take(waitedMs: number): PacerTicket {
    if (!this.budget) return { waitedMs, done: () => undefined };
    this.inFlight += 1;
    let open = true;
    return {
      waitedMs,
      done: () => {
        if (!open) return;
        open = false;
        this.inFlight -= 1;
        this.finished.push(Date.now());
        if (this.queue.length > 0 && !this.timer) this.drain();
      },
    };
  }

  /**
   * One info line for a wait over VISIBLE_WAIT_MS, saying how long and why. Once per wait: a
   * wait that ends within one already told is not told again, however many requests it holds.
   */
  private announce(now: number, waitMs: number, why: string): void {
    const until = now + waitMs;
    if (waitMs <= VISIBLE_WAIT_MS || until <= this.announcedUntil + VISIBLE_WAIT_MS) return;
    this.announcedUntil = until;
    const queued = this.queue.length;
    const which = queued > 1 ? `the next of ${queued} queued requests` : "the next request";
    this.log?.info(`waiting ${seconds(waitMs)} to send ${which} to the VRMS: ${why}`);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.drain();
  }

  private drain(): void {
    for (;;) {
      if (this.queue.length === 0) return;
      const now = Date.now();
      const wait = this.waitMs(now);
      if (wait === Infinity) return; // an answer's done() drains again
      if (wait > 0) {
        if (!this.timer) {
          if (now >= this.gateUntil && this.budget) {
            this.log?.debug(
              `request budget (${this.budget.requests} per ${this.budget.windowMs} ms) spent: ` +
                `${this.queue.length} request(s) wait ${wait} ms`,
            );
            this.announce(
              now,
              wait,
              `the request budget of ${this.budget.requests} requests per ` +
                `${seconds(this.budget.windowMs)} is spent (it keeps this client under the ` +
                `gateway's per-session limit; set ${REQUEST_BUDGET_ENV} if yours differs)`,
            );
          }
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.drain();
          }, wait);
        }
        return;
      }
      this.queue.shift()!.resolve();
      this.wakeIdle();
    }
  }
}
