import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchReport } from "../../bench/report";

/*
 * The bench in smoke mode (tiny task durations, 1 and 3 pairings, 4 replications), run as `npm run bench`
 * runs it, so the benchmark cannot rot unnoticed: it must finish, print the table and the JSON
 * path, and its numbers must be the ones a working product produces.
 */
describe("bench: smoke run", function () {
  // Three fresh provider hosts per scale size (create, refresh, destroy), on a shared machine.
  this.timeout(180_000);
  const entry = path.resolve(__dirname, "..", "..", "bench", "index.js");
  let dir: string;
  let stdout = "";
  let stderr = "";
  let report: BenchReport;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vr-bench-smoke-"));
    const out = path.join(dir, "report.json");
    [stdout, stderr] = await new Promise<[string, string]>((resolve, reject) =>
      execFile(
        process.execPath,
        [entry, "--smoke", "--out", out, "--seed", "11"],
        // The bench measures the product's default poll floor, not the suite's fast one.
        { env: { ...process.env, VRMS_POLL_INTERVAL: undefined } },
        (err, so, se) =>
          err
            ? reject(new Error(`bench --smoke failed: ${err.message}\n${se}`))
            : resolve([so, se]),
      ),
    );
    report = JSON.parse(fs.readFileSync(out, "utf8")) as BenchReport;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints the markdown tables and the JSON path", () => {
    for (const heading of [
      "## Progress profiles",
      "## Shapes, times and QUEUED phases the schedule was not developed on",
      "## Wait overhead",
      "## Scale",
      "## State",
      "## Targets",
    ])
      assert.ok(stdout.includes(heading), `missing ${heading}`);
    assert.match(stdout, /^\| target \| measured \| limit \| result \|$/m);
    assert.ok(stdout.includes(`JSON: ${path.join(dir, "report.json")}`));
  });

  it("measures every contender at every tier, with sane overheads and request counts", () => {
    assert.strictEqual(report.mode, "smoke");
    const contenders = [...new Set(report.wait.map((w) => w.contender))];
    assert.strictEqual(contenders.length, 3, contenders.join(", "));
    const tiers = [...new Set(report.wait.map((w) => w.taskMs))];
    assert.strictEqual(report.wait.length, contenders.length * tiers.length);
    for (const w of report.wait) {
      assert.ok(w.samples.length >= 2);
      for (const s of w.samples) {
        // Never before the server finished, never absurdly late, at least one poll.
        assert.ok(s.overheadMs >= 0 && s.overheadMs < 2000, `${w.contender}: ${s.overheadMs}`);
        assert.ok(s.requests >= 1 && s.requests < 50, `${w.contender}: ${s.requests} requests`);
        // The server's task took about as long as asked: never much shorter; longer only by
        // timer lag, which a loaded 2-core CI machine can stretch.
        assert.ok(
          s.taskMs >= w.taskMs * 0.5 && s.taskMs < w.taskMs + 2000,
          `${s.taskMs} vs ${w.taskMs}`,
        );
      }
      assert.ok(w.worstOverheadMs >= w.medianOverheadMs);
    }
    // The fast fixed poll spends more requests than the slow one on the same task.
    const longest = Math.max(...tiers);
    const [fast, slow] = contenders.filter((c) => c.startsWith("fixed"));
    const req = (c: string) => report.wait.find((w) => w.contender === c && w.taskMs === longest)!;
    assert.ok(req(fast).medianRequests > req(slow).medianRequests);
  });

  it("sweeps every progress profile in virtual time, next to the baselines and the limit", () => {
    const profiles = new Set(report.sweep.map((r) => r.profile));
    assert.strictEqual(profiles.size, 6, [...profiles].join(", "));
    // 2 running times × 2 QUEUED phases per profile, each cell with every contender.
    assert.strictEqual(report.sweep.length, 6 * 4);
    for (const r of report.sweep) {
      assert.strictEqual(r.runs, 9);
      // The limit reads the task exactly as it ends: half a round trip late, one request.
      assert.strictEqual(r.stats.limit.maxLateMs, 5);
      assert.strictEqual(r.stats.limit.maxRequests, 1);
      for (const c of ["sdk", "fixed 500 ms", "fixed 5 s"] as const) {
        assert.ok(r.stats[c].medianLateMs >= 5, `${r.profile} ${c}`);
        assert.ok(r.stats[c].p90LateMs >= r.stats[c].medianLateMs);
      }
      // The schedule's floor: never more requests than the 500 ms poller on the same tasks.
      assert.ok(r.stats.sdk.maxRequests <= r.stats["fixed 500 ms"].maxRequests, r.profile);
      assert.ok(r.stats["fixed 5 s"].medianRequests < r.stats["fixed 500 ms"].medianRequests);
    }
  });

  it("creates, refreshes and destroys every pairing through fresh hosts with one login each and no errors", () => {
    const pairings = report.scale.filter((s) => s.resource === "pairing");
    assert.deepStrictEqual(
      pairings.map((s) => `${s.operation} ${s.count}`),
      ["create 1", "refresh 1", "destroy 1", "create 3", "refresh 3", "destroy 3"],
    );
    for (const s of pairings) {
      const what = `${s.operation} ${s.count}`;
      assert.strictEqual(s.errors, 0, s.errorMessages.join("\n"));
      assert.deepStrictEqual(s.hostLines429, []);
      assert.strictEqual(s.leftInSimulator, s.operation === "destroy" ? 0 : s.count, what);
      assert.strictEqual(s.logins, 1, what);
      // Never fewer than any client needs; the create reads back without remote logins.
      assert.ok(s.requests >= s.fewestRequests, `${what}: ${s.requests} < ${s.fewestRequests}`);
      assert.strictEqual(s.remoteLogins, s.operation === "create" ? 0 : s.count, what);
      assert.ok(s.wallMs > 0);
      if (process.platform === "linux") assert.ok((s.hostPeakRssKb ?? 0) > 10_000);
    }
    for (const label of ["scale", "refresh", "destroy"]) {
      assert.match(
        stderr,
        new RegExp(
          `^bench: ${label} 3: \\d+\\.\\d s, \\d+ requests \\(fewest possible \\d+\\), 1 logins, `,
          "m",
        ),
      );
    }
  });

  it("configures and refreshes every replication through fresh hosts: one login each, no 429, no error", () => {
    const rows = report.scale.filter((s) => s.resource === "replication");
    assert.deepStrictEqual(
      rows.map((s) => `${s.operation} ${s.count}`),
      ["create 4", "refresh 4"],
    );
    for (const s of rows) {
      const what = `${s.operation} of replications`;
      assert.strictEqual(s.errors, 0, s.errorMessages.join("\n"));
      assert.strictEqual(s.serverTooManyRequests, 0, what);
      assert.strictEqual(s.userVisibleTooManyRequests, 0, what);
      assert.strictEqual(s.logins, 1, what);
      // One remote session per pairing, shared by every call of the host.
      assert.strictEqual(s.remoteLogins, 1, what);
      assert.strictEqual(s.leftInSimulator, 4, what);
      assert.ok(s.requests >= s.fewestRequests, `${what}: ${s.requests} < ${s.fewestRequests}`);
    }
    assert.match(
      stderr,
      /^bench: replicate 4: \d+\.\d s, \d+ requests \(fewest possible 10\), 1 logins, 1 remote logins, 0 429s at the server, 0 errors$/m,
    );
    assert.match(
      stderr,
      /^bench: refresh replications 4: \d+\.\d s, \d+ requests \(fewest possible 3\), 1 logins, 1 remote logins, 0 429s at the server, 0 errors$/m,
    );
    for (const operation of ["create", "refresh"]) {
      const target = report.targets.find(
        (t) =>
          t.name ===
          `${operation} of 4 replications: wall time, 429s at the server, local logins, errors`,
      );
      assert.ok(target?.pass, `${operation} of 4 replications: ${target?.measured}`);
    }
    assert.match(stdout, /^\| create \| 4 replications \| /m);
  });

  it("draws held-out cells from the seed and reports their pass rate next to the grid's", () => {
    assert.strictEqual(report.heldOutSeed, 11);
    assert.strictEqual(report.heldOut.length, 6);
    assert.ok(report.heldOut.every((r) => r.profile.startsWith("held-out: ")));
    assert.deepStrictEqual(
      report.generalPassRates.map((g) => g.cells),
      [report.sweep.length, report.unseen.length, 6],
    );
    assert.match(stderr, /^bench: held-out cells, seed 11: \d+\/6 pass every general target$/m);
    assert.ok(
      stdout.includes(
        "## General targets: cells passing, development grid and held-out side by side",
      ),
    );
  });

  it("measures the state and judges every target", () => {
    const st = report.state!;
    assert.ok(st.providerBytes > 100 && st.providerBytes < st.inputsBytes);
    assert.strictEqual(st.inputsPlusOutputsBytes, st.inputsBytes + st.outputsBytes);
    // Per profile 3 targets (+2 where progress is informative); 2 tiers of overhead, requests
    // vs the fast baseline, scale errors, __provider size.
    // and one row per informative profile for the cells no schedule can pass (bound quoted).
    const impossible = report.targets.filter((t) => t.impossible);
    for (const t of impossible) assert.match(t.measured, /any schedule needs ≥ \d/);
    // The shapes not developed on: the 3 general targets each, tagged.
    const unseen = new Set(report.unseen.map((r) => r.profile));
    assert.ok(unseen.size >= 5, [...unseen].join(", "));
    const tagged = report.targets.filter((t) => t.name.includes("(not developed on)"));
    assert.strictEqual(tagged.length, unseen.size * 3);
    assert.strictEqual(
      report.targets.length,
      // 2 overhead tiers, requests vs the fast baseline, create/refresh/destroy of 3 pairings,
      // create/refresh of 4 replications, the held-out cells, __provider size.
      6 * 3 + 3 * 2 + impossible.length + tagged.length + 10,
    );
    for (const t of report.targets) assert.strictEqual(typeof t.pass, "boolean");
    assert.ok(report.targets.find((t) => t.name.includes("__provider"))!.pass);
  });
});
