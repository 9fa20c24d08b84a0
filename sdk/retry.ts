// The retry layer of the request path: transient failures (network errors, 500/502/503/504)
// are tried again by p-retry with its own exponential backoff and jitter, at most `retries`
// times, and not once the call has spent `maxElapsedMs` failing (time queued for the budget or
// a 429 pause is not failing; the budget layer below handles 429s). Never retried: 400, 401,
// 403, 404, TLS, authentication and configuration errors, nor an unknown host; a refused
// connection only for REFUSED_GIVE_UP_MS. A create, reconnect or delete whose outcome is
// unknown (5xx, or a network failure after the request may have been sent) is not sent again
// before the ResendGuard has looked for what the earlier attempt did.

import pRetry, { AbortError, type Options as PRetryOptions } from "p-retry";
import { VrmsError, VrmsHttpError, VrmsNetworkError, VrmsRateLimitError } from "./vrms-errors";
import {
  requestSurelyNotSent,
  type CallClock,
  type HttpRequest,
  type HttpResponse,
  type Send,
} from "./http";
import type { RetryPolicy } from "./options";
import type { SafeLogger } from "./logger";
import { REMOTE_SITE_UNREACHABLE } from "./partial";
import type { Effect } from "./recovery";
import type { Task } from "./wire";

export const RETRIED_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);
/** An unknown host stays unknown for the seconds a retry would wait: fail at once. */
const NEVER_RETRIED_NETWORK_CODES: ReadonlySet<string> = new Set(["ENOTFOUND", "EAI_AGAIN"]);
/** A refused connection is retried only this long (a VRMS restarting), not the full maxElapsedMs. */
export const REFUSED_GIVE_UP_MS = 2_000;

export interface Classification {
  retry: boolean;
  /** A 429: waited out by the budget layer; one that reaches this layer has given up. */
  rateLimited: boolean;
  delayMs?: number;
  outcomeUnknown: boolean;
}

export function classify(err: unknown, unsafe: boolean): Classification {
  const no: Classification = { retry: false, rateLimited: false, outcomeUnknown: false };
  if (err instanceof VrmsRateLimitError) {
    return { retry: true, rateLimited: true, delayMs: err.retryAfterMs, outcomeUnknown: false };
  }
  if (err instanceof VrmsHttpError) {
    if (!RETRIED_STATUSES.has(err.status)) return no;
    // A definite answer about the remote site, not a failure of this request: asking again now
    // would only wait (remote-session.ts holds it back for a minute).
    if (err.errorCode === REMOTE_SITE_UNREACHABLE) return no;
    return { retry: true, rateLimited: false, outcomeUnknown: unsafe };
  }
  if (err instanceof VrmsNetworkError) {
    if (NEVER_RETRIED_NETWORK_CODES.has(err.code)) return no;
    return {
      retry: true,
      rateLimited: false,
      outcomeUnknown: unsafe && !requestSurelyNotSent(err),
    };
  }
  return no;
}

/**
 * p-retry's backoff for a policy: delay n (from 0) is min(maxDelayMs, minDelayMs × 2^n) × a
 * random factor in [0.5, 1) (p-retry draws [1, 2) times half the step).
 */
export function backoffOptions(p: Required<RetryPolicy>): PRetryOptions {
  return {
    retries: p.retries,
    factor: 2,
    minTimeout: p.minDelayMs / 2,
    maxTimeout: p.maxDelayMs,
    randomize: true,
  };
}

function describe(err: unknown): string {
  if (err instanceof VrmsHttpError) return `HTTP ${err.status}`;
  if (err instanceof VrmsNetworkError) return `network error ${err.code}`;
  return err instanceof Error ? err.name : "error";
}

/** How the effect of an unsafe request is found after an unknown outcome (see recovery.ts). */
export interface EffectGuard<E, R> {
  earliestQueueTime(sentAt: number): number;
  find(effect: E, notBefore: number): Promise<R | undefined>;
  claim(answer: R): void;
}

export class RetryLayer {
  constructor(
    private readonly policy: Required<RetryPolicy>,
    private readonly log: SafeLogger,
  ) {}

  /** A request that is safe to repeat. */
  send<T>(req: HttpRequest, next: Send): Promise<HttpResponse<T>> {
    const clock: CallClock = { startedAt: Date.now(), queuedMs: 0 };
    return this.run(req, clock, () => next<T>({ ...req, clock }));
  }

  /**
   * A request that starts a task and must not run twice (create, reconnect, delete): after an
   * attempt with an unknown outcome, the next attempt first asks `guard` for its effect.
   */
  sendOnce<E = Effect, R = Task>(
    req: HttpRequest,
    effect: E,
    guard: EffectGuard<E, R>,
    next: Send,
  ): Promise<R> {
    const clock: CallClock = { startedAt: Date.now(), queuedMs: 0 };
    const label = req.label ?? `${req.method} ${req.path}`;
    /** Set while an earlier attempt may have taken effect: the earliest task time it can have. */
    let unknownSince: number | undefined;
    return this.run(req, clock, async () => {
      if (unknownSince !== undefined) {
        const found = await guard.find(effect, unknownSince);
        if (found) {
          this.log.debug(`${label}: the earlier attempt took effect; not sending it again`);
          return found;
        }
        this.log.debug(`${label}: no trace of the earlier attempt; sending it again`);
        unknownSince = undefined;
      }
      const notBefore = guard.earliestQueueTime(Date.now());
      try {
        const { data } = await next<R>({ ...req, clock });
        guard.claim(data);
        return data;
      } catch (err) {
        if (classify(err, true).outcomeUnknown) unknownSince = notBefore;
        throw err;
      }
    });
  }

  private run<R>(req: HttpRequest, clock: CallClock, attempt: () => Promise<R>): Promise<R> {
    const label = req.label ?? `${req.method} ${req.path}`;
    let failed: { at: number; err: unknown } | undefined;
    return pRetry(
      async () => {
        if (failed) {
          this.log.debug(
            `${label}: ${describe(failed.err)}, retry in ${Date.now() - failed.at} ms`,
          );
        }
        try {
          return await attempt();
        } catch (err) {
          const c = classify(err, false);
          // A 429 here means the budget layer gave up waiting; anything else not transient is final.
          if (!c.retry || c.rateLimited) throw new AbortError(ensureError(err));
          failed = { at: Date.now(), err };
          throw err;
        }
      },
      {
        ...backoffOptions(this.policy),
        onFailedAttempt: (err) => {
          const failingMs = Date.now() - clock.startedAt - clock.queuedMs;
          const refused = err instanceof VrmsNetworkError && err.code === "ECONNREFUSED";
          if (
            err.retriesLeft <= 0 ||
            failingMs >= this.policy.maxElapsedMs ||
            (refused && failingMs >= Math.min(REFUSED_GIVE_UP_MS, this.policy.maxElapsedMs))
          ) {
            this.log.debug(
              `${label}: giving up after ${err.attemptNumber} failures (${describe(err)})`,
            );
            throw err;
          }
        },
      },
    );
  }
}

export function ensureError(err: unknown): Error {
  return err instanceof Error ? err : new VrmsError(String(err));
}
