import { SWEEP_CONTENDERS, type SweepRow } from "./profile-sweep";
import { cellName } from "./sweep-targets";

// The bench's numbers (written as JSON) and the markdown table printed from them, with the
// issue's targets judged PASS/FAIL from the same numbers.

export interface WaitSample {
  /** queued + running, POST to complete_time */
  taskMs: number;
  /** server complete_time → the client's wait returned */
  overheadMs: number;
  /** task requests (GET /tasks...) the simulator counted during the wait */
  requests: number;
}

export interface WaitRow {
  contender: string;
  /** nominal task duration of this tier */
  taskMs: number;
  samples: WaitSample[];
  medianOverheadMs: number;
  worstOverheadMs: number;
  medianRequests: number;
  maxRequests: number;
}

export type ScaleOperation = "create" | "refresh" | "destroy";
export type ScaleResource = "pairing" | "replication";

export interface ScaleRow {
  resource: ScaleResource;
  operation: ScaleOperation;
  /** how many resources the operation acted on at once */
  count: number;
  wallMs: number;
  /** every API request the simulator counted (logins included) */
  requests: number;
  /** the fewest any client needs (./scale-floor), and what they are */
  fewestRequests: number;
  fewestRequestsWhy: string;
  /** the simulator's count per "METHOD /templated/path" */
  requestsByKind: Record<string, number>;
  logins: number;
  /** remote-site logins (POST /pairings/{id}/remote-session), included in `requests` */
  remoteLogins: number;
  /** 429 answers the simulator sent (absorbed by the client unless they show in errors) */
  serverTooManyRequests: number;
  /** failed creates whose error mentions 429 / rate limiting */
  userVisibleTooManyRequests: number;
  errors: number;
  errorMessages: string[];
  /** host output lines naming a 429 (a user of `pulumi up` sees these too) */
  hostLines429: string[];
  /** the host's "waiting … s" lines (a budget wait or Retry-After over 2 s) */
  hostWaitLines: string[];
  /** resources of this kind on the simulator after the operation, and how many there should be */
  leftInSimulator: number;
  expectedInSimulator: number;
  hostPeakRssKb: number | null;
  hostRssKb: number | null;
}

export interface StateSize {
  providerBytes: number;
  inputsBytes: number;
  outputsBytes: number;
  inputsPlusOutputsBytes: number;
}

export interface Target {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
  /** no schedule can pass it (the bound is in `measured`) */
  impossible?: boolean;
  /** reported, not required: shown as "met" / "not met" */
  informative?: boolean;
}

export interface BenchReport {
  date: string;
  mode: "default" | "full" | "smoke";
  machine: { nproc: number; cpu: string; node: string; platform: string };
  settings: Record<string, unknown>;
  /** the progress-profile sweep, in virtual time */
  sweep: SweepRow[];
  /** the same for shapes, times and QUEUED phases the schedule was not developed on */
  unseen: SweepRow[];
  /** cells drawn from `heldOutSeed` on this run (./held-out), general targets only */
  heldOut: SweepRow[];
  heldOutSeed: number;
  /** cells passing every general target: development grid, fixed unseen shapes, held-out */
  generalPassRates: { set: string; passing: number; cells: number }[];
  wait: WaitRow[];
  /** event-loop delay of the bench process while the wait phase ran (distortion check) */
  waitEventLoopDelayMs: { p99: number; max: number };
  scale: ScaleRow[];
  state: StateSize | null;
  targets: Target[];
  /** how the numbers were taken, printed under the tables */
  notes: string[];
  totalMs: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export function waitRow(contender: string, taskMs: number, samples: WaitSample[]): WaitRow {
  return {
    contender,
    taskMs,
    samples,
    medianOverheadMs: median(samples.map((s) => s.overheadMs)),
    worstOverheadMs: Math.max(...samples.map((s) => s.overheadMs)),
    medianRequests: median(samples.map((s) => s.requests)),
    maxRequests: Math.max(...samples.map((s) => s.requests)),
  };
}

/**
 * Issue 25: create and refresh of the largest number of pairings within 70 s; destroy is
 * measured. Issue 26 sets no time for replications: measured against the fewest requests.
 */
const PAIRING_LIMIT_MS: Partial<Record<ScaleOperation, number>> = {
  create: 70_000,
  refresh: 70_000,
};

/** The overhead the issue allows for a task of this length. */
export const allowedOverheadMs = (taskMs: number) => Math.max(0.1 * taskMs, 300);

export function judgeTargets(
  r: Pick<BenchReport, "wait" | "scale" | "state">,
  product: string,
  baseline500: string,
): Target[] {
  const targets: Target[] = [];
  for (const row of r.wait.filter((w) => w.contender === product)) {
    const limit = allowedOverheadMs(row.taskMs);
    targets.push({
      name: `median wait overhead, ${secs(row.taskMs)} task`,
      measured: ms(row.medianOverheadMs),
      limit: `≤ ${ms(limit)}`,
      pass: row.medianOverheadMs <= limit,
    });
  }
  const longest = Math.max(...r.wait.map((w) => w.taskMs));
  const mine = r.wait.find((w) => w.contender === product && w.taskMs === longest);
  const base = r.wait.find((w) => w.contender === baseline500 && w.taskMs === longest);
  if (mine && base) {
    // The issue's request targets are judged in the sweep, per profile, with the bound of what
    // any schedule can do (the old "≤ ⅓" here is the sweep's "4 even steps, 8 s + 50 ms"
    // cell); in real time the check is that the product costs no more than the 500 ms poller.
    targets.push({
      name: `requests per wait, ${secs(longest)} task (real time), vs ${baseline500}`,
      measured: `${mine.medianRequests}`,
      limit: `≤ ${fmt(base.medianRequests)}`,
      pass: mine.medianRequests <= base.medianRequests,
    });
  }
  for (const resource of ["pairing", "replication"] as const) {
    const rows = r.scale.filter((x) => x.resource === resource);
    const most = Math.max(...rows.map((x) => x.count));
    for (const row of rows.filter((x) => x.count === most)) {
      const limitMs = resource === "pairing" ? PAIRING_LIMIT_MS[row.operation] : undefined;
      targets.push({
        name: `${row.operation} of ${row.count} ${resource}s: wall time, 429s at the server, local logins, errors`,
        measured:
          `${secs(row.wallMs)}, ${row.serverTooManyRequests}, ${row.logins}, ${row.errors} ` +
          `(${row.requests} requests, fewest possible ${row.fewestRequests}; ` +
          `${row.leftInSimulator} ${resource}s left)`,
        limit: `${limitMs === undefined ? "measured" : `≤ ${secs(limitMs)}`}, 0, 1, 0`,
        pass:
          (limitMs === undefined || row.wallMs <= limitMs) &&
          row.serverTooManyRequests === 0 &&
          row.userVisibleTooManyRequests === 0 &&
          row.logins === 1 &&
          row.errors === 0 &&
          row.leftInSimulator === row.expectedInSimulator,
      });
    }
  }
  if (r.state) {
    targets.push({
      name: "`__provider` size",
      measured: `${r.state.providerBytes} B`,
      limit: "< 2048 B",
      pass: r.state.providerBytes < 2048,
    });
  }
  return targets;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const ms = (n: number) => `${Math.round(n)} ms`;
const secs = (n: number) => (n < 1000 ? `${Math.round(n)} ms` : `${fmt(n / 1000)} s`);
const kb = (n: number | null) => (n === null ? "n/a" : `${(n / 1024).toFixed(1)} MiB`);

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

function sweepTable(rows: SweepRow[], withBound: boolean): string {
  return table(
    [
      "profile",
      "task",
      "runs",
      ...SWEEP_CONTENDERS,
      ...(withBound
        ? ["fewest requests possible (trusting one value / two)", "B (polls to first progress)"]
        : []),
    ],
    rows.map((w) => [
      w.profile,
      cellName(w),
      String(w.runs),
      ...SWEEP_CONTENDERS.map((c) => {
        const st = w.stats[c];
        return `${ms(st.medianLateMs)} / ${ms(st.p90LateMs)}, ${fmt(st.medianRequests)}`;
      }),
      ...(withBound
        ? [
            `${fmt(w.fewestRequests)} / ${fmt(w.fewestConfirmedRequests)}`,
            fmt(w.pollsToFirstProgress),
          ]
        : []),
    ]),
  );
}

export function renderMarkdown(r: BenchReport): string {
  const m = r.machine;
  const out: string[] = [];
  out.push(
    `# pulumi-vr-pairing bench (${r.mode}) — ${r.date}`,
    "",
    `Machine: ${m.nproc} cores (${m.cpu}), Node ${m.node}, ${m.platform}. Total ${secs(r.totalMs)}.`,
    "",
    `## Progress profiles: late by (median / p90) and requests (median), virtual time`,
    "",
    sweepTable(r.sweep, true),
    "",
    `## Shapes, times and QUEUED phases the schedule was not developed on (general targets only)`,
    "",
    sweepTable(r.unseen, false),
    "",
    `## Held-out cells drawn from seed ${r.heldOutSeed} (general targets only)`,
    "",
    sweepTable(r.heldOut, false),
    "",
    "## General targets: cells passing, development grid and held-out side by side",
    "",
    table(
      ["cells", "passing every general target"],
      r.generalPassRates.map((g) => [g.set, `${g.passing}/${g.cells}`]),
    ),
    "",
    `## Wait overhead: server complete_time → wait returns`,
    "",
    table(
      ["contender", "task", "runs", "median", "worst", "task requests/wait (median, max)"],
      r.wait.map((w) => [
        w.contender,
        secs(w.taskMs),
        String(w.samples.length),
        ms(w.medianOverheadMs),
        ms(w.worstOverheadMs),
        `${fmt(w.medianRequests)}, ${w.maxRequests}`,
      ]),
    ),
    "",
    `Bench process event-loop delay during the wait phase: p99 ${fmt(r.waitEventLoopDelayMs.p99)} ms, max ${fmt(r.waitEventLoopDelayMs.max)} ms.`,
    "",
    `## Scale: pairings created, refreshed and destroyed, replications configured and refreshed, in parallel through the dynamic-provider host, rate limits on`,
    "",
    table(
      [
        "operation",
        "resources",
        "wall time",
        "requests",
        "fewest possible",
        "logins",
        "remote logins",
        "429s sent by server",
        "429s reaching user",
        "errors",
        "host peak RSS",
      ],
      r.scale.map((s) => [
        s.operation,
        `${s.count} ${s.resource}s`,
        secs(s.wallMs),
        String(s.requests),
        `${s.fewestRequests} (${s.fewestRequestsWhy})`,
        String(s.logins),
        String(s.remoteLogins),
        String(s.serverTooManyRequests),
        String(s.userVisibleTooManyRequests),
        String(s.errors),
        kb(s.hostPeakRssKb),
      ]),
    ),
  );
  if (r.state) {
    out.push(
      "",
      "## State of one resource (JSON bytes)",
      "",
      table(
        ["`__provider`", "inputs (incl. `__provider`)", "outputs", "inputs + outputs"],
        [
          [
            `${r.state.providerBytes} B`,
            `${r.state.inputsBytes} B`,
            `${r.state.outputsBytes} B`,
            `${r.state.inputsPlusOutputsBytes} B`,
          ],
        ],
      ),
    );
  }
  out.push(
    "",
    "## Targets",
    "",
    table(
      ["target", "measured", "limit", "result"],
      r.targets.map((t) => [
        t.name,
        t.measured,
        t.limit,
        t.informative
          ? t.pass
            ? "met (reported)"
            : "not met (reported)"
          : t.pass
            ? "PASS"
            : t.impossible
              ? "IMPOSSIBLE"
              : "FAIL",
      ]),
    ),
  );
  if (r.notes.length) out.push("", "Notes:", ...r.notes.map((n) => `- ${n}`));
  for (const s of r.scale.filter((x) => x.errors > 0)) {
    // Same error, different op_id: count them once.
    const counts = new Map<string, number>();
    for (const e of s.errorMessages) {
      const key = e.replace(/op_id [0-9a-f-]+/gi, "op_id …");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    out.push("", `Errors in ${s.operation} of ${s.count} ${s.resource}s:`);
    for (const [e, n] of counts) out.push(`- ${n} × ${e}`);
  }
  return out.join("\n");
}
