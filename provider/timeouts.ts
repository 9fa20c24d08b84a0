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

/** Why a timeout value is unacceptable, or undefined when it is fine. */
export function timeoutProblem(value: unknown): string | undefined {
  if (typeof value !== "string")
    return `must be a duration string such as "30m", got ${typeof value}`;
  const ms = parseDuration(value);
  if (ms === undefined) {
    return `"${value}" is not a duration; use forms like "30m", "1h30m", "90s" or "500ms"`;
  }
  if (ms <= 0) return `"${value}" must be longer than zero`;
  return undefined;
}

/** The time-out of one operation in milliseconds, falling back to the default on bad input. */
export function timeoutMs(timeouts: Partial<Timeouts> | undefined, op: TimeoutOperation): number {
  const value = timeouts?.[op];
  const ms = typeof value === "string" ? parseDuration(value) : undefined;
  return ms && ms > 0 ? ms : (parseDuration(DEFAULT_TIMEOUTS[op]) as number);
}
