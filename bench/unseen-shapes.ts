// Progress shapes the poll schedule was not developed on, for the bench's check that its
// general targets hold beyond the six profiles. Each is a curve (share of the running
// time → share of the work) reported in fixed steps, as a VRMS rounding its progress would.
import { planSteps, type RunPlan } from "../simulator/progress-profiles";
import type { SweepProfile } from "./profile-sweep";

type Curve = (x: number) => number;

/** Steps of `stepPct` % reported when `curve` reaches them, over `runMs` of running time. */
export function planCurve(curve: Curve, stepPct: number, runMs: number): RunPlan {
  const values: number[] = [];
  for (let k = 1; k * stepPct < 100; k++) values.push(Math.round(k * stepPct));
  const fractions = values.map((v) => firstReach(curve, v / 100));
  return planSteps(runMs, fractions, values);
}

/** The first x in [0, 1] where the rising `curve` reaches `y` (bisection). */
function firstReach(curve: Curve, y: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (curve(mid) >= y) hi = mid;
    else lo = mid;
  }
  return hi;
}

const shape = (label: string, stepPct: number, curve: Curve): SweepProfile => ({
  label,
  informative: false,
  plan: (runMs) => planCurve(curve, stepPct, runMs),
});

export const UNSEEN_SHAPES: SweepProfile[] = [
  shape("3 even steps", 100 / 3, (x) => x),
  shape("10 even steps", 10, (x) => x),
  shape("x^1.5, 5 % steps", 5, (x) => x ** 1.5),
  shape("x³, 10 % steps", 10, (x) => x ** 3),
  shape("√x, 5 % steps", 5, (x) => Math.sqrt(x)),
  shape("s-curve, 1 % steps", 1, (x) => x * x * (3 - 2 * x)),
  shape("stalls half-way, 1 % steps", 1, (x) =>
    x < 0.25 ? 2 * x : x < 0.75 ? 0.5 : 0.5 + 2 * (x - 0.75),
  ),
  shape("slow first half, 1 % steps", 1, (x) => (x < 0.5 ? 0.1 * x : 0.05 + 1.9 * (x - 0.5))),
  // Progress that promises a later end than the task has: steady 1 % steps that reach only
  // 50 % at 80 % of the running time, then the task is done.
  shape("1 % steps, done at 50 %", 1, (x) => (x < 0.8 ? 0.625 * x : 1)),
];
