// Per-operation time-outs are inputs because Pulumi's customTimeouts never reach a dynamic
// provider: the host ignores the engine's timeout.

import { parseDuration } from "../sdk/duration";

export interface Timeouts {
  create: string;
  update: string;
  delete: string;
}

export type TimeoutOperation = keyof Timeouts;

/** Generous: a real appliance can take minutes to pair when the remote site is slow. */
export const DEFAULT_TIMEOUTS: Readonly<Timeouts> = Object.freeze({
  create: "30m",
  update: "30m",
  delete: "30m",
});

/**
 * The longest time-out Node's timers hold (2^31 - 1 ms, about 596 hours and 31 minutes); a
 * longer one fires at once.
 */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;
const MAX_TIMEOUT_TEXT = "596h31m";

/** Why a timeout value is unacceptable, or undefined when it is fine. */
export function timeoutProblem(value: unknown): string | undefined {
  if (typeof value !== "string")
    return `must be a duration string such as "30m", got ${typeof value}`;
  const ms = parseDuration(value);
  if (ms === undefined) {
    return `"${value}" is not a duration; use forms like "30m", "1h30m", "90s" or "500ms"`;
  }
  if (ms <= 0) return `"${value}" must be longer than zero`;
  if (ms > MAX_TIMEOUT_MS) {
    return `"${value}" is longer than the longest time-out the provider can wait, ${MAX_TIMEOUT_TEXT} (${MAX_TIMEOUT_MS} ms)`;
  }
  return undefined;
}

/** The time-out of one operation as the user wrote it, or the default: for messages. */
export function timeoutText(timeouts: Partial<Timeouts> | undefined, op: TimeoutOperation): string {
  return timeouts?.[op] ?? DEFAULT_TIMEOUTS[op];
}

/**
 * The time-out of one operation in milliseconds, falling back to the default on bad input and
 * held to MAX_TIMEOUT_MS (state written before Check refused longer ones may hold one).
 */
export function timeoutMs(timeouts: Partial<Timeouts> | undefined, op: TimeoutOperation): number {
  const value = timeouts?.[op];
  const ms = typeof value === "string" ? parseDuration(value) : undefined;
  return ms && ms > 0
    ? Math.min(ms, MAX_TIMEOUT_MS)
    : (parseDuration(DEFAULT_TIMEOUTS[op]) as number);
}
