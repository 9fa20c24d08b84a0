// The shared task waiter under sinon fake timers: terminal states, QUEUED, time-out,
// abort, progress, and the poll schedule (fast first, capped later, shared by N waits).
import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { TaskWaiter, type TaskSource } from "../../sdk/waiter";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";
import { DEFAULT_POLL_POLICY } from "../../sdk/options";
import {
  VrmsAbortError,
  VrmsNotFoundError,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
  VrmsTaskTimeoutError,
} from "../../sdk/vrms-errors";
import type { Task, TaskStatus } from "../../sdk/wire";

type Script = (elapsedMs: number) => Partial<Task> & { status: TaskStatus };

/** Tasks whose state is a function of fake time since the test started. */
class ScriptedSource implements TaskSource {
  readonly polls: { at: number; ids: string[]; kind: "get" | "list" }[] = [];
  readonly scripts = new Map<string, Script>();
  constructor(private readonly t0: number) {}
  private task(id: string): Task {
    const script = this.scripts.get(id);
    if (!script) throw new VrmsNotFoundError({ status: 404, method: "GET", path: `/tasks/${id}` });
    return { id, description: "Create pairing", ...script(Date.now() - this.t0) };
  }
  async getTask(id: string): Promise<Task> {
    this.polls.push({ at: Date.now() - this.t0, ids: [id], kind: "get" });
    return this.task(id);
  }
  async listTasksById(ids: string[]): Promise<Task[]> {
    this.polls.push({ at: Date.now() - this.t0, ids, kind: "list" });
    return ids.filter((id) => this.scripts.has(id)).map((id) => this.task(id));
  }
}

/** QUEUED for 300 ms, then RUNNING with progress, then `end` at `doneMs`. */
function lifecycle(doneMs: number, end: Partial<Task> & { status: TaskStatus }): Script {
  return (ms) => {
    if (ms < 300) return { status: "QUEUED", progress: 0 };
    if (ms < doneMs) return { status: "RUNNING", progress: Math.floor((ms / doneMs) * 4) * 25 };
    return { progress: 100, ...end };
  };
}

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());

describe("sdk task waiter (fake timers)", () => {
  let clock: sinon.SinonFakeTimers;
  let source: ScriptedSource;
  let waiter: TaskWaiter;

  beforeEach(() => {
    clock = sinon.useFakeTimers({
      now: 1_700_000_000_000,
      toFake: ["setTimeout", "clearTimeout", "Date"],
    });
    source = new ScriptedSource(Date.now());
    waiter = new TaskWaiter(source, DEFAULT_POLL_POLICY, quiet);
  });
  afterEach(() => {
    waiter.dispose();
    clock.restore();
  });

  /** Runs fake time until `p` settles; returns the fake time it took. */
  async function settle<T>(
    p: Promise<T>,
    maxMs = 3_600_000,
  ): Promise<{ ms: number; value?: T; error?: unknown }> {
    const start = Date.now();
    let done = false;
    let value: T | undefined;
    let error: unknown;
    p.then(
      (v) => ((done = true), (value = v)),
      (e) => ((done = true), (error = e)),
    );
    // Straight to the next timer: a 10-minute task costs its polls, not 60,000 small ticks.
    while (!done && Date.now() - start < maxMs) await clock.nextAsync();
    assert.ok(done, "the wait never settled");
    return { ms: Date.now() - start, value, error };
  }

  it("resolves on SUCCESS within a few hundred ms of a 1 s task finishing", async () => {
    source.scripts.set("t1", lifecycle(1000, { status: "SUCCESS", result: { pairing_id: "p" } }));
    const r = await settle(waiter.wait("t1"));
    assert.equal(r.value?.status, "SUCCESS");
    assert.ok(r.ms >= 1000 && r.ms <= 1400, `returned at ${r.ms} ms`);
    assert.equal(source.polls[0].at, DEFAULT_POLL_POLICY.initialIntervalMs);
  });

  it("keeps waiting through QUEUED (not terminal)", async () => {
    source.scripts.set("q", (ms) => (ms < 3000 ? { status: "QUEUED" } : { status: "SUCCESS" }));
    const r = await settle(waiter.wait("q"));
    assert.equal(r.value?.status, "SUCCESS");
    assert.ok(r.ms >= 3000);
    assert.ok(source.polls.length > 3);
  });

  it("rejects ERROR with the task's message, details, id and operation", async () => {
    source.scripts.set(
      "e",
      lifecycle(500, {
        status: "ERROR",
        error: { message: "Remote site is down: x", details: "use force" },
      }),
    );
    const r = await settle(waiter.wait("e", { operation: "create pairing" }));
    assert.ok(r.error instanceof VrmsTaskFailedError);
    assert.equal(r.error.taskId, "e");
    assert.equal(r.error.taskMessage, "Remote site is down: x");
    assert.equal(r.error.details, "use force");
    assert.equal(r.error.operation, "create pairing");
    assert.match(r.error.message, /create pairing.*task e.*Remote site is down: x.*use force/);
  });

  it("rejects CANCELLED (and does not loop forever on it)", async () => {
    source.scripts.set("c", lifecycle(400, { status: "CANCELLED" }));
    const r = await settle(waiter.wait("c"));
    assert.ok(r.error instanceof VrmsTaskCancelledError);
    assert.equal(r.error.taskId, "c");
    const polls = source.polls.length;
    await clock.tickAsync(60_000);
    assert.equal(source.polls.length, polls, "no polling after the wait ended");
  });

  it("settles at once for a task object already terminal, without polling", async () => {
    const ok = await waiter.wait({ id: "done", status: "SUCCESS" });
    assert.equal(ok.id, "done");
    await assert.rejects(
      waiter.wait({ id: "bad", status: "ERROR", error: { message: "m" } }),
      VrmsTaskFailedError,
    );
    assert.equal(source.polls.length, 0);
  });

  it("times out with task id, elapsed time and last status", async () => {
    source.scripts.set("slow", lifecycle(10 * 60_000, { status: "SUCCESS" }));
    const r = await settle(waiter.wait("slow", { timeoutMs: 5000 }));
    assert.ok(r.error instanceof VrmsTaskTimeoutError);
    assert.equal(r.error.taskId, "slow");
    assert.equal(r.error.elapsedMs, 5000);
    assert.equal(r.error.lastStatus, "RUNNING");
    assert.ok(r.ms >= 5000 && r.ms < 5100);
    const polls = source.polls.length;
    await clock.tickAsync(60_000);
    assert.equal(source.polls.length, polls);
  });

  it("aborts on the signal, and refuses an already aborted signal", async () => {
    source.scripts.set("a", lifecycle(60_000, { status: "SUCCESS" }));
    const ac = new AbortController();
    const p = waiter.wait("a", { signal: ac.signal });
    setTimeout(() => ac.abort(), 2000);
    const r = await settle(p);
    assert.ok(r.error instanceof VrmsAbortError);
    assert.equal(r.error.taskId, "a");
    assert.ok(r.ms >= 2000 && r.ms < 2100);
    await assert.rejects(waiter.wait("a", { signal: ac.signal }), VrmsAbortError);
    assert.equal(waiter.activeWaits, 0);
  });

  it("reports progress on every change, in order, without repeats", async () => {
    // QUEUED until 1 s (the first poll comes at initialIntervalMs), then the usual steps.
    source.scripts.set("p", (ms) =>
      ms < 1000 ? { status: "QUEUED", progress: 0 } : lifecycle(2000, { status: "SUCCESS" })(ms),
    );
    const seen: string[] = [];
    await settle(waiter.wait("p", { onProgress: (t) => seen.push(`${t.status}:${t.progress}`) }));
    assert.equal(seen[0], "QUEUED:0");
    assert.equal(seen.at(-1), "SUCCESS:100");
    assert.equal(new Set(seen).size, seen.length);
    assert.ok(seen.length >= 4, seen.join(","));
  });

  it("backs off to the cap: a 10-minute task costs few polls, well under 50 per minute", async () => {
    source.scripts.set("long", lifecycle(10 * 60_000, { status: "SUCCESS" }));
    const r = await settle(waiter.wait("long"));
    assert.equal(r.value?.status, "SUCCESS");
    const at = source.polls.map((p) => p.at);
    assert.ok(at.length < 100, `${at.length} polls`);
    for (let i = 1; i < at.length; i++) {
      const gap = at[i] - at[i - 1];
      // Polls aimed at a predicted end may come sooner than the back-off, never below the floor.
      assert.ok(gap >= DEFAULT_POLL_POLICY.initialIntervalMs - 1, `gap ${gap} under the floor`);
      assert.ok(gap <= DEFAULT_POLL_POLICY.maxIntervalMs + 1, `gap ${gap} over the cap`);
    }
    for (let start = 0; start < 10 * 60_000; start += 10_000) {
      const inWindow = at.filter((a) => a >= start && a < start + 60_000).length;
      assert.ok(inWindow <= 25, `${inWindow} polls in the minute from ${start} ms`);
    }
    assert.ok(r.ms - 10 * 60_000 <= DEFAULT_POLL_POLICY.maxIntervalMs);
  });

  /** Like the appliance: QUEUED `queuedMs`, then RUNNING from start_time in 4 progress steps. */
  function appliance(totalMs: number, queuedMs: number): Script {
    const t0 = Date.now();
    const runMs = totalMs - queuedMs;
    return (ms) => {
      const times = { queued_time: t0, start_time: ms >= queuedMs ? t0 + queuedMs : undefined };
      if (ms < queuedMs) return { ...times, status: "QUEUED", progress: 0 };
      const run = ms - queuedMs;
      if (run < runMs) {
        return { ...times, status: "RUNNING", progress: Math.floor((run / runMs) * 4) * 25 };
      }
      return { ...times, status: "SUCCESS", progress: 100 };
    };
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  // The benchmark's targets, in fake time: median overhead at most max(10 %, 300 ms); for an
  // 8 s task at most a third of the 16 requests a fixed 500 ms poll spends.
  for (const [tierMs, maxPolls] of [
    [2000, 5],
    [8000, 5],
    [60_000, 12],
  ]) {
    it(`aims at the end its progress predicts: ${tierMs / 1000} s tasks are seen done promptly, for few polls`, async () => {
      const overheads: number[] = [];
      const polls: number[] = [];
      for (const factor of [0.9, 0.95, 1, 1.05, 1.1]) {
        const id = `a${factor}`;
        source.polls.length = 0;
        source.scripts.set(id, appliance(tierMs * factor, 50));
        const r = await settle(waiter.wait(id));
        assert.equal(r.value?.status, "SUCCESS");
        overheads.push(r.ms - tierMs * factor);
        polls.push(source.polls.length);
      }
      const detail = `overheads ${overheads.join(",")} ms, polls ${polls.join(",")}`;
      assert.ok(median(overheads) <= Math.max(300, 0.1 * tierMs), detail);
      assert.ok(median(polls) <= maxPolls, detail);
    });
  }

  it("without progress, backs off geometrically to the cap", async () => {
    source.scripts.set("blind", (ms) => ({ status: ms < 30_000 ? "RUNNING" : "SUCCESS" }));
    await settle(waiter.wait("blind"));
    const at = source.polls.map((p) => p.at);
    for (let i = 2; i < at.length; i++) {
      const gap = at[i] - at[i - 1];
      const before = at[i - 1] - at[i - 2];
      assert.ok(gap >= before - 1 && gap <= DEFAULT_POLL_POLICY.maxIntervalMs + 1, `gap ${gap}`);
    }
    assert.ok(at.length <= 20, `${at.length} polls`);
  });

  it("progress that stalls past its predicted end: polls stay frequent, then back off", async () => {
    // 25 % after 1 s predicts a 4 s task; it then takes 20 s.
    source.scripts.set("stall", (ms) => {
      if (ms < 1000) return { status: "RUNNING", progress: 0 };
      return ms < 20_000 ? { status: "RUNNING", progress: 25 } : { status: "SUCCESS" };
    });
    const r = await settle(waiter.wait("stall"));
    assert.equal(r.value?.status, "SUCCESS");
    assert.ok(r.ms - 20_000 <= 0.25 * 20_000, `seen done ${r.ms - 20_000} ms late`);
    assert.ok(source.polls.length <= 25, `${source.polls.length} polls`);
  });

  it("N concurrent waits share one poll loop: about as many requests as one wait", async () => {
    source.scripts.set("solo", lifecycle(20_000, { status: "SUCCESS" }));
    await settle(waiter.wait("solo"));
    const solo = source.polls.length;
    source.polls.length = 0;

    const n = 50;
    const waits: Promise<Task>[] = [];
    for (let i = 0; i < n; i++) {
      // Started 0-500 ms apart, finishing at different times around 20 s.
      const id = `t${i}`;
      const startAt = Date.now() - source["t0"] + i * 10;
      source.scripts.set(id, (ms) =>
        lifecycle(20_000 + i * 20, { status: "SUCCESS" })(ms - startAt),
      );
      waits.push(waiter.wait(id));
      await clock.tickAsync(10);
    }
    const r = await settle(Promise.all(waits));
    assert.equal(r.value?.length, n);
    assert.ok(
      source.polls.length <= solo + 6,
      `${source.polls.length} polls for ${n} waits vs ${solo} for one`,
    );
    assert.ok(
      source.polls.some((p) => p.kind === "list" && p.ids.length > 1),
      "several tasks per request",
    );
  });

  it("rejects a wait whose task disappears (404)", async () => {
    const r = await settle(waiter.wait("ghost"));
    assert.ok(r.error instanceof VrmsNotFoundError);
  });
});
