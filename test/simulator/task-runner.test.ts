import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import { pairingSpec, session, useSimulator } from "../support/simulator";
import { assertEpochMs, assertComponent } from "./assertions";

describe("simulator: tasks", () => {
  const h = useSimulator();

  it("GET /tasks/{id} answers the task; an unknown id is 404 with no body", async () => {
    const api = await session(h.sim);
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    const got = await api.get(`/tasks/${res.data.id}`);
    assert.equal(got.status, 200);
    assertComponent("TaskDrResponseEntity", got.data);
    assert.equal(got.data.id, res.data.id);
    assert.deepEqual(got.data._meta, { errors: [] });
    assertEpochMs(got.data.queued_time, "queued_time");
    await h.sim.control.whenTaskSettled(res.data.id);
    const missing = await api.get("/tasks/no-such-task");
    assert.equal(missing.status, 404);
    assert.equal(missing.data, "");
  });

  it("uses epoch milliseconds for every time, set in order", async () => {
    const api = await session(h.sim);
    const before = Date.now();
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[1]));
    await h.sim.control.whenTaskSettled(res.data.id);
    const t = (await api.get(`/tasks/${res.data.id}`)).data;
    for (const k of ["queued_time", "start_time", "complete_time"]) {
      assertEpochMs(t[k], k);
      assert.ok(Number.isInteger(t[k]));
      assert.ok(t[k] >= before - 5, `${k} not before the request`);
    }
    assert.ok(t.queued_time <= t.start_time && t.start_time <= t.complete_time);
  });

  it("keeps a task QUEUED for the queued duration before it runs", async () => {
    const { startSimulator } = await import("../../simulator");
    // The task timers run on a controlled clock: time passes only when the test says so.
    const clock = sinon.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const sim = await startSimulator({ taskDurations: { queuedMs: 60_000, createMs: 10 } });
    try {
      const api = await session(sim);
      const res = await api.post("/pairings", pairingSpec(sim.remoteSites[0]));
      // Enough for a 10 ms create to finish if the queued time were ignored.
      await clock.tickAsync(50);
      assert.equal((await api.get(`/tasks/${res.data.id}`)).data.status, "QUEUED");
      await clock.tickAsync(60_000 - 50);
      assert.equal((await api.get(`/tasks/${res.data.id}`)).data.status, "RUNNING");
      await clock.tickAsync(10);
      assert.equal((await api.get(`/tasks/${res.data.id}`)).data.status, "SUCCESS");
    } finally {
      await sim.stop();
      clock.restore();
    }
  });

  it("whenTaskSettled rejects, rather than hangs, when the simulator stops first", async () => {
    const { startSimulator } = await import("../../simulator");
    const sim = await startSimulator({ taskDurations: { queuedMs: 60_000 } });
    const api = await session(sim);
    const res = await api.post("/pairings", pairingSpec(sim.remoteSites[0]));
    const waiting = sim.control.whenTaskSettled(res.data.id);
    await sim.stop();
    await assert.rejects(waiting, /stopped before task/);
    await assert.rejects(sim.control.whenTaskSettled(res.data.id), /stopped before task/);
  });
});
