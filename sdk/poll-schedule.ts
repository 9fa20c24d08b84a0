// When to poll one task next. The rule, in this order:
// 1. Blind bound: after a poll at wait time w the next gap is at most
//    clamp((backoffFactor − 1) × w, initialIntervalMs, maxIntervalMs), and never less than
//    initialIntervalMs. So whatever a task reports, it is seen done at most max(floor,
//    25 % of the wait) after it ends (defaults), for no more requests than polling every
//    floor ms. QUEUED, no progress, and a task with no progress yet get exactly this.
// 2. Earlier: while every reading so far (0 % ones included) fits one rate since start_time,
//    the readings bracket the running time [lo, hi]; when hi comes before the blind poll, the
//    poll moves to just after hi (but keeps the floor). Once no single rate fits them (front-
//    or back-loaded), only the latest reading predicts, and only ever moves polls earlier.
// 3. Fewer: once two different values confirm one rate, a gap may grow past the blind bound:
//    - to just after hi, when the bracket is narrow and each reading is fine-grained (a step
//      of at most NARROW of the value): the readings pin the rate down. The step is the
//      largest the values can be whole-percent roundings of multiples of, so that 12.5 %
//      steps (13, 25, 38) are not taken for 1 % ones;
//    - else towards the bracket's geometric middle, by at most STRETCH × w.
//    A task whose rate changes after that is seen done at the end its readings promised, or
//    STRETCH × w late; every poll on the way checks the rate again.
// Times are local; the task's server times are mapped with a lower bound of the server clock
// offset (from the task's own queued/start times, or the client's estimate).

import { raiseOffsetBound } from "./vrms-clock";
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
/** Pinned: a bracket within this fraction of its lower end, from steps within it of the value. */
const NARROW = 0.1;

interface Reading {
  at: number;
  progress: number;
}

/** Whether every value is within ½ of a positive multiple of `step`: rounded to whole percent. */
const fitsStep = (values: number[], step: number) =>
  values.every((p) => Math.abs(p - Math.max(1, Math.round(p / step)) * step) <= 0.5 + 1e-9);

/**
 * The largest step (at most `atMost`) the whole-percent progress values can be rounded
 * multiples of. Not their common divisor: whole percents hide steps like 12.5 %, whose values
 * 13, 25, 38 have a divisor of 1. A new value can only lower it, so the last answer bounds the
 * search.
 */
export function largestStep(values: number[], atMost = Infinity): number {
  if (fitsStep(values, atMost)) return atMost;
  // The largest fitting step is the upper end, (p + ½) / m, of some value's rounding range.
  const candidates = values
    .flatMap((p) => {
      const first = Math.max(1, Math.ceil((p + 0.5) / atMost));
      return Array.from({ length: p - first + 1 }, (_, i) => (p + 0.5) / (first + i));
    })
    .sort((a, b) => b - a);
  return candidates.find((step) => fitsStep(values, step)) ?? 1;
}

export class PollSchedule {
  private offsetLo?: number;
  private serverStart?: number;
  private notRunningAt?: number;
  private localStart?: number;
  /** What each poll read while the task ran: local time and progress. */
  private readonly readings: Reading[] = [];
  private step?: number;
  /** Bounds of the running time, from the progress steps seen. */
  private lo = 0;
  private hi = Infinity;
  /** Different non-zero progress values seen (two confirm a rate). */
  private readonly values = new Set<number>();
  /** Set when the readings fit no single rate: only the latest one predicts from then on. */
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
    this.offsetLo = raiseOffsetBound(this.offsetLo, [task.queued_time, task.start_time], at);
    if (typeof task.start_time === "number") this.serverStart = task.start_time;
    if (task.status === "QUEUED") {
      this.notRunningAt = at;
      return;
    }
    if (this.serverStart === undefined && this.localStart === undefined) {
      this.localStart = this.notRunningAt ?? this.startedAt;
    }
    if (typeof task.progress !== "number" || !Number.isFinite(task.progress)) return;
    // Whole percents, as the API defines them: a fraction such as 0.25 reads as no progress.
    const progress = Math.max(0, Math.round(task.progress));
    if (progress >= 100) return;
    const prev = this.readings.at(-1);
    if (prev && prev.progress > progress) this.nonlinear = true; // restarted something
    this.readings.push({ at, progress });
    if (progress === 0) return;
    this.values.add(progress);
    this.step = largestStep([...this.values], this.step);
    this.fit();
  }

  /**
   * The running times T that every reading allows if progress rose one step every
   * step/100 × T: a reading p at running time e says T ≤ 100 e / p (p was reached) and
   * T > 100 e / (p + step) (the next step was not). Once no T fits them all, only the latest
   * reading predicts, and only to move polls earlier.
   */
  private fit(): void {
    const origin = this.origin();
    const step = this.step;
    if (origin === undefined || step === undefined) return;
    const bracket = (rs: Reading[]) => {
      let lo = 0;
      let hi = Infinity;
      for (const r of rs) {
        const e = r.at - origin;
        if (e <= 0) continue;
        if (r.progress > 0) hi = Math.min(hi, (e * 100) / r.progress);
        lo = Math.max(lo, r.progress + step < 100 ? (e * 100) / (r.progress + step) : e);
      }
      return { lo, hi };
    };
    let b = this.nonlinear ? undefined : bracket(this.readings);
    if (!b || b.lo > b.hi) {
      this.nonlinear = true;
      b = bracket(this.readings.slice(-1));
      b.lo = Math.min(b.lo, b.hi);
    }
    this.lo = b.lo;
    this.hi = b.hi;
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
    this.aimed = true;
    if (this.pinned()) return Math.min(cap, endHi - now);
    const target = origin + Math.sqrt(this.lo * this.hi) + MARGIN_MS;
    return Math.min(cap, Math.max(blind, Math.min(target - now, STRETCH * waited)));
  }

  /** Whether the readings pin the running time down: a narrow bracket from fine steps. */
  private pinned(): boolean {
    const latest = this.readings.at(-1)?.progress ?? 0;
    const fineSteps = this.step !== undefined && this.step <= NARROW * latest;
    return fineSteps && this.hi - this.lo <= NARROW * this.lo;
  }

  private origin(): number | undefined {
    if (this.serverStart !== undefined) return this.serverStart - (this.offsetLo ?? 0);
    return this.localStart;
  }
}
