// The clock the VRMS stamps tasks with, as seen from here. It need not agree with the server's
// Date header (one appliance here stamps tasks minutes behind it), so it is learned from task
// times alone: a task time `ts` read at local time `at` cannot be later than the task clock's
// "now" then, so `ts - at` is a lower bound of (task clock - local clock).

import type { Task } from "./wire";

export class TaskClock {
  private offsetLo?: number;

  /** Records the times of tasks that were read at local time `at`. */
  observe(tasks: readonly Task[], at = Date.now()): void {
    for (const t of tasks) {
      for (const ts of [t?.queued_time, t?.start_time, t?.complete_time]) {
        if (typeof ts === "number" && Number.isFinite(ts)) {
          this.offsetLo = Math.max(this.offsetLo ?? -Infinity, ts - at);
        }
      }
    }
  }

  /** Task clock minus local clock, a lower bound; undefined before any task was seen. */
  get offsetLowerBoundMs(): number | undefined {
    return this.offsetLo;
  }
}
