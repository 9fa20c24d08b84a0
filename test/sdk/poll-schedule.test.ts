// A property test of the poll schedule: the real TaskWaiter waits, under sinon fake timers, for
// generated tasks (every progress profile of the simulator, running 2 to 60 s after a QUEUED
// phase of 0 to 2.5 s), and the bounds hold for every task or every profile's set.
import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { TaskWaiter, type TaskSource } from "../../sdk/waiter";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";
import { DEFAULT_POLL_POLICY } from "../../sdk/options";
import type { Task } from "../../sdk/wire";
import {
  parseProgressProfile,
  planRun,
  progressAt,
  seededRandom,
  type RunPlan,
} from "../../simulator/progress-profiles";

const PROFILES = ["linear:4", "percent", "jittered", "none", "front-loaded", "back-loaded"];
const INFORMATIVE = new Set(["linear:4", "percent", "jittered"]);
const TASKS_PER_PROFILE = 40;
const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());

/** One task whose state is a function of fake time since `t0`. */
class PlannedTask implements TaskSource {
  requests = 0;
  constructor(
    private readonly t0: number,
    private readonly queuedMs: number,
    private readonly plan: RunPlan,
  ) {}
  get endAt(): number {
    return this.t0 + this.queuedMs + this.plan.runMs;
  }
  snapshot(): Task {
    const ms = Date.now() - this.t0;
    const running = ms >= this.queuedMs;
    const done = Date.now() >= this.endAt;
    return {
      id: "t",
      status: done ? "SUCCESS" : running ? "RUNNING" : "QUEUED",
      progress: running ? progressAt(this.plan, ms - this.queuedMs) : 0,
      queued_time: this.t0,
      start_time: running ? this.t0 + this.queuedMs : null,
    };
  }
  async getTask(): Promise<Task> {
    this.requests += 1;
    return this.snapshot();
  }
  async listTasksById(): Promise<Task[]> {
    this.requests += 1;
    return [this.snapshot()];
  }
}

interface Outcome {
  profile: string;
  taskMs: number;
  lateMs: number;
  requests: number;
  /** what polling every 500 ms from the start would have cost on the same task */
  requests500: number;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
};

describe("sdk poll schedule: bounds for generated tasks (fake timers)", () => {
  let clock: sinon.SinonFakeTimers;
  const outcomes: Outcome[] = [];

  before(async () => {
    clock = sinon.useFakeTimers({
      now: 1_700_000_000_000,
      toFake: ["setTimeout", "clearTimeout", "Date"],
    });
    try {
      const random = seededRandom(20261202);
      for (const profile of PROFILES) {
        for (let i = 0; i < TASKS_PER_PROFILE; i++) {
          const runMs = Math.round(2000 * Math.pow(30, random()));
          const queuedMs = Math.round(2500 * random());
          const plan = planRun(parseProgressProfile(profile), runMs, random);
          const t0 = Date.now();
          const task = new PlannedTask(t0, queuedMs, plan);
          const waiter = new TaskWaiter(task, DEFAULT_POLL_POLICY, quiet);
          let returnedAt = 0;
          const done = waiter.wait(task.snapshot()).then(() => (returnedAt = Date.now()));
          while (!returnedAt) await clock.nextAsync();
          await done;
          waiter.dispose();
          outcomes.push({
            profile,
            taskMs: queuedMs + runMs,
            lateMs: returnedAt - task.endAt,
            requests: task.requests,
            requests500: Math.ceil((task.endAt - t0) / 500),
          });
        }
      }
    } finally {
      clock.restore();
    }
  });

  it("generated every profile, each task seen done, never before it ended", () => {
    assert.equal(outcomes.length, PROFILES.length * TASKS_PER_PROFILE);
    for (const o of outcomes) assert.ok(o.lateMs >= 0, `${o.profile}: ${o.lateMs} ms`);
  });

  it("every task: no more requests than polling every 500 ms would cost", () => {
    for (const o of outcomes)
      assert.ok(
        o.requests <= o.requests500,
        `${o.profile} ${o.taskMs} ms: ${o.requests} > ${o.requests500}`,
      );
  });

  it("every task: late by at most max(floor, half the task) (the stretch bound)", () => {
    for (const o of outcomes) {
      const bound = Math.max(DEFAULT_POLL_POLICY.initialIntervalMs, 0.5 * o.taskMs);
      assert.ok(o.lateMs <= bound, `${o.profile} ${o.taskMs} ms: late ${o.lateMs} ms > ${bound}`);
    }
  });

  for (const profile of PROFILES) {
    it(`${profile}: median late ≤ max(500 ms, 20 %) and p90 ≤ max(600 ms, 30 %) of the task`, () => {
      const mine = outcomes.filter((o) => o.profile === profile);
      const median = quantile(
        mine.map((o) => o.lateMs / Math.max(500, 0.2 * o.taskMs)),
        0.5,
      );
      const p90 = quantile(
        mine.map((o) => o.lateMs / Math.max(600, 0.3 * o.taskMs)),
        0.9,
      );
      assert.ok(median <= 1, `median at ${median.toFixed(2)} of the bound`);
      assert.ok(p90 <= 1, `p90 at ${p90.toFixed(2)} of the bound`);
      if (INFORMATIVE.has(profile)) {
        const tight = quantile(
          mine.map((o) => o.lateMs / Math.max(300, 0.1 * o.taskMs)),
          0.5,
        );
        assert.ok(tight <= 1, `informative median at ${tight.toFixed(2)} of max(300 ms, 10 %)`);
      }
    });
  }
});
