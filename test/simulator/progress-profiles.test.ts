import { strict as assert } from "node:assert";
import { CliUsageError, parseCliOptions } from "../../simulator/cli";
import {
  parseProgressProfile,
  planRun,
  progressAt,
  ProgressPlanner,
  ProgressProfileError,
  resolveProgressOptions,
  seededRandom,
} from "../../simulator/progress-profiles";
import { startSimulator } from "../../simulator";
import { VrmsClient } from "../../sdk";
import type { Task } from "../../sdk/wire";
import { Capture, fastClient } from "../sdk/helpers";
import { untilSettled, useFakeTime } from "../support/fake-time";
import { pairingSpec } from "../support/simulator";

const PROFILES = ["linear:4", "percent", "none", "front-loaded", "back-loaded", "jittered"];
const noRandom = () => 0.5;

describe("simulator: progress profiles", () => {
  it("plans each profile's steps: increasing, inside the running time, 0 < progress < 100", () => {
    for (const spec of PROFILES) {
      const plan = planRun(parseProgressProfile(spec), 10_000, seededRandom(7));
      assert.equal(plan.runMs, 10_000);
      for (let i = 0; i < plan.steps.length; i++) {
        const s = plan.steps[i];
        assert.ok(s.atMs > 0 && s.atMs < 10_000, `${spec}: step at ${s.atMs}`);
        assert.ok(s.progress > 0 && s.progress < 100, `${spec}: ${s.progress} %`);
        if (i > 0)
          assert.ok(s.atMs > plan.steps[i - 1].atMs && s.progress > plan.steps[i - 1].progress);
      }
    }
  });

  it("shapes: 4 even steps (the default), 1 % steps, none, front- and back-loaded", () => {
    const steps = (spec: string) => planRun(parseProgressProfile(spec), 8000, noRandom).steps;
    assert.deepEqual(steps("linear"), [
      { atMs: 2000, progress: 25 },
      { atMs: 4000, progress: 50 },
      { atMs: 6000, progress: 75 },
    ]);
    assert.equal(steps("percent").length, 99);
    assert.deepEqual(steps("none"), []);
    // Half-way through, front-loaded has done 70-80 %, back-loaded 20 %.
    const at = (spec: string, ms: number) =>
      progressAt(planRun(parseProgressProfile(spec), 8000, noRandom), ms);
    assert.equal(at("front-loaded", 4000), 70);
    assert.equal(at("back-loaded", 4000), 20);
    assert.equal(at("none", 7999), 0);
    assert.equal(at("none", 8000), 100);
  });

  it("is reproducible from the seed: same seed, same jittered tasks and durations", () => {
    const settings = resolveProgressOptions({ profile: "jittered", durationJitter: 0.3, seed: 42 });
    const a = new ProgressPlanner(settings);
    const b = new ProgressPlanner(settings);
    const plans = [1, 2, 3].map(() => a.plan("create", 4000));
    assert.deepEqual(
      plans,
      [1, 2, 3].map(() => b.plan("create", 4000)),
    );
    for (const p of plans) assert.ok(p.runMs >= 2800 && p.runMs <= 5200, `${p.runMs}`);
    assert.notDeepEqual(plans[0], plans[1]);
    const other = new ProgressPlanner({ ...settings, seed: 43 }).plan("create", 4000);
    assert.notDeepEqual(other, plans[0]);
  });

  it("rejects bad profiles, jitter and seeds with what to use instead", () => {
    assert.throws(() => parseProgressProfile("linear:0"), /1 to 100 steps/);
    assert.throws(
      () => parseProgressProfile("wavy"),
      /unknown progress profile 'wavy'; use one of linear:N, percent/,
    );
    assert.throws(() => resolveProgressOptions({ durationJitter: 1.5 }), ProgressProfileError);
    assert.throws(() => resolveProgressOptions({ seed: -1 }), /non-negative integer/);
  });

  it("is settable per task kind by flag and VRSIM_* variable (flags win)", () => {
    const o = parseCliOptions(["--progress", "create=none,delete=linear:10", "--seed", "9"], {
      VRSIM_PROGRESS: "percent",
      VRSIM_DURATION_JITTER: "0.25",
    });
    assert.deepEqual(o?.progress, {
      profile: { create: { kind: "none" }, delete: { kind: "linear", steps: 10 } },
      durationJitter: 0.25,
      seed: 9,
    });
    assert.deepEqual(parseCliOptions([], { VRSIM_PROGRESS: "back-loaded" })?.progress?.profile, {
      kind: "back-loaded",
    });
    assert.throws(() => parseCliOptions(["--progress", "upload=none"], {}), CliUsageError);
    assert.throws(() => parseCliOptions(["--duration-jitter", "lots"], {}), CliUsageError);
  });

  // Client side: the sdk waits every profile to the end and sees its progress on the way. The
  // task's steps and the polls run on fake time.
  describe("on fake time", () => {
    const time = useFakeTime();
    for (const profile of PROFILES) {
      it(`a create task with progress '${profile}' is waited to the end by the sdk`, async () => {
        const sim = await startSimulator({
          taskDurations: { createMs: 300, reconnectMs: 20, deleteMs: 20, queuedMs: 5 },
          progress: { profile: { create: profile }, durationJitter: 0.2, seed: 1 },
        });
        let client: VrmsClient | undefined;
        try {
          client = fastClient(sim, new Capture());
          const spec = pairingSpec(sim.remoteSites[0]);
          const task = await untilSettled(time.clock, client.createPairing(spec));
          const seen: number[] = [];
          const done = await untilSettled(
            time.clock,
            client.waitForTask(task, {
              onProgress: (t: Task) => seen.push(t.progress ?? 0),
            }),
          );
          assert.equal(done.status, "SUCCESS");
          assert.equal(seen.at(-1), 100);
          for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], seen.join(","));
          if (profile === "none") assert.deepEqual([...new Set(seen)].sort(), [0, 100]);
        } finally {
          await client?.dispose();
          await sim.stop();
        }
      });
    }
  });
});
