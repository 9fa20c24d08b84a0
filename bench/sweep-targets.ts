// The issue's targets for the profile sweep, judged per cell from the same numbers, and
// summarised per profile (a target passes when it passes in every cell). The general targets
// (lateness and requests against the 500 ms poller) are required; the informative ones, where
// progress tells the end, are reported (issue 25 restated the requests one with B, the fewest
// polls any schedule needs before it can read progress, so it no longer asks the impossible).
import type { SweepRow } from "./profile-sweep";
import type { Target } from "./report";

export interface CellVerdict {
  target: string;
  /** measured / allowed, ≤ 1 passes */
  ratio: number;
  measured: string;
  limit: string;
  /** no schedule can meet it in this cell: the reason */
  impossible?: string;
}

const ms = (n: number) => `${Math.round(n)} ms`;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export const TARGET_NAMES = {
  median: "median lateness ≤ max(500 ms, 20 %)",
  p90: "p90 lateness ≤ max(600 ms, 30 %)",
  requests: "requests ≤ the 500 ms poller's",
  medianInformative: "median lateness ≤ max(300 ms, 10 %)",
  requestsInformative: "median requests ≤ max(3, ⅓ P) + (B − 1)",
} as const;

/** Reported, not required. */
const INFORMATIVE = new Set<string>([
  TARGET_NAMES.medianInformative,
  TARGET_NAMES.requestsInformative,
]);

/** Cells passing every general target, of all cells (the grid and held-out side by side). */
export function generalPassRate(rows: SweepRow[]): { passing: number; cells: number } {
  const general = new Set<string>([TARGET_NAMES.median, TARGET_NAMES.p90, TARGET_NAMES.requests]);
  const passing = rows.filter((row) =>
    judgeCell(row).every((v) => !general.has(v.target) || v.ratio <= 1),
  ).length;
  return { passing, cells: rows.length };
}

/** Every target that applies to a cell, with how close it came (measured / allowed). */
export function judgeCell(row: SweepRow): CellVerdict[] {
  const sdk = row.stats.sdk;
  const base = row.stats["fixed 500 ms"];
  const t = row.taskMs;
  const check = (
    target: string,
    measured: number,
    allowed: number,
    show: (n: number) => string,
  ) => ({
    target,
    ratio: allowed > 0 ? measured / allowed : measured > 0 ? Infinity : 0,
    measured: show(measured),
    limit: `≤ ${show(allowed)}`,
  });
  const out: CellVerdict[] = [
    check(TARGET_NAMES.median, sdk.medianLateMs, Math.max(500, 0.2 * t), ms),
    check(TARGET_NAMES.p90, sdk.p90LateMs, Math.max(600, 0.3 * t), ms),
    check(TARGET_NAMES.requests, sdk.medianRequests, base.medianRequests, fmt),
  ];
  if (row.informative) {
    out.push(
      check(TARGET_NAMES.medianInformative, sdk.medianLateMs, Math.max(300, 0.1 * t), ms),
      // Issue 25: P = the 500 ms poller's median; B = the fewest polls up to the first reading
      // of progress that keep the silent-task p90 (./feasibility, from the gap bound).
      check(
        TARGET_NAMES.requestsInformative,
        sdk.medianRequests,
        Math.max(3, base.medianRequests / 3) + (row.pollsToFirstProgress - 1),
        fmt,
      ),
    );
  }
  return out;
}

/** One target row per profile and target: it passes when every cell of the profile passes. */
export function summariseSweep(rows: SweepRow[], tag = ""): Target[] {
  const byKey = new Map<
    string,
    { profile: string; target: string; cells: { row: SweepRow; v: CellVerdict }[] }
  >();
  for (const row of rows) {
    for (const v of judgeCell(row)) {
      const key = `${row.profile}\u0000${v.target}\u0000${v.impossible ? "x" : ""}`;
      const entry = byKey.get(key) ?? { profile: row.profile, target: v.target, cells: [] };
      entry.cells.push({ row, v });
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].map(({ profile, target, cells }): Target => {
    if (cells[0].v.impossible) {
      return {
        name: `${profile}${tag}: ${target}, cells where no schedule can`,
        measured: cells
          .map((c) => `${cellName(c.row)}: ${c.v.measured}, ${c.v.impossible ?? ""}`)
          .join("; "),
        limit: cells.map((c) => c.v.limit).join("; "),
        pass: false,
        impossible: true,
      };
    }
    const passing = cells.filter((c) => c.v.ratio <= 1).length;
    const tightest = cells.reduce((a, b) => (b.v.ratio > a.v.ratio ? b : a));
    return {
      name: `${profile}${tag}: ${target}`,
      measured: `${passing}/${cells.length} cells; tightest ${cellName(tightest.row)}: ${tightest.v.measured}`,
      limit: tightest.v.limit,
      pass: passing === cells.length,
      ...(INFORMATIVE.has(target) ? { informative: true } : {}),
    };
  });
}

export const cellName = (r: SweepRow) =>
  `${fmt(r.runMs / 1000)} s + ${r.queuedMs >= 1000 ? `${fmt(r.queuedMs / 1000)} s` : `${r.queuedMs} ms`} queued`;
