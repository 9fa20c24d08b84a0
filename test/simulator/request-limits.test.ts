import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import { type Simulator, startSimulator } from "../../simulator";
import { FAST_TASKS, login, rawClient } from "../support/simulator";
import { assertError } from "./assertions";

describe("simulator: rate limits", () => {
  let sim: Simulator | undefined;
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    await sim?.stop();
    sim = undefined;
  });

  /** n requests one after the other (give `api` keep-alive: one TLS handshake, not n). */
  async function hammer(api: ReturnType<typeof rawClient>, n: number): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < n; i++) statuses.push((await api.get("/session")).status);
    return statuses;
  }

  it("is off by default: 200 quick requests on one session all pass", async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
    const statuses = await hammer(rawClient(sim, await login(sim), { keepAlive: true }), 200);
    assert.ok(statuses.every((s) => s === 200));
    assert.equal(sim.control.counters().tooManyRequests, 0);
  });

  it("rateLimit: true allows 50 requests per session per 60 s, then 429 with Retry-After in seconds", async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS, rateLimit: true });
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    const sid = await login(sim);
    const api = rawClient(sim, sid, { keepAlive: true });
    const statuses = await hammer(api, 50);
    assert.ok(
      statuses.every((s) => s === 200),
      "the first 50 pass",
    );
    const limited = await api.get("/session");
    assert.equal(limited.status, 429);
    assertError(limited.data, "TOO_MANY_REQUESTS");
    const retryAfter = Number(limited.headers["retry-after"]);
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60,
      `Retry-After ${retryAfter}`,
    );
    // Another session from the same IP still has its own budget.
    assert.equal((await rawClient(sim, await login(sim)).get("/session")).status, 200);
    // The window passes.
    clock.tick(60_000);
    assert.equal((await api.get("/session")).status, 200);
    assert.equal(sim.control.counters().tooManyRequests, 1);
  });

  it("rateLimit: true allows 100 requests per client IP per window, logins included", async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS, rateLimit: true });
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    let count = 0;
    // 3 sessions x 33 requests + 3 logins = 102 requests: the 101st trips the IP limit.
    const statuses: number[] = [];
    for (let s = 0; s < 3; s++) {
      const r = await rawClient(sim).post("/session", undefined, { auth: sim.users[0] });
      count += 1;
      statuses.push(r.status);
      const api = rawClient(sim, r.data.session_id, { keepAlive: true });
      for (let i = 0; i < 33; i++) {
        statuses.push((await api.get("/session")).status);
        count += 1;
      }
    }
    assert.equal(count, 102);
    assert.equal(statuses.filter((s) => s === 200).length, 100);
    assert.deepEqual(statuses.slice(100), [429, 429]);
    clock.tick(61_000);
    assert.equal(
      (await rawClient(sim).post("/session", undefined, { auth: sim.users[0] })).status,
      200,
    );
  });

  it("takes custom limits and a short window, so tests stay fast", async () => {
    sim = await startSimulator({
      taskDurations: FAST_TASKS,
      rateLimit: { perSession: 3, perClientIp: 1000, windowMs: 2_500 },
    });
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    const api = rawClient(sim, await login(sim), { keepAlive: true });
    assert.deepEqual(await hammer(api, 4), [200, 200, 200, 429]);
    const limited = await api.get("/session");
    assert.equal(limited.headers["retry-after"], "3", "ceil(2.5 s)");
    clock.tick(2_500);
    assert.deepEqual(await hammer(api, 3), [200, 200, 200]);
  });

  it("counts the control surface against nothing", async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS, rateLimit: { perClientIp: 2 } });
    for (let i = 0; i < 5; i++) {
      assert.equal((await rawClient(sim).get(`${sim.controlUrl}/counters`)).status, 200);
    }
    assert.equal(
      (await rawClient(sim).post("/session", undefined, { auth: sim.users[0] })).status,
      200,
    );
  });
});
