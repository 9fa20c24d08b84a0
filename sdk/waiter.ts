// Waiting for VRMS tasks. All waits of one client share one poll loop: each tick
// polls every task that is due with ONE request (GET /tasks/{id} for one task, a
// filtered GET /tasks for several), so N waits cost about as much as one. When each
// task is polled next is its PollSchedule's call: a gap of at most a fixed fraction of the
// time waited so far (with a floor and a cap), earlier or fewer polls when progress predicts
// the end (a 10-minute task costs a few dozen requests, far below the 50
// requests/session/minute limit). The clock is injectable so the bench can run this very loop in virtual time.

import {
  VrmsAbortError,
  VrmsError,
  VrmsHttpError,
  VrmsNetworkError,
  VrmsNotFoundError,
  VrmsRateLimitError,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
  VrmsTaskTimeoutError,
} from "./vrms-errors";
import type { PollPolicy } from "./options";
import { PollSchedule } from "./poll-schedule";
import type { SafeLogger } from "./logger";
import type { Task, TaskStatus } from "./wire";

export interface WaitOptions {
  /** Give up (VrmsTaskTimeoutError) after this long; the task keeps running on the server. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called whenever the observed status or progress changes. */
  onProgress?: (task: Task) => void;
  /** Names the operation in errors, e.g. "create pairing". */
  operation?: string;
}

export interface TaskSource {
  getTask(id: string): Promise<Task>;
  /** Tasks with these ids (a server may return more; missing ones are fetched singly). */
  listTasksById(ids: string[]): Promise<Task[]>;
}

/** Time and timers of the poll loop; the real ones by default (a bench runs it in virtual time). */
export interface WaitClock {
  now(): number;
  /** Calls `fn` after `ms`; returns a function that cancels it. */
  setTimer(fn: () => void, ms: number): () => void;
}

export const realClock: WaitClock = {
  now: () => Date.now(),
  setTimer(fn, ms) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

interface TaskWait {
  taskId: string;
  options: WaitOptions;
  startedAt: number;
  schedule: PollSchedule;
  dueAt: number;
  lastStatus: TaskStatus | "UNKNOWN";
  lastProgress?: number;
  description?: string;
  resolve(task: Task): void;
  reject(err: Error): void;
  cleanup(): void;
}

/**
 * When the next tick fires: at the first due poll, or a little later when that lets polls due
 * right after it share the request. Each poll may be late by 5 % of its wait so far (at least
 * GATHER_MIN_MS), well inside the overhead a user notices.
 */
function gatheredDueAt(waiters: TaskWait[]): number {
  const byDue = waiters.sort((a, b) => a.dueAt - b.dueAt);
  let due = Infinity;
  let latest = Infinity;
  for (const w of byDue) {
    if (w.dueAt > latest) break;
    due = w.dueAt;
    latest = Math.min(latest, w.dueAt + Math.max(GATHER_MIN_MS, 0.05 * (w.dueAt - w.startedAt)));
  }
  return due;
}

const GATHER_MIN_MS = 100;

/** Errors that will not go away by polling again. */
function isFatal(err: unknown): boolean {
  if (err instanceof VrmsRateLimitError || err instanceof VrmsNetworkError) return false;
  if (err instanceof VrmsHttpError) return err.status < 500;
  return true;
}

export class TaskWaiter {
  private readonly waiters = new Set<TaskWait>();
  private cancelTimer?: () => void;
  private timerDueAt = Infinity;
  private polling = false;
  /** Poll requests issued (for tests and diagnostics). */
  pollRequests = 0;

  constructor(
    private readonly source: TaskSource,
    private readonly policy: Required<PollPolicy>,
    private readonly log: SafeLogger,
    /** Masks known secrets in task messages quoted by errors. */
    private readonly scrub: (text: string) => string = (t) => t,
    /** Server clock minus local clock, as far as the client knows (maps task times). */
    private readonly serverClockOffsetMs: () => number | undefined = () => undefined,
    private readonly clock: WaitClock = realClock,
  ) {}

  get activeWaits(): number {
    return this.waiters.size;
  }

  wait(task: Task | string, options: WaitOptions = {}): Promise<Task> {
    const given = typeof task === "string" ? undefined : task;
    const taskId = typeof task === "string" ? task : task?.id;
    if (!taskId) return Promise.reject(new VrmsError("waitForTask needs a task or a task id"));
    if (given) {
      const settled = settle(given, options, this.scrub);
      if (settled) return settled;
    }
    if (options.signal?.aborted) {
      return Promise.reject(new VrmsAbortError(`wait for task ${taskId} aborted`, taskId));
    }
    return new Promise<Task>((resolve, reject) => {
      const now = this.clock.now();
      const schedule = new PollSchedule(this.policy, now, given, this.serverClockOffsetMs());
      let cancelTimeout: (() => void) | undefined;
      const onAbort = () => {
        this.finish(w);
        reject(new VrmsAbortError(`wait for task ${taskId} aborted`, taskId));
      };
      const w: TaskWait = {
        taskId,
        options,
        startedAt: now,
        schedule,
        dueAt: schedule.first(),
        lastStatus: given?.status ?? "UNKNOWN",
        lastProgress: given?.progress,
        description: given?.description,
        resolve,
        reject,
        cleanup: () => {
          cancelTimeout?.();
          options.signal?.removeEventListener("abort", onAbort);
        },
      };
      if (options.timeoutMs !== undefined) {
        cancelTimeout = this.clock.setTimer(() => {
          this.finish(w);
          reject(
            new VrmsTaskTimeoutError({
              taskId,
              operation: options.operation,
              description: w.description,
              // Timers may fire a millisecond early by Date's reckoning.
              elapsedMs: Math.max(options.timeoutMs ?? 0, this.clock.now() - w.startedAt),
              lastStatus: w.lastStatus,
              lastProgress: w.lastProgress,
            }),
          );
        }, options.timeoutMs);
      }
      options.signal?.addEventListener("abort", onAbort, { once: true });
      this.waiters.add(w);
      this.log.debug(
        `waiting for task ${taskId}${options.operation ? ` (${options.operation})` : ""}`,
      );
      this.schedule();
    });
  }

  /** Rejects every pending wait (client disposed). */
  dispose(): void {
    for (const w of [...this.waiters]) {
      this.finish(w);
      w.reject(
        new VrmsAbortError(
          `the VRMS client was disposed while waiting for task ${w.taskId}`,
          w.taskId,
        ),
      );
    }
    this.clearTimer();
  }

  private finish(w: TaskWait): void {
    w.cleanup();
    this.waiters.delete(w);
    if (this.waiters.size === 0) this.clearTimer();
  }

  private clearTimer(): void {
    this.cancelTimer?.();
    this.cancelTimer = undefined;
    this.timerDueAt = Infinity;
  }

  private schedule(): void {
    if (this.polling) return; // the running tick reschedules when it ends
    const due = gatheredDueAt([...this.waiters]);
    if (due === Infinity) return this.clearTimer();
    if (this.cancelTimer && this.timerDueAt <= due) return;
    this.clearTimer();
    this.timerDueAt = due;
    this.cancelTimer = this.clock.setTimer(
      () => {
        this.cancelTimer = undefined;
        this.timerDueAt = Infinity;
        void this.tick();
      },
      Math.max(0, due - this.clock.now()),
    );
  }

  private async tick(): Promise<void> {
    this.polling = true;
    try {
      const now = this.clock.now();
      // Waits due soon ride along with this tick, so their schedules line up.
      const due = [...this.waiters].filter((w) => w.dueAt <= now + w.schedule.slackMs);
      const ids = [...new Set(due.map((w) => w.taskId))];
      if (ids.length > 0) await this.poll(ids, due);
    } finally {
      this.polling = false;
      this.schedule();
    }
  }

  private async poll(ids: string[], due: TaskWait[]): Promise<void> {
    const found = new Map<string, Task>();
    const failed = new Map<string, unknown>();
    const fetchOne = async (id: string) => {
      this.pollRequests += 1;
      try {
        found.set(id, await this.source.getTask(id));
      } catch (err) {
        failed.set(id, err);
      }
    };
    if (ids.length === 1) {
      await fetchOne(ids[0]);
    } else {
      this.pollRequests += 1;
      try {
        for (const t of await this.source.listTasksById(ids)) found.set(t.id, t);
        for (const id of ids) if (!found.has(id)) await fetchOne(id);
      } catch (err) {
        for (const id of ids) failed.set(id, err);
      }
    }
    const now = this.clock.now();
    // A list answer is news for every waiter, due or not.
    for (const w of [...this.waiters]) {
      const task = found.get(w.taskId);
      if (task) w.schedule.observe(now, task);
      if (due.includes(w)) w.dueAt = w.schedule.next(now);
      if (task) this.observe(w, task);
      else if (failed.has(w.taskId)) this.pollFailed(w, failed.get(w.taskId));
    }
  }

  private pollFailed(w: TaskWait, err: unknown): void {
    const what = err instanceof Error ? err.message : "error";
    if (err instanceof VrmsNotFoundError || isFatal(err)) {
      this.finish(w);
      w.reject(err instanceof Error ? err : new VrmsError(what));
      return;
    }
    this.log.warn(`polling task ${w.taskId} failed (${what}); still waiting`);
  }

  private observe(w: TaskWait, task: Task): void {
    const changed = task.status !== w.lastStatus || task.progress !== w.lastProgress;
    w.lastStatus = task.status;
    w.lastProgress = task.progress;
    w.description = task.description ?? w.description;
    if (changed && w.options.onProgress) {
      try {
        w.options.onProgress(task);
      } catch (err) {
        this.log.warn(`onProgress callback threw: ${err instanceof Error ? err.message : "error"}`);
      }
    }
    const settled = settle(task, w.options, this.scrub);
    if (settled) {
      this.finish(w);
      this.log.debug(`task ${w.taskId} ${task.status} after ${this.clock.now() - w.startedAt} ms`);
      settled.then(w.resolve, w.reject);
    }
  }
}

/** A promise for a task in a terminal state, or undefined while it still runs. */
function settle(
  task: Task,
  options: WaitOptions,
  scrub: (text: string) => string,
): Promise<Task> | undefined {
  const facts = { taskId: task.id, description: task.description, operation: options.operation };
  switch (task.status) {
    case "SUCCESS":
      return Promise.resolve(task);
    case "ERROR":
      return Promise.reject(
        new VrmsTaskFailedError({
          ...facts,
          taskMessage: task.error?.message ? scrub(task.error.message) : undefined,
          details: task.error?.details ? scrub(task.error.details) : undefined,
          task: {
            ...task,
            error: {
              message: task.error?.message ? scrub(task.error.message) : undefined,
              details: task.error?.details ? scrub(task.error.details) : undefined,
            },
          },
        }),
      );
    case "CANCELLED":
      return Promise.reject(new VrmsTaskCancelledError(facts));
    default:
      return undefined;
  }
}
