// Held-out cells: tasks the poll schedule was never tuned on, drawn from a seed on each bench
// run (issue 25), so that passing the development grid cannot come from fitting it. Each
// cell draws a shape, a running time and a QUEUED phase:
// - running time log-uniform in 1–60 s, QUEUED phase uniform in 0–5 s;
// - shape, one of four alike: 2–20 even steps; 1–5 % fine steps; a curve x^a (a log-uniform
//   in ⅓–3) reported in 1–5 % steps; or a silent task (no progress) of 20 ms–2 s.
// Only the general targets are judged on them (progress here need not tell the end). A cell's
// runs scale its whole task (QUEUED phase and running time) over ±jitter, so their ends fall
// at every phase of a poller, as the grid's do: with the running time alone spread, a 50 ms
// task after a 3 s queue would end within a few ms in every run, and its median would be the
// lateness of one phase (worst case), which even the fixed 500 ms poller misses in some cells.
import { parseProgressProfile, planRun, seededRandom } from "../simulator/progress-profiles";
import {
  runCell,
  type SweepCell,
  type SweepProfile,
  type SweepRow,
  type SweepSettings,
} from "./profile-sweep";
import { planCurve } from "./unseen-shapes";

export interface HeldOutSettings {
  seed: number;
  cells: number;
  runsPerCell: number;
}

const logUniform = (random: () => number, lo: number, hi: number) =>
  Math.exp(Math.log(lo) + random() * (Math.log(hi) - Math.log(lo)));
const intIn = (random: () => number, lo: number, hi: number) =>
  lo + Math.floor(random() * (hi - lo + 1));

const general = (label: string, plan: SweepProfile["plan"]): SweepProfile => ({
  label: `held-out: ${label}`,
  informative: false,
  plan,
});

/** One drawn cell. Every number comes from `random`, so a seed repeats the cells exactly. */
export function drawCell(random: () => number): SweepCell {
  const queuedMs = Math.round(random() * 5000);
  const kind = Math.floor(random() * 4);
  if (kind === 3) {
    const silent = parseProgressProfile("none");
    const runMs = Math.round(logUniform(random, 20, 2000));
    return { profile: general("silent", (ms, r) => planRun(silent, ms, r)), runMs, queuedMs };
  }
  const runMs = Math.round(logUniform(random, 1000, 60_000));
  if (kind === 0) {
    const steps = intIn(random, 2, 20);
    const even = parseProgressProfile(`linear:${steps}`);
    return {
      profile: general(`${steps} even steps`, (ms, r) => planRun(even, ms, r)),
      runMs,
      queuedMs,
    };
  }
  const stepPct = intIn(random, 1, 5);
  if (kind === 1) {
    return {
      profile: general(`${stepPct} % steps`, (ms) => planCurve((x) => x, stepPct, ms)),
      runMs,
      queuedMs,
    };
  }
  const a = logUniform(random, 1 / 3, 3);
  return {
    profile: general(`x^${a.toFixed(2)}, ${stepPct} % steps`, (ms) =>
      planCurve((x) => x ** a, stepPct, ms),
    ),
    runMs,
    queuedMs,
  };
}

/** The held-out cells of this seed, each run like a grid cell (same jitter, round trip, policy). */
export async function runHeldOut(
  h: HeldOutSettings,
  like: Pick<SweepSettings, "jitter" | "rttMs" | "policy">,
): Promise<SweepRow[]> {
  const draw = seededRandom(h.seed);
  const rows: SweepRow[] = [];
  for (let i = 0; i < h.cells; i++) {
    const cell = { ...drawCell(draw), spreadQueue: true };
    rows.push(
      await runCell({ ...like, runsPerCell: h.runsPerCell }, cell, seededRandom(h.seed + 1 + i)),
    );
  }
  return rows;
}
