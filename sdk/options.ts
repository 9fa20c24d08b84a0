// Client options and their defaults.

import { parseDuration } from "./duration";
import { VrmsConfigError, VrmsError } from "./vrms-errors";
import type { Logger } from "./logger";
import { resolveRequestBudget, type RequestBudget } from "./rate-limit";
import { describePlainHttpRefusal, normalizeBaseUrl, plainHttpRefusal } from "./url";

export type { RequestBudget } from "./rate-limit";

export interface TlsOptions {
  /** SHA-256 or SHA-1 thumbprint of the VRMS certificate; any case, colons optional. */
  thumbprint?: string;
  /** PEM CA certificate(s) to trust instead of the system roots. */
  caBundle?: string | string[];
  /** Skip all certificate checks. Logged as a warning; never a default. */
  insecure?: boolean;
}

export interface RetryPolicy {
  /** Retries after the first attempt for network errors and 5xx. 429s are bounded by time only. */
  retries?: number;
  minDelayMs?: number;
  maxDelayMs?: number;
  /** No retry is scheduled once a call has spent this long failing (time queued for the budget or a 429 pause does not count). */
  maxElapsedMs?: number;
  /** A call answered 429 keeps waiting out Retry-After for this long in total; default 15 min. */
  maxRateLimitedMs?: number;
}

export interface PollPolicy {
  /** The shortest gap between two polls of one task. Default: env VRMS_POLL_INTERVAL, else 500. */
  initialIntervalMs?: number;
  maxIntervalMs?: number;
  backoffFactor?: number;
}

export interface VrmsClientOptions {
  /** Full base URL, or "host[:port]" meaning https://host[:port]/api/rest/vr/v2. */
  url: string;
  username: string;
  password: string;
  tls?: TlsOptions;
  /** Per HTTP request; default 30 s. */
  requestTimeoutMs?: number;
  retry?: RetryPolicy;
  poll?: PollPolicy;
  /** Debug lines go here; also printed to stderr when env VRMS_DEBUG=1. */
  logger?: Logger;
  /**
   * Client-side pacing: at most `requests` requests in any `windowMs`, shared by all calls of
   * this client; more wait in a FIFO queue. Default: env VRMS_REQUEST_BUDGET ("45/60s",
   * "100/1s", "off") if set, else 45 per 60 s (under the gateway's 50 per session per minute).
   * `false` turns pacing off (a 429 still pauses the whole client until Retry-After).
   */
  requestBudget?: RequestBudget | false;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

export const DEFAULT_RETRY_POLICY: Required<RetryPolicy> = {
  retries: 5,
  minDelayMs: 200,
  maxDelayMs: 5_000,
  maxElapsedMs: 60_000,
  maxRateLimitedMs: 15 * 60_000,
};

export const DEFAULT_POLL_POLICY: Required<PollPolicy> = {
  initialIntervalMs: 500,
  maxIntervalMs: 8_000,
  backoffFactor: 1.25,
};

function positive(
  name: string,
  v: number | undefined,
  fallback: number,
  allowZero = false,
): number {
  if (v === undefined) return fallback;
  if (!Number.isFinite(v) || v < 0 || (!allowZero && v === 0)) {
    throw new VrmsError(
      `option ${name} must be a ${allowZero ? "non-negative" : "positive"} number`,
    );
  }
  return v;
}

export function resolveRetryPolicy(p: RetryPolicy | undefined): Required<RetryPolicy> {
  const d = DEFAULT_RETRY_POLICY;
  return {
    retries: Math.floor(positive("retry.retries", p?.retries, d.retries, true)),
    minDelayMs: positive("retry.minDelayMs", p?.minDelayMs, d.minDelayMs, true),
    maxDelayMs: positive("retry.maxDelayMs", p?.maxDelayMs, d.maxDelayMs, true),
    maxElapsedMs: positive("retry.maxElapsedMs", p?.maxElapsedMs, d.maxElapsedMs, true),
    maxRateLimitedMs: positive(
      "retry.maxRateLimitedMs",
      p?.maxRateLimitedMs,
      d.maxRateLimitedMs,
      true,
    ),
  };
}

export const POLL_INTERVAL_ENV = "VRMS_POLL_INTERVAL";

/** The poll floor from the environment ("50ms", "2s"), or undefined when it is not set. */
export function pollIntervalFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const v = env[POLL_INTERVAL_ENV];
  if (v === undefined || v.trim() === "") return undefined;
  const ms = parseDuration(v);
  if (ms === undefined || ms <= 0) {
    throw new VrmsError(
      `${POLL_INTERVAL_ENV}="${v}" is not a poll interval; use a duration such as "500ms" or "2s"`,
    );
  }
  return ms;
}

export function resolvePollPolicy(
  p: PollPolicy | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Required<PollPolicy> {
  const d = DEFAULT_POLL_POLICY;
  const r = {
    initialIntervalMs: positive(
      "poll.initialIntervalMs",
      p?.initialIntervalMs,
      pollIntervalFromEnv(env) ?? d.initialIntervalMs,
    ),
    maxIntervalMs: positive("poll.maxIntervalMs", p?.maxIntervalMs, d.maxIntervalMs),
    backoffFactor: positive("poll.backoffFactor", p?.backoffFactor, d.backoffFactor),
  };
  if (r.backoffFactor < 1) throw new VrmsError("option poll.backoffFactor must be >= 1");
  if (r.maxIntervalMs < r.initialIntervalMs) r.maxIntervalMs = r.initialIntervalMs;
  return r;
}

export interface ResolvedOptions {
  baseUrl: string;
  username: string;
  password: string;
  tls: TlsOptions;
  requestTimeoutMs: number;
  retry: Required<RetryPolicy>;
  poll: Required<PollPolicy>;
  requestBudget: RequestBudget | false;
  logger?: Logger;
}

export function resolveOptions(o: VrmsClientOptions): ResolvedOptions {
  if (!o || typeof o !== "object") throw new VrmsError("VrmsClient needs an options object");
  if (!o.username) throw new VrmsError("VRMS username is required");
  if (typeof o.password !== "string" || o.password === "") {
    throw new VrmsError("VRMS password is required");
  }
  const baseUrl = normalizeBaseUrl(o.url);
  const refusal = plainHttpRefusal(baseUrl, o.tls ?? {});
  if (refusal) throw new VrmsConfigError(describePlainHttpRefusal(baseUrl, refusal), baseUrl);
  return {
    baseUrl,
    username: o.username,
    password: o.password,
    tls: o.tls ?? {},
    requestTimeoutMs: positive("requestTimeoutMs", o.requestTimeoutMs, DEFAULT_REQUEST_TIMEOUT_MS),
    retry: resolveRetryPolicy(o.retry),
    poll: resolvePollPolicy(o.poll),
    requestBudget: resolveRequestBudget(o.requestBudget),
    logger: o.logger,
  };
}
