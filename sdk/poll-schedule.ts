// When to poll one task next. Without progress the interval backs off geometrically to the
// cap. With progress the task tells us how long it will take: a step p % first seen at
// elapsed e (and not seen at the poll before) bounds the running time T to
// (e_before, e] × 100 / p, and not having reached the next step bounds it from below. The
// schedule keeps that bracket, polls just after its end when it is narrow, polls at its
// geometric middle to narrow it when it is wide, and polls quickly (gently growing) once the
// bracket's end has passed without a terminal status (progress reported late, or not linear).
// Times are local (Date.now()); the task's server times are mapped with a lower bound of the
// server clock offset (from the task's own queued/start times, or the client's estimate).

import type { Task } from "./wire";

export interface ScheduleParams {
  initialIntervalMs: number;
  maxIntervalMs: number;
  backoffFactor: number;
}

/** Keeping the previous gap instead of aiming is fine while that poll is late by less than this fraction. */
const KEEP_LATE_FRACTION = 0.1;
/** Poll this long after the estimated end, so the server has surely marked it. */
const MARGIN_MS = 20;
/** Overdue polling starts at this interval and grows by OVERDUE_GROWTH. */
const OVERDUE_MS = 200;
const OVERDUE_GROWTH = 1.3;

/** Tuning, measured with `npm run bench` (2 s and 8 s tasks, 4 progress steps). */
const TUNING = {
  /** Polling at the bracket's end may be late by this fraction of the shortest running time… */
  lateFraction: 0.1,
  /** …or by this many ms, whichever is more; a wider bracket is narrowed first. */
  lateMinMs: 150,
  /** Where in a wide bracket to poll (0 = its start, 1 = its end). */
  aim: 0.7,
  /** Before a task's first progress step, each wait lasts this many times the wait so far. */
  growth: 3,
};

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

export class PollSchedule {
  /** The progress-blind back-off interval. */
  private interval: number;
  /** The gap chosen by the last next() (a poll is never moved earlier than needed). */
  private lastGap = 0;
  private overdueGap = 0;
  private offsetLo?: number;
  private serverStart?: number;
  private notRunningAt?: number;
  private localStart?: number;
  private last?: { at: number; progress: number };
  private step?: number;
  /** Bounds of the running time, from the progress steps seen. */
  private lo = 0;
  private hi = Infinity;
  /** Whether the last next() aimed at an estimated step or end. */
  private aimed = false;

  constructor(
    private readonly p: ScheduleParams,
    private readonly startedAt: number,
    given?: Task,
    serverClockOffsetMs?: number,
  ) {
    this.interval = p.initialIntervalMs;
    this.offsetLo = serverClockOffsetMs;
    if (given) this.observe(startedAt, given);
  }

  /** The first poll. */
  first(): number {
    this.lastGap = this.p.initialIntervalMs;
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
    if (prev && prev.progress > progress) this.reset();
    const p = Math.round(progress);
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
    if (progress + this.step < 100) lo = Math.max(lo, (e * 100) / (progress + this.step));
    else lo = Math.max(lo, e);
    if (lo > hi) {
      // The steps do not fit one rate (reported late, or not linear): trust the latest.
      hi = (e * 100) / progress;
      lo = Math.min(hi, progress + this.step < 100 ? (e * 100) / (progress + this.step) : e);
    }
    this.lo = lo;
    this.hi = hi;
  }

  /** Local time of the next poll, decided right after a poll at `now`. */
  next(now: number): number {
    this.interval = Math.min(this.p.maxIntervalMs, this.interval * this.p.backoffFactor);
    const gap = this.choose(now);
    this.lastGap = gap;
    return now + gap;
  }

  private choose(now: number): number {
    const { maxIntervalMs: cap, initialIntervalMs: floor } = this.p;
    this.aimed = false;
    const origin = this.origin();
    const last = this.last;
    if (origin === undefined || !last) {
      this.overdueGap = 0;
      return this.interval;
    }
    if (this.hi === Infinity) {
      // Progress reported, first step not seen yet: it will tell the length, so wait longer.
      this.overdueGap = 0;
      return Math.min(
        cap,
        Math.max(this.interval, TUNING.growth * (now - Math.min(origin, this.startedAt))),
      );
    }
    const endHi = origin + this.hi + MARGIN_MS;
    if (now >= endHi - floor / 2) {
      this.overdueGap = this.overdueGap
        ? Math.min(cap, this.overdueGap * OVERDUE_GROWTH)
        : Math.max(OVERDUE_MS, Math.min(cap, 0.03 * this.hi));
      return this.overdueGap;
    }
    this.overdueGap = 0;
    const width = this.hi - this.lo;
    const late = Math.max(TUNING.lateMinMs, TUNING.lateFraction * this.lo);
    const target = origin + (width <= late ? this.hi : this.lo + TUNING.aim * width) + MARGIN_MS;
    // A poll that keeps the last gap is late by less than we accept: no need to move it.
    const keep = now + this.lastGap;
    if (target < keep && keep <= endHi + KEEP_LATE_FRACTION * this.lo) {
      return Math.min(cap, Math.max(floor, this.lastGap));
    }
    this.aimed = true;
    return Math.min(cap, Math.max(floor, target - now));
  }

  private origin(): number | undefined {
    if (this.serverStart !== undefined) return this.serverStart - (this.offsetLo ?? 0);
    return this.localStart;
  }

  private reset(): void {
    this.lo = 0;
    this.hi = Infinity;
    this.step = undefined;
  }
}
