// The progress-profile sweep: the real TaskWaiter (and its PollSchedule) waits for tasks whose
// progress follows the simulator's profiles, in virtual time, next to a fixed 500 ms poller,
// a fixed 5 s poller and the limit (one request that arrives exactly when the task ends), all
// on the same tasks. Each cell is one profile × running time × QUEUED phase; its runs spread
// the running time evenly over ±jitter so the end falls at every phase of every poller.
import { DEFAULT_POLL_POLICY, type PollPolicy } from "../sdk/options";
import { SafeLogger } from "../sdk/logger";
import { Redactor } from "../sdk/redact";
import { TaskWaiter, type TaskSource } from "../sdk/waiter";
import type { Task } from "../sdk/wire";
import {
  parseProgressProfile,
  planRun,
  progressAt,
  seededRandom,
  type RunPlan,
} from "../simulator/progress-profiles";
import { fewestRequests, pollsToFirstProgress } from "./feasibility";
import { VirtualClock } from "./virtual-clock";

/** A profile of the sweep: the label printed, whether progress tells the end, one run's plan. */
export interface SweepProfile {
  label: string;
  informative: boolean;
  plan(runMs: number, random: () => number): RunPlan;
}

const simulated = (label: string, spec: string, informative: boolean): SweepProfile => {
  const profile = parseProgressProfile(spec);
  return { label, informative, plan: (runMs, random) => planRun(profile, runMs, random) };
};

/** The profiles, planned by the simulator. */
export const SWEEP_PROFILES: SweepProfile[] = [
  simulated("4 even steps", "linear:4", true),
  simulated("1 % steps", "percent", true),
  simulated("jittered", "jittered", true),
  simulated("none", "none", false),
  simulated("front-loaded", "front-loaded", false),
  simulated("back-loaded", "back-loaded", false),
];

export interface SweepSettings {
  runsMs: number[];
  queuedMs: number[];
  runsPerCell: number;
  /** running time of run i = nominal × (1 + jitter × (2 (i + ½) / runs − 1)) */
  jitter: number;
  /** a request's round trip; the server reads the task half-way */
  rttMs: number;
  seed: number;
  /** the sdk's poll policy (default: the client's default) */
  policy?: Required<PollPolicy>;
  /** default: SWEEP_PROFILES */
  profiles?: SweepProfile[];
}

export interface Stats {
  medianLateMs: number;
  p90LateMs: number;
  medianRequests: number;
  maxLateMs: number;
  maxRequests: number;
}

export type SweepContender = "sdk" | "fixed 500 ms" | "fixed 5 s" | "limit";
export const SWEEP_CONTENDERS: SweepContender[] = ["sdk", "fixed 500 ms", "fixed 5 s", "limit"];

export interface SweepRow {
  profile: string;
  informative: boolean;
  runMs: number;
  queuedMs: number;
  /** median of queued + running over the runs: "the task" the targets scale with */
  taskMs: number;
  runs: number;
  stats: Record<SweepContender, Stats>;
  /** median over the runs of the fewest requests any schedule can spend (./feasibility) */
  fewestRequests: number;
  /** the same for a schedule that trusts no single progress value (printed, not judged) */
  fewestConfirmedRequests: number;
  /** median B: the fewest polls up to the first reading of progress (./feasibility) */
  pollsToFirstProgress: number;
}

interface Sample {
  lateMs: number;
  requests: number;
}

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());

/** One task on a virtual clock: QUEUED from 0, RUNNING from `queuedMs`, done at `endAt`. */
class VirtualTask implements TaskSource {
  requests = 0;
  readonly endAt: number;
  constructor(
    private readonly clock: VirtualClock,
    private readonly plan: RunPlan,
    private readonly queuedMs: number,
    private readonly rttMs: number,
  ) {
    this.endAt = queuedMs + plan.runMs;
  }

  snapshot(at: number): Task {
    const running = at >= this.queuedMs;
    const done = at >= this.endAt;
    return {
      id: "t",
      description: "Create pairing",
      status: done ? "SUCCESS" : running ? "RUNNING" : "QUEUED",
      progress: running ? progressAt(this.plan, at - this.queuedMs) : 0,
      queued_time: 0,
      start_time: running ? this.queuedMs : null,
      complete_time: done ? this.endAt : null,
    };
  }

  private async answer(): Promise<Task> {
    this.requests += 1;
    await this.clock.sleep(this.rttMs / 2);
    const task = this.snapshot(this.clock.now());
    await this.clock.sleep(this.rttMs / 2);
    return task;
  }

  getTask(): Promise<Task> {
    return this.answer();
  }

  async listTasksById(): Promise<Task[]> {
    return [await this.answer()];
  }
}

async function runOnce(
  contender: SweepContender,
  plan: RunPlan,
  queuedMs: number,
  rttMs: number,
  policy: Required<PollPolicy>,
): Promise<Sample> {
  const clock = new VirtualClock(0);
  const task = new VirtualTask(clock, plan, queuedMs, rttMs);
  // The POST answer arrives half a round trip after the task was queued; the wait starts then.
  await clock.run(clock.sleep(rttMs / 2), rttMs);
  const limitMs = 100 * task.endAt + 60_000;
  if (contender === "sdk") {
    const waiter = new TaskWaiter(task, policy, quiet, undefined, () => 0, clock);
    await clock.run(waiter.wait(task.snapshot(0)), limitMs);
  } else if (contender === "limit") {
    const once = async () => {
      await clock.sleep(task.endAt - rttMs / 2 - clock.now());
      await task.getTask();
    };
    await clock.run(once(), limitMs);
  } else {
    const interval = contender === "fixed 500 ms" ? 500 : 5000;
    const poll = async () => {
      for (;;) {
        await clock.sleep(interval);
        if ((await task.getTask()).status === "SUCCESS") return;
      }
    };
    await clock.run(poll(), limitMs);
  }
  return { lateMs: clock.now() - task.endAt, requests: task.requests };
}

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}

function stats(samples: Sample[]): Stats {
  const late = samples.map((s) => s.lateMs);
  const req = samples.map((s) => s.requests);
  return {
    medianLateMs: quantile(late, 0.5),
    p90LateMs: quantile(late, 0.9),
    medianRequests: quantile(req, 0.5),
    maxLateMs: Math.max(...late),
    maxRequests: Math.max(...req),
  };
}

/** The running times of one cell's runs, spread evenly over ±jitter. */
export function spreadRuns(nominalMs: number, runs: number, jitter: number): number[] {
  return Array.from({ length: runs }, (_, i) =>
    Math.round(nominalMs * (1 + jitter * ((2 * (i + 0.5)) / runs - 1))),
  );
}

export async function runSweep(s: SweepSettings): Promise<SweepRow[]> {
  const rows: SweepRow[] = [];
  let cell = 0;
  for (const p of s.profiles ?? SWEEP_PROFILES) {
    for (const queuedMs of s.queuedMs) {
      for (const runMs of s.runsMs) {
        rows.push(await runCell(s, { profile: p, runMs, queuedMs }, seededRandom(s.seed + cell++)));
      }
    }
  }
  return rows;
}

/** One cell: a profile at one nominal running time after one QUEUED phase. */
export interface SweepCell {
  profile: SweepProfile;
  runMs: number;
  queuedMs: number;
  /**
   * Scale each run's QUEUED phase with its running time, so the whole task (not only its
   * running part) spreads over ±jitter: a short task after a long queue then still ends at
   * every phase of a poller, as the grid's tasks do. Default: the queue is the same for all.
   */
  spreadQueue?: boolean;
}

/** The cell's runs (running time spread over ±jitter), every contender on each. */
export async function runCell(
  s: Pick<SweepSettings, "runsPerCell" | "jitter" | "rttMs" | "policy">,
  { profile: p, runMs, queuedMs, spreadQueue }: SweepCell,
  random: () => number,
): Promise<SweepRow> {
  const runs = spreadRuns(runMs, s.runsPerCell, s.jitter).map((ms) => ({
    plan: p.plan(ms, random),
    queuedMs: spreadQueue ? Math.round((queuedMs * ms) / runMs) : queuedMs,
  }));
  const samples = Object.fromEntries(SWEEP_CONTENDERS.map((c) => [c, [] as Sample[]])) as Record<
    SweepContender,
    Sample[]
  >;
  const policy = s.policy ?? DEFAULT_POLL_POLICY;
  for (const r of runs) {
    for (const c of SWEEP_CONTENDERS)
      samples[c].push(await runOnce(c, r.plan, r.queuedMs, s.rttMs, policy));
  }
  const median = (f: (plan: RunPlan, queued: number) => number) =>
    quantile(
      runs.map((r) => f(r.plan, r.queuedMs)),
      0.5,
    );
  const wait = s.rttMs / 2;
  return {
    profile: p.label,
    informative: p.informative,
    runMs,
    queuedMs,
    taskMs: median((plan, queued) => queued + plan.runMs),
    runs: runs.length,
    fewestRequests: median((plan, queued) => fewestRequests(plan, queued, wait)),
    fewestConfirmedRequests: median((plan, queued) => fewestRequests(plan, queued, wait, 2)),
    pollsToFirstProgress: median((plan, queued) => pollsToFirstProgress(plan, queued, wait)),
    stats: Object.fromEntries(SWEEP_CONTENDERS.map((c) => [c, stats(samples[c])])) as Record<
      SweepContender,
      Stats
    >,
  };
}
