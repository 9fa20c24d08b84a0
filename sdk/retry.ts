// Retry rules. p-retry (v4, CommonJS) drives the attempts; the delays are ours so
// that 429 Retry-After, backoff with jitter and the total time bound all hold.
// Retried: network errors, 429, 500/502/503/504. Never: 400/401/403/404, TLS, auth.
// An operation that is not safe to repeat (create, reconnect, delete) and whose
// outcome is unknown (5xx, or a network failure after the request may have been
// sent) is not resent before `recover` has looked for what the first try did.

import pRetry from "p-retry";
import { VrmsError, VrmsHttpError, VrmsNetworkError, VrmsRateLimitError } from "./errors";
import { requestSurelyNotSent } from "./http";
import type { RetryPolicy } from "./options";
import type { SafeLogger } from "./logger";

export const RETRIED_STATUSES: ReadonlySet<number> = new Set([500, 502, 503, 504]);
/**
 * 429s are bounded by time (`maxRateLimitedMs`, default 15 min); this count only stops a
 * server that answers 429 without ever letting a request through.
 */
const MAX_RATE_LIMITED_ATTEMPTS = 1000;

export interface RetryOptions<T> {
  label: string;
  /** The operation must not be repeated blindly when its outcome is unknown. */
  unsafe?: boolean;
  /** Looks for the effect of an earlier attempt; a value ends the retrying with it. */
  recover?: () => Promise<T | undefined>;
  /** ms the attempts so far spent queued for the request budget or a 429 pause. */
  pacedMs?: () => number;
}

export interface Classification {
  retry: boolean;
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
    return { retry: true, rateLimited: false, outcomeUnknown: unsafe };
  }
  if (err instanceof VrmsNetworkError) {
    return {
      retry: true,
      rateLimited: false,
      outcomeUnknown: unsafe && !requestSurelyNotSent(err),
    };
  }
  return no;
}

/** Exponential backoff with jitter in [50%, 100%] of the step. */
export function backoffDelay(
  failures: number,
  p: Required<RetryPolicy>,
  random = Math.random,
): number {
  const step = Math.min(p.maxDelayMs, p.minDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function describe(err: unknown): string {
  if (err instanceof VrmsHttpError) return `HTTP ${err.status}`;
  if (err instanceof VrmsNetworkError) return `network error ${err.code}`;
  return err instanceof Error ? err.name : "error";
}

export async function withRetry<T>(
  policy: Required<RetryPolicy>,
  log: SafeLogger,
  attempt: () => Promise<T>,
  opts: RetryOptions<T>,
): Promise<T> {
  const started = Date.now();
  const unsafe = opts.unsafe === true;
  const pacedMs = opts.pacedMs ?? (() => 0);
  let failures = 0;
  let rateLimited = 0;
  let rateLimitWaitMs = 0;
  let mustRecover = false;

  return pRetry(
    async () => {
      if (mustRecover && opts.recover) {
        const found = await opts.recover();
        if (found !== undefined) {
          log.debug(`${opts.label}: the earlier attempt took effect; not sending it again`);
          return found;
        }
        log.debug(`${opts.label}: no trace of the earlier attempt; sending it again`);
        mustRecover = false;
      }
      return attempt();
    },
    {
      retries: policy.retries + MAX_RATE_LIMITED_ATTEMPTS,
      minTimeout: 0,
      maxTimeout: 0,
      factor: 1,
      randomize: false,
      onFailedAttempt: async (err) => {
        const c = classify(err, unsafe);
        const elapsed = Date.now() - started;
        if (!c.retry) throw err;
        let delay: number;
        if (c.rateLimited) {
          rateLimited += 1;
          // The transport has paused every request of this client until Retry-After; this one
          // queues again behind that pause (and the budget). A little jitter keeps the order
          // of the retried ones from being lockstep.
          delay = Math.round(Math.random() * 100);
          rateLimitWaitMs += delay;
          // Waiting out a rate limit is not a failure; it has its own, much larger budget.
          const pauseMs = c.delayMs ?? 0;
          if (
            rateLimited > MAX_RATE_LIMITED_ATTEMPTS ||
            elapsed + pauseMs > policy.maxRateLimitedMs
          ) {
            log.debug(
              `${opts.label}: giving up after ${rateLimited} rate-limited attempts in ${elapsed} ms`,
            );
            throw err;
          }
        } else {
          failures += 1;
          delay = backoffDelay(failures, policy);
          // Time spent queued for the budget or a 429 pause is not time spent failing.
          const failingMs = elapsed - rateLimitWaitMs - pacedMs();
          if (failures > policy.retries || failingMs + delay > policy.maxElapsedMs) {
            log.debug(`${opts.label}: giving up after ${failures} failures (${describe(err)})`);
            throw err;
          }
        }
        if (c.outcomeUnknown) {
          if (!opts.recover) throw err;
          mustRecover = true;
        }
        const after =
          c.rateLimited && c.delayMs !== undefined
            ? ` (once the client's pause for Retry-After ${c.delayMs} ms ends)`
            : "";
        log.debug(
          `${opts.label}: ${describe(err)}, retry in ${delay} ms${after}` +
            (c.outcomeUnknown ? " after checking whether the first attempt took effect" : ""),
        );
        await sleep(delay);
      },
    },
  );
}

export function ensureError(err: unknown): Error {
  return err instanceof Error ? err : new VrmsError(String(err));
}
