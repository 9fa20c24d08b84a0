// Asynchronous work, the way the appliance runs it: a task is QUEUED, turns RUNNING, reports
// progress in steps and ends SUCCESS or ERROR (or CANCELLED from the control surface). The
// outcome is decided at the end, so the state of the sites at that moment counts.
import { randomUUID } from "node:crypto";
import { API_BASE_PATH } from "../sdk/wire";
import type { Task, TaskEntity } from "../sdk/wire";
import { NotFound, UnknownObjectError } from "./api-errors";
import { listResponse } from "./listing";
import {
  ProgressPlanner,
  type ResolvedProgress,
  resolveProgressOptions,
  type RunPlan,
} from "./progress-profiles";
import type { Route } from "./route-types";

export type TaskKind = "create" | "reconnect" | "delete";

export type TaskOutcome =
  { ok: true; result: Record<string, unknown> } | { ok: false; message: string; details: string };

export interface TaskStart {
  kind: TaskKind;
  entity: string;
  entityName: string | null;
  /** Runs once, when the work finishes (not when cancelled): applies the change or says why not. */
  finish: () => TaskOutcome;
  /**
   * The description of work other than a pairing's (replications); `kind` then only picks the
   * running time and progress profile, and failNextTask(kind) leaves the task alone.
   */
  label?: { text: string; id: string };
}

const DESCRIPTIONS: Record<TaskKind, { text: string; id: string }> = {
  create: { text: "Create pairing", id: "com.vmware.vr.pairing.create" },
  reconnect: { text: "Reconnect pairing", id: "com.vmware.vr.pairing.reconnect" },
  delete: { text: "Delete pairing", id: "com.vmware.vr.pairing.delete" },
};

interface Running {
  task: Task;
  start: TaskStart;
  step: number;
  /** Progress steps and running time, drawn when the task turns RUNNING. */
  plan: RunPlan | null;
  timer: NodeJS.Timeout | null;
  parked: boolean;
  waiters: { resolve: (task: Task) => void; reject: (err: Error) => void }[];
}

export interface TaskDurationsMs {
  createMs: number;
  reconnectMs: number;
  deleteMs: number;
  queuedMs: number;
}

/** How long finished tasks stay listed ("recent" is undocumented): see options.taskRetention. */
export interface TaskRetentionLimits {
  maxAgeMs: number | null;
  maxCount: number;
}

export class TaskRunner {
  private readonly tasks = new Map<string, Running>();
  private frozen = false;
  private stopped = false;
  private readonly failNext = new Map<TaskKind, { message: string; details: string }[]>();

  /** Tasks whose record is gone (404, not listed) while their work goes on. */
  private readonly forgotten = new Set<string>();

  /** When each finished task settled, on the simulator's own clock (for retention). */
  private readonly settledAt = new Map<string, number>();

  private readonly planner: ProgressPlanner;

  constructor(
    private readonly durations: TaskDurationsMs,
    private readonly retention: TaskRetentionLimits,
    /** The server's clock for task times (skew and offset applied). */
    private readonly now: () => number = Date.now,
    progress: ResolvedProgress = resolveProgressOptions({ seed: 0 }),
  ) {
    this.planner = new ProgressPlanner(progress);
  }

  start(start: TaskStart): Task {
    const d = start.label ?? DESCRIPTIONS[start.kind];
    const task: Task = {
      id: randomUUID(),
      description: d.text,
      description_id: d.id,
      entity: start.entity,
      entity_name: start.entityName,
      status: "QUEUED",
      error: null,
      result: null,
      progress: 0,
      queued_time: this.now(),
      start_time: null,
      complete_time: null,
    };
    const run: Running = {
      task,
      start,
      step: 0,
      plan: null,
      timer: null,
      parked: false,
      waiters: [],
    };
    this.tasks.set(task.id, run);
    this.prune();
    this.schedule(run, this.durations.queuedMs, () => this.begin(run));
    return copy(task);
  }

  /** Drops the task's record (GET answers 404, lists omit it); its work still finishes. */
  forget(id: string): void {
    if (!this.tasks.has(id)) throw new UnknownObjectError("task", id);
    this.forgotten.add(id);
  }

  get(id: string): Task | undefined {
    this.prune();
    if (this.forgotten.has(id)) return undefined;
    const run = this.tasks.get(id);
    return run ? copy(run.task) : undefined;
  }

  list(): Task[] {
    this.prune();
    return [...this.tasks.values()]
      .filter((r) => !this.forgotten.has(r.task.id))
      .map((r) => copy(r.task));
  }

  /** Resolves when the task is SUCCESS, ERROR or CANCELLED. */
  whenSettled(id: string): Promise<Task> {
    const run = this.tasks.get(id);
    if (!run) return Promise.reject(new UnknownObjectError("task", id));
    if (isTerminal(run.task)) return Promise.resolve(copy(run.task));
    if (this.stopped) return Promise.reject(stoppedError(id));
    return new Promise((resolve, reject) => run.waiters.push({ resolve, reject }));
  }

  setFrozen(frozen: boolean): void {
    this.frozen = frozen;
    if (frozen) return;
    for (const run of this.tasks.values()) {
      if (run.parked) {
        run.parked = false;
        this.advance(run);
      }
    }
  }

  cancel(id: string): void {
    const run = this.tasks.get(id);
    if (!run) throw new UnknownObjectError("task", id);
    if (isTerminal(run.task)) return;
    this.clear(run);
    run.task.status = "CANCELLED";
    this.settle(run);
  }

  failNextTask(kind: TaskKind, message: string, details: string): void {
    const queue = this.failNext.get(kind) ?? [];
    queue.push({ message, details });
    this.failNext.set(kind, queue);
  }

  /** Clears every timer; whoever waits for an unfinished task is told it never will finish. */
  stop(): void {
    this.stopped = true;
    for (const run of this.tasks.values()) {
      this.clear(run);
      for (const w of run.waiters.splice(0)) w.reject(stoppedError(run.task.id));
    }
  }

  private begin(run: Running): void {
    run.task.status = "RUNNING";
    run.task.start_time = this.now();
    run.task.progress = 0;
    run.plan = this.planner.plan(run.start.kind, this.durationOf(run.start.kind));
    this.advance(run);
  }

  private advance(run: Running): void {
    const plan = run.plan;
    if (!plan) return;
    const at = (i: number) => (i === 0 ? 0 : (plan.steps[i - 1]?.atMs ?? plan.runMs));
    this.schedule(run, at(run.step + 1) - at(run.step), () => this.step(run));
  }

  private step(run: Running): void {
    if (this.frozen) {
      run.parked = true;
      return;
    }
    run.step += 1;
    const reached = run.plan?.steps[run.step - 1];
    if (reached) {
      run.task.progress = reached.progress;
      this.advance(run);
      return;
    }
    this.complete(run);
  }

  private complete(run: Running): void {
    const forced = run.start.label ? undefined : this.failNext.get(run.start.kind)?.shift();
    let outcome: TaskOutcome;
    try {
      outcome = forced ? { ok: false, ...forced } : run.start.finish();
    } catch (err) {
      outcome = { ok: false, message: "Internal error in the task", details: String(err) };
    }
    if (outcome.ok) {
      run.task.status = "SUCCESS";
      run.task.progress = 100;
      run.task.result = outcome.result;
    } else {
      run.task.status = "ERROR";
      run.task.error = { message: outcome.message, details: outcome.details };
    }
    this.settle(run);
  }

  private settle(run: Running): void {
    run.task.complete_time = this.now();
    this.settledAt.set(run.task.id, Date.now());
    run.parked = false;
    const waiters = run.waiters.splice(0);
    for (const w of waiters) w.resolve(copy(run.task));
  }

  private schedule(run: Running, ms: number, fn: () => void): void {
    if (this.stopped) return;
    run.timer = setTimeout(() => {
      run.timer = null;
      fn();
    }, ms);
  }

  private clear(run: Running): void {
    if (run.timer) clearTimeout(run.timer);
    run.timer = null;
    run.parked = false;
  }

  private durationOf(kind: TaskKind): number {
    if (kind === "create") return this.durations.createMs;
    if (kind === "reconnect") return this.durations.reconnectMs;
    return this.durations.deleteMs;
  }

  /** Finished tasks past their age, then the oldest beyond the count, are forgotten (404). */
  private prune(): void {
    const { maxAgeMs, maxCount } = this.retention;
    const now = Date.now();
    let finished = this.settledAt.size;
    for (const [id, at] of this.settledAt) {
      if (finished <= maxCount && (maxAgeMs === null || now - at < maxAgeMs)) continue;
      this.tasks.delete(id);
      this.settledAt.delete(id);
      finished -= 1;
    }
  }
}

function stoppedError(id: string): Error {
  return new Error(`simulator: stopped before task ${id} settled`);
}

export function isTerminal(task: Task): boolean {
  return task.status === "SUCCESS" || task.status === "ERROR" || task.status === "CANCELLED";
}

function copy(task: Task): Task {
  return {
    ...task,
    error: task.error ? { ...task.error } : (task.error ?? null),
    result: task.result ? { ...task.result } : (task.result ?? null),
  };
}

export const taskRoutes: Route[] = [
  {
    method: "GET",
    template: "/tasks",
    auth: "session",
    body: false,
    handle(ctx) {
      const all = ctx.core.tasks.list();
      return {
        status: 200,
        body: listResponse(all, ctx.origin, `${API_BASE_PATH}/tasks`, ctx.query),
      };
    },
  },
  {
    method: "GET",
    template: "/tasks/{task_id}",
    auth: "session",
    body: false,
    handle(ctx) {
      const task = ctx.core.tasks.get(ctx.params.task_id);
      if (!task) throw new NotFound();
      const body: TaskEntity = { ...task, _meta: { errors: [] } };
      return { status: 200, body };
    },
  },
];
