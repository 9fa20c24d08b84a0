// Kept by hand: no library estimates a server's clock from HTTP Date headers and the times it
// stamps on records; each rule here is one max() of lower bounds.
// Where the VRMS's clocks stand against ours: lower bounds of (VRMS clock - local clock), one
// learned from the Date header, one from task times. They need not agree (one appliance stamps
// tasks minutes behind its Date header), so each is kept apart and callers choose.

import type { Task } from "./wire";

/** A lower bound of (VRMS clock - local clock); undefined before anything was seen. */
export interface ClockOffset {
  readonly offsetLowerBoundMs: number | undefined;
}

/**
 * `bound` raised by VRMS times read at local time `at`: a time `ts` read then cannot be later
 * than the VRMS clock's "now" then, so `ts - at` is a lower bound of the offset.
 */
export function raiseOffsetBound(
  bound: number | undefined,
  times: readonly (number | null | undefined)[],
  at: number,
): number | undefined {
  let out = bound;
  for (const ts of times) {
    if (typeof ts === "number" && Number.isFinite(ts)) out = Math.max(out ?? -Infinity, ts - at);
  }
  return out;
}

/**
 * The Date header's clock. Date has whole seconds and is read after the answer arrived, so
 * an estimate never exceeds the true offset; the best one decays slowly so a clock step is followed.
 */
export class DateClock implements ClockOffset {
  offsetLowerBoundMs: number | undefined;

  /** Records a Date header read at local time `at` (anything unparsable is ignored). */
  observe(header: unknown, at = Date.now()): void {
    const date = typeof header === "string" ? Date.parse(header) : NaN;
    if (Number.isNaN(date)) return;
    const estimate = date - at;
    const prev = this.offsetLowerBoundMs;
    this.offsetLowerBoundMs = prev === undefined || estimate > prev ? estimate : prev - 1;
  }
}

/** The clock the VRMS stamps tasks with, learned from task times alone. */
export class TaskClock implements ClockOffset {
  offsetLowerBoundMs: number | undefined;

  /** Records the times of tasks that were read at local time `at`. */
  observe(tasks: readonly Task[], at = Date.now()): void {
    for (const t of tasks) {
      this.offsetLowerBoundMs = raiseOffsetBound(
        this.offsetLowerBoundMs,
        [t?.queued_time, t?.start_time, t?.complete_time],
        at,
      );
    }
  }
}
