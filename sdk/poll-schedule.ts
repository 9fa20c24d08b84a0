// When to poll one task next. The rule, in this order:
// 1. Blind bound: after a poll at wait time w the next gap is at most
//    clamp((backoffFactor − 1) × w, initialIntervalMs, maxIntervalMs), and never less than
//    initialIntervalMs. So whatever a task reports, it is seen done at most max(floor,
//    25 % of the wait) after it ends (defaults), for no more requests than polling every
//    floor ms. QUEUED, no progress, and a task with no progress yet get exactly this.
// 2. Earlier: while the progress steps seen fit one rate since start_time, they bracket the
//    running time [lo, hi]; when hi comes before the blind poll, the poll moves to just after
//    hi (but keeps the floor). Steps that fit no single rate (front- or back-loaded) predict
//    from the latest step alone, and only ever move polls earlier.
// 3. Fewer: once two different steps confirm one rate, a gap may grow past the blind bound
//    towards the bracket (its end when narrow, its geometric middle when wide), by at most
//    STRETCH × w: a task whose rate changes later is seen done at most that late.
// Times are local; the task's server times are mapped with a lower bound of the server clock
// offset (from the task's own queued/start times, or the client's estimate).

import type { Task } from "./wire";

export interface ScheduleParams {
  initialIntervalMs: number;
  maxIntervalMs: number;
  backoffFactor: number;
}

/** Poll this long after the estimated end, so the server has surely marked it. */
const MARGIN_MS = 20;
/** A confirmed prediction may stretch a gap to this fraction of the wait so far. */
const STRETCH = 0.5;
/** A bracket narrower than this fraction of its lower end is polled at its end. */
const NARROW = 0.1;
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export class PollSchedule {
  private offsetLo?: number;
  private serverStart?: number;
  private notRunningAt?: number;
  private localStart?: number;
  private last?: { at: number; progress: number };
  private step?: number;
  /** Bounds of the running time, from the progress steps seen. */
  private lo = 0;
  private hi = Infinity;
  /** Different non-zero progress values seen (two confirm a rate). */
  private readonly values = new Set<number>();
  /** Set when the steps seen fit no single rate: progress is ignored from then on. */
  private nonlinear = false;
  /** Whether the last next() aimed at a predicted end. */
  private aimed = false;
  private lastGap: number;

  constructor(
    private readonly p: ScheduleParams,
    private readonly startedAt: number,
    given?: Task,
    serverClockOffsetMs?: number,
  ) {
    this.lastGap = p.initialIntervalMs;
    this.offsetLo = serverClockOffsetMs;
    if (given) this.observe(startedAt, given);
  }

  /** The first poll. */
  first(): number {
    return this.startedAt + this.p.initialIntervalMs;
  }

  /** How early a poll due at `dueAt` may ride along with another wait's tick. */
  get slackMs(): number {
    return this.aimed ? Math.min(this.lastGap / 4, 100) : this.lastGap / 2;
  }

  /** Records what a poll answered at local time `at`. */
  observe(at: number, task: Task): void {
    for (const t of [task.queued_time, task.start_time]) {
      if (typeof t === "number" && Number.isFinite(t)) {
        this.offsetLo = Math.max(this.offsetLo ?? -Infinity, t - at);
      }
    }
    if (typeof task.start_time === "number") this.serverStart = task.start_time;
    if (task.status === "QUEUED") {
      this.notRunningAt = at;
      return;
    }
    if (this.serverStart === undefined && this.localStart === undefined) {
      this.localStart = this.notRunningAt ?? this.startedAt;
    }
    const progress = task.progress;
    if (typeof progress !== "number" || !Number.isFinite(progress)) return;
    const origin = this.origin();
    if (origin === undefined) return;
    const e = at - origin;
    const prev = this.last;
    this.last = { at, progress };
    if (progress <= 0 || progress >= 100 || e <= 0) return;
    if (prev && prev.progress > progress) {
      // Progress went back: the task restarted something; start over, trusting no rate.
      this.nonlinear = true;
      this.lo = 0;
      this.hi = Infinity;
      this.step = undefined;
    }
    const p = Math.round(progress);
    this.values.add(p);
    this.step = gcd(this.step ?? p, p);
    if (prev && prev.progress > 0 && p !== Math.round(prev.progress)) {
      this.step = gcd(this.step, Math.abs(p - Math.round(prev.progress)));
    }
    let lo = this.lo;
    let hi = this.hi;
    if (!prev || prev.progress < progress) {
      hi = Math.min(hi, (e * 100) / progress);
      if (prev && prev.at > origin) lo = Math.max(lo, ((prev.at - origin) * 100) / progress);
    }
    lo = Math.max(lo, progress + this.step < 100 ? (e * 100) / (progress + this.step) : e);
    if (lo > hi) {
      // The steps fit no single rate: only the latest one predicts, and only earlier polls.
      this.nonlinear = true;
      hi = (e * 100) / progress;
      lo = Math.min(hi, progress + this.step < 100 ? (e * 100) / (progress + this.step) : e);
    }
    this.lo = lo;
    this.hi = hi;
  }

  /** Local time of the next poll, decided right after a poll at `now`. */
  next(now: number): number {
    const gap = this.choose(now);
    this.lastGap = gap;
    return now + gap;
  }

  private choose(now: number): number {
    const { maxIntervalMs: cap, initialIntervalMs: floor, backoffFactor } = this.p;
    const waited = now - this.startedAt;
    const blind = Math.min(cap, Math.max(floor, (backoffFactor - 1) * waited));
    this.aimed = false;
    const origin = this.origin();
    if (origin === undefined || this.hi === Infinity) return blind;
    const endHi = origin + this.hi + MARGIN_MS;
    if (endHi <= now) return blind; // overdue: progress was wrong, only the bound is left
    if (endHi < now + blind) {
      this.aimed = true;
      return Math.max(floor, endHi - now);
    }
    if (this.nonlinear || this.values.size < 2) return blind;
    const width = this.hi - this.lo;
    const target =
      width <= NARROW * this.lo ? endHi : origin + Math.sqrt(this.lo * this.hi) + MARGIN_MS;
    this.aimed = true;
    return Math.min(cap, Math.max(blind, Math.min(target - now, STRETCH * waited)));
  }

  private origin(): number | undefined {
    if (this.serverStart !== undefined) return this.serverStart - (this.offsetLo ?? 0);
    return this.localStart;
  }
}
