// The lower bound the bench judges "impossible" cells by: counted by hand for three tasks, and
// never above what a real schedule (the sdk's, a fixed poller's) spends on the same runs.
import * as assert from "node:assert/strict";
import { fewestRequests, longestBlindGapMs } from "../../bench/feasibility";
import { runSweep } from "../../bench/profile-sweep";
import { parseProgressProfile, planRun, seededRandom } from "../../simulator/progress-profiles";

const plan = (spec: string, runMs: number) =>
  planRun(parseProgressProfile(spec), runMs, seededRandom(1));

describe("bench feasibility: the fewest requests any schedule can spend", () => {
  it("allows gaps of max(667 ms, 34.5 % of the wait), from the no-progress p90 target", () => {
    assert.equal(Math.round(longestBlindGapMs(0)), 667);
    assert.equal(Math.round(longestBlindGapMs(10_000)), 3448);
  });

  it("counts polls at the longest gaps until progress shows, plus one for the end", () => {
    // nothing reported, 50 ms queued + 2 s: polls at 672, 1339, 2006, 2696 (done)
    assert.equal(fewestRequests(plan("none", 2000), 50, 5), 4);
    // 1 % steps: the first poll already reads progress, one more sees the end
    assert.equal(fewestRequests(plan("percent", 2000), 50, 5), 2);
    // 2 s QUEUED: polls at 672, 1339 (QUEUED), 2006 (0 %, 6 ms in), 2696 (progress), end
    assert.equal(fewestRequests(plan("percent", 2000), 2000, 5), 5);
    // two values: 4 even steps of 3 s need 25 % (at ≥ 750 ms) and 50 % (at ≥ 1.5 s)
    assert.equal(fewestRequests(plan("linear:4", 3000), 50, 5, 1), 3);
    assert.equal(fewestRequests(plan("linear:4", 3000), 50, 5, 2), 4);
  });

  it("is never above what the sdk or a fixed poller spends on the same runs", async () => {
    const rows = await runSweep({
      runsMs: [2000, 5000],
      queuedMs: [50, 2000],
      runsPerCell: 9,
      jitter: 0.2,
      rttMs: 10,
      seed: 3,
    });
    for (const r of rows) {
      for (const c of ["sdk", "fixed 500 ms"] as const)
        assert.ok(
          r.stats[c].medianRequests >= r.fewestRequests,
          `${r.profile} ${r.runMs}+${r.queuedMs}: ${c} ${r.stats[c].medianRequests} < ${r.fewestRequests}`,
        );
    }
  });
});
