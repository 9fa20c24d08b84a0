// The fewest requests ANY poll schedule can spend on one run of the sweep, given that it keeps
// the no-progress lateness target for tasks of every length (the schedule cannot know the
// length). The argument, for the bench's report:
// - Until a poll reads progress > 0, a task (QUEUED, or RUNNING at 0 %) answers exactly as a
//   task that reports nothing would; so the schedule's gaps there are the ones it uses for
//   those, whatever it does later.
// - A cell of tasks that report nothing whose ends fall uniformly inside one gap g after a
//   wait of w has p90 lateness ≈ 0.9 g at a task of ≈ w + 0.1 g; the target p90 ≤ max(600 ms,
//   30 %) then needs g ≤ max(600 / 0.9, 0.3 w / 0.87) = max(667 ms, 0.345 w).
// - With gaps as long as that allows (the latest possible k-th poll, for every k), count the
//   polls until one reads progress > 0 (or the end); if that poll is before the end, one more
//   poll must see the end. Any schedule spends at least this much: an oracle that knows the
//   end exactly from the first progress it reads.
// `valuesNeeded` = 2 counts instead until two different progress values were read: the least
// a schedule spends if it trusts no single value (one value cannot tell an even-step task from
// a back-loaded one, which ends well before the even-step reading predicts). It is printed, not
// judged: that a schedule must confirm first is measured (README), not proved.
import { progressAt, type RunPlan } from "../simulator/progress-profiles";

/** The longest gap after waiting `waitedMs` that keeps the no-progress p90 target. */
export const longestBlindGapMs = (waitedMs: number) => Math.max(600 / 0.9, (0.3 * waitedMs) / 0.87);

/**
 * At least this many requests, for a run QUEUED from 0 to `queuedMs`, then running `plan`,
 * waited for from `waitStartMs` on (times are when the server reads the task).
 */
export function fewestRequests(
  plan: RunPlan,
  queuedMs: number,
  waitStartMs: number,
  valuesNeeded = 1,
): number {
  const endAt = queuedMs + plan.runMs;
  const seen = new Set<number>();
  let at = waitStartMs;
  for (let polls = 1; ; polls++) {
    at += longestBlindGapMs(at - waitStartMs);
    if (at >= endAt) return polls;
    const progress = at >= queuedMs ? progressAt(plan, at - queuedMs) : 0;
    if (progress > 0) seen.add(progress);
    if (seen.size >= valuesNeeded) return polls + 1;
  }
}

/**
 * B of the restated informative target (issue 25): the fewest polls, up to and including the
 * first that reads progress above 0 (or, when none can, the one that sees the end), that any
 * schedule needs while it keeps the general p90 for silent tasks. Until progress shows, a task
 * answers like a silent one, so its gaps are at most longestBlindGapMs; the latest possible
 * k-th poll is the sum of those, and B is the first k whose poll reads progress or the end.
 * From the gap bound and the task's plan only, never from a measured run.
 */
export function pollsToFirstProgress(plan: RunPlan, queuedMs: number, waitStartMs: number): number {
  const endAt = queuedMs + plan.runMs;
  let at = waitStartMs;
  for (let polls = 1; ; polls++) {
    at += longestBlindGapMs(at - waitStartMs);
    if (at >= endAt) return polls;
    if (at >= queuedMs && progressAt(plan, at - queuedMs) > 0) return polls;
  }
}
