// Per-operation time-outs are inputs because Pulumi's customTimeouts never reach a dynamic
// provider: the host ignores the engine's timeout.

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

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|h|m|s))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;

/** Parses "30m", "1h30m", "90s", "500ms"; returns undefined when the text is not a duration. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  if (!DURATION.test(t)) return undefined;
  let total = 0;
  for (const [, amount, unit] of t.matchAll(PART)) {
    total += Number(amount) * UNIT_MS[unit];
  }
  return Math.round(total);
}

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
