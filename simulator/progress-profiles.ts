// How a task reports progress while it runs, and how long it runs. A real VRMS says nothing
// about either (source: inferred), so a client must not depend on one shape: each task kind
// gets a profile, a task's running time may be jittered, and all randomness comes from one
// seedable generator so that a run can be repeated exactly.

/** Task kinds the simulator runs (kept here so this file has no simulator imports). */
export type ProgressTaskKind = "create" | "reconnect" | "delete";

export type ProgressProfile =
  /** N even steps: k·100/N % at k/N of the running time (the default is 4). */
  | { kind: "linear"; steps: number }
  /** 0 % until the task ends. */
  | { kind: "none" }
  /** 10 % steps, early ones quick: progress = 1 − (1 − x)² of the running time x. */
  | { kind: "front-loaded" }
  /** 10 % steps, early ones slow: progress = x². */
  | { kind: "back-loaded" }
  /** 4 to 12 uneven steps: each step's time and value moved by up to 40 % of a step. */
  | { kind: "jittered" };

/** "linear", "linear:N", "percent" (= linear:100), "none", "front-loaded", "back-loaded", "jittered". */
export type ProgressProfileSpec = string | ProgressProfile;

export const PROFILE_NAMES = [
  "linear:N",
  "percent",
  "none",
  "front-loaded",
  "back-loaded",
  "jittered",
] as const;

export interface ProgressOptions {
  /** One profile for every task kind, or one per kind; default "linear:4" for each. */
  profile?: ProgressProfileSpec | Partial<Record<ProgressTaskKind, ProgressProfileSpec>>;
  /** A task runs its nominal time × (1 ± up to this fraction, uniform); default 0, max 0.9. */
  durationJitter?: number;
  /** Seed of every random choice (jitter, jittered steps); default: drawn at start. */
  seed?: number;
}

export interface ResolvedProgress {
  profiles: Record<ProgressTaskKind, ProgressProfile>;
  durationJitter: number;
  seed: number;
}

export class ProgressProfileError extends RangeError {}

export const DEFAULT_PROFILE: ProgressProfile = { kind: "linear", steps: 4 };

const KINDS: ProgressTaskKind[] = ["create", "reconnect", "delete"];

export function parseProgressProfile(spec: ProgressProfileSpec): ProgressProfile {
  if (typeof spec !== "string") return checkProfile(spec);
  const text = spec.trim().toLowerCase();
  if (text === "percent") return { kind: "linear", steps: 100 };
  if (text === "linear") return DEFAULT_PROFILE;
  const linear = /^linear:(\d+)$/.exec(text);
  if (linear) return checkProfile({ kind: "linear", steps: Number(linear[1]) });
  if (text === "none" || text === "front-loaded" || text === "back-loaded" || text === "jittered")
    return { kind: text };
  throw new ProgressProfileError(
    `unknown progress profile '${spec}'; use one of ${PROFILE_NAMES.join(", ")}`,
  );
}

function checkProfile(p: ProgressProfile): ProgressProfile {
  if (p.kind === "linear" && !(Number.isInteger(p.steps) && p.steps >= 1 && p.steps <= 100))
    throw new ProgressProfileError(
      `progress profile linear needs 1 to 100 steps, got ${String(p.steps)}`,
    );
  return p;
}

/**
 * The text form of the CLI flag and VRSIM_PROGRESS: one profile for every kind ("none"), or
 * kind=profile pairs ("create=percent,delete=none"; kinds not named keep the default).
 */
export function parseProgressFlag(text: string): ProgressOptions["profile"] {
  if (!text.includes("=")) return parseProgressProfile(text);
  const out: Partial<Record<ProgressTaskKind, ProgressProfile>> = {};
  for (const pair of text.split(",")) {
    const [kind, spec] = pair.split("=").map((s) => s.trim());
    if (!KINDS.includes(kind as ProgressTaskKind) || spec === undefined)
      throw new ProgressProfileError(
        `progress must be a profile or kind=profile pairs with kinds ${KINDS.join(", ")}, got '${pair}'`,
      );
    out[kind as ProgressTaskKind] = parseProgressProfile(spec);
  }
  return out;
}

/** A fraction 0 ≤ f ≤ 0.9 from text (CLI flag, VRSIM_DURATION_JITTER). */
export function parseJitter(text: string): number {
  const value = Number(text);
  if (text.trim() === "" || !Number.isFinite(value))
    throw new ProgressProfileError(`duration jitter must be a number 0 to 0.9, got '${text}'`);
  return checkJitter(value);
}

function checkJitter(value: number): number {
  if (!(value >= 0 && value <= 0.9))
    throw new ProgressProfileError(
      `duration jitter must be a fraction from 0 to 0.9 (0.1 = ±10 %), got ${value}`,
    );
  return value;
}

export function resolveProgressOptions(o: ProgressOptions = {}): ResolvedProgress {
  const spec = o.profile ?? DEFAULT_PROFILE;
  const perKind =
    typeof spec === "string" || "kind" in spec
      ? Object.fromEntries(KINDS.map((k) => [k, spec]))
      : (spec as Partial<Record<ProgressTaskKind, ProgressProfileSpec>>);
  const profiles = Object.fromEntries(
    KINDS.map((k) => [k, parseProgressProfile(perKind[k] ?? DEFAULT_PROFILE)]),
  ) as Record<ProgressTaskKind, ProgressProfile>;
  if (o.seed !== undefined && !(Number.isSafeInteger(o.seed) && o.seed >= 0))
    throw new ProgressProfileError(`seed must be a non-negative integer, got ${o.seed}`);
  return {
    profiles,
    durationJitter: checkJitter(o.durationJitter ?? 0),
    seed: o.seed ?? Math.floor(Math.random() * 2 ** 32),
  };
}

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface ProgressStep {
  /** Time since the task turned RUNNING. */
  atMs: number;
  /** Whole percent, 0 < progress < 100, increasing from step to step. */
  progress: number;
}

/** One task's running phase: when it ends and the progress it reports on the way. */
export interface RunPlan {
  runMs: number;
  steps: ProgressStep[];
}

/** The reported progress at `elapsedMs` into the running phase (100 once it ended). */
export function progressAt(plan: RunPlan, elapsedMs: number): number {
  if (elapsedMs >= plan.runMs) return 100;
  let p = 0;
  for (const s of plan.steps) {
    if (s.atMs > elapsedMs) break;
    p = s.progress;
  }
  return p;
}

/**
 * A run of `runMs` reporting `values[i]` % from `fractions[i]` of it on, rounded to whole
 * percent and milliseconds; a step that does not rise in both, or reaches 100 % or the end,
 * is dropped.
 */
export function planSteps(runMs: number, fractions: number[], values: number[]): RunPlan {
  const steps: ProgressStep[] = [];
  for (let i = 0; i < fractions.length; i++) {
    const progress = Math.round(values[i]);
    const last = steps.at(-1);
    if (progress <= (last?.progress ?? 0) || progress >= 100) continue;
    const atMs = Math.round(fractions[i] * runMs);
    if (atMs >= runMs || (last && atMs <= last.atMs)) continue;
    steps.push({ atMs, progress });
  }
  return { runMs, steps };
}

/** The steps of `profile` for a task running `runMs`. */
export function planRun(profile: ProgressProfile, runMs: number, random: () => number): RunPlan {
  const at = (fractions: number[], values: number[]) => planSteps(runMs, fractions, values);
  const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  switch (profile.kind) {
    case "linear": {
      const ks = range(profile.steps - 1);
      return at(
        ks.map((k) => k / profile.steps),
        ks.map((k) => (k * 100) / profile.steps),
      );
    }
    case "none":
      return { runMs, steps: [] };
    case "front-loaded":
      // progress = 1 − (1 − x)²  ⇔  x = 1 − √(1 − progress)
      return at(
        range(9).map((k) => 1 - Math.sqrt(1 - k / 10)),
        range(9).map((k) => k * 10),
      );
    case "back-loaded":
      // progress = x²  ⇔  x = √progress
      return at(
        range(9).map((k) => Math.sqrt(k / 10)),
        range(9).map((k) => k * 10),
      );
    case "jittered": {
      const n = 4 + Math.floor(random() * 9);
      const ks = range(n - 1);
      const wobble = () => (random() - 0.5) * 0.8;
      return at(
        ks.map((k) => (k + wobble()) / n),
        ks.map((k) => ((k + wobble()) * 100) / n),
      );
    }
  }
}

/** `nominalMs` moved by up to ±`jitter` of itself, uniformly. */
export function jitterDuration(nominalMs: number, jitter: number, random: () => number): number {
  return jitter === 0 ? nominalMs : Math.round(nominalMs * (1 + jitter * (2 * random() - 1)));
}

/** Plans each new task of a simulator from its settings, drawing from one seeded generator. */
export class ProgressPlanner {
  private readonly random: () => number;
  constructor(private readonly settings: ResolvedProgress) {
    this.random = seededRandom(settings.seed);
  }

  plan(kind: ProgressTaskKind, nominalRunMs: number): RunPlan {
    const runMs = jitterDuration(nominalRunMs, this.settings.durationJitter, this.random);
    return planRun(this.settings.profiles[kind], runMs, this.random);
  }
}
