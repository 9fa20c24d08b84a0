import { strict as assert } from "node:assert";
import type { AxiosInstance } from "axios";
import type { PairingEntity, Task } from "../../sdk/wire";
import {
  pairWith,
  pairingSpec,
  rawClient,
  session,
  useSimulatorPerTest,
} from "../support/simulator";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { assertError, assertComponent } from "./assertions";

describe("simulator: control surface (programmatic)", () => {
  // Full data for every session: these suites test the world, not the remote-site contract.
  const h = useSimulatorPerTest({ remoteSiteContract: false });
  let api: AxiosInstance;
  beforeEach(async () => {
    api = await session(h.sim);
  });

  it("setSiteUp(false): remote statuses ERROR, partial reads flagged in _meta.errors, an issue listed", async () => {
    const id = await pairWith(h.sim, api, 0);
    const site = h.sim.remoteSites[0];
    h.sim.control.setSiteUp(site.vcId, false);
    assert.equal(site.up, false, "sim.remoteSites is live");
    const p: PairingEntity = (await api.get(`/pairings/${id}`)).data;
    assertComponent("PairingDrResponseEntity", p);
    assert.equal(p.remote_vrms?.server_status, "ERROR");
    assert.equal(p.remote_vc_server?.server_status, "ERROR");
    assert.equal(p.local_vrms?.server_status, "OK");
    assert.equal(p._meta?.errors?.[0].code, "REMOTE_SITE_UNREACHABLE");
    const list = (await api.get("/pairings")).data;
    assertComponent("PairingDrResponseList", list);
    assert.deepEqual(
      list._meta.errors.map((e: { field: string }) => e.field),
      ["$.list[1].remote_vrms"],
    );
    const issues = (await api.get(`/pairings/${id}/issues`)).data;
    assertComponent("IssueInfoDrResponseList", issues);
    assert.ok(
      issues.list.some((i: { description: string }) => /not reachable/.test(i.description)),
    );
    h.sim.control.setSiteUp(site.vcId, true);
    assert.deepEqual((await api.get(`/pairings/${id}`)).data._meta.errors, []);
    assert.throws(() => h.sim.control.setSiteUp("nope", false), /no remote site/);
  });

  it("breakPairing: WARNING/ERROR statuses and issues; repairPairing restores OK", async () => {
    const id = await pairWith(h.sim, api, 0);
    h.sim.control.breakPairing(id, "certificate changed");
    const p: PairingEntity = (await api.get(`/pairings/${id}`)).data;
    assert.equal(p.remote_vrms?.server_status, "ERROR");
    assert.equal(p.remote_vc_server?.server_status, "WARNING");
    const issues = (await api.get(`/pairings/${id}/issues`)).data;
    assertComponent("IssueInfoDrResponseList", issues);
    assert.equal(issues._meta.total, 2);
    assert.deepEqual(issues.list.map((i: { status: string }) => i.status).sort(), [
      "ERROR",
      "WARNING",
    ]);
    assert.ok(issues.list[0].description.includes("certificate changed"));
    assert.ok(
      issues.list.every((i: { timestamp: number }) => Math.abs(Date.now() - i.timestamp) < 60_000),
    );
    h.sim.control.repairPairing(id);
    const healed: PairingEntity = (await api.get(`/pairings/${id}`)).data;
    assert.equal(healed.remote_vrms?.server_status, "OK");
    assert.deepEqual((await api.get(`/pairings/${id}/issues`)).data.list, []);
    assert.throws(() => h.sim.control.breakPairing("nope"), /no pairing/);
  });

  it("deletePairing removes it behind the client's back, with no task", async () => {
    const id = await pairWith(h.sim, api, 0);
    const tasksBefore = h.sim.control.tasks().length;
    h.sim.control.deletePairing(id);
    assert.equal((await api.get(`/pairings/${id}`)).status, 404);
    assert.deepEqual(h.sim.control.pairings(), []);
    assert.equal(h.sim.control.tasks().length, tasksBefore);
  });

  it("advanceClock moves the Date header and later task times; earlier tasks look older", async () => {
    await pairWith(h.sim, api, 0);
    const [old] = h.sim.control.tasks();
    const hour = 3_600_000;
    h.sim.control.advanceClock(hour);
    const res = await api.get("/session");
    const skew = Date.parse(String(res.headers["date"])) - Date.now();
    assert.ok(skew > hour - 2_000 && skew < hour + 2_000, `Date header ${skew} ms ahead`);
    await pairWith(h.sim, api, 1);
    const fresh = h.sim.control.tasks().find((t) => t.id !== old.id)!;
    assert.ok(fresh.queued_time! - old.queued_time! >= hour, "stamped on the moved clock");
    assert.equal(h.sim.control.tasks().find((t) => t.id === old.id)?.queued_time, old.queued_time);
    assert.throws(() => h.sim.control.advanceClock(Number.NaN), RangeError);
  });

  it("expireSessions: the next call with any old session answers 401", async () => {
    const other = await session(h.sim);
    h.sim.control.expireSessions();
    assert.equal((await api.get("/pairings")).status, 401);
    assert.equal((await other.get("/session")).status, 401);
    assert.equal((await (await session(h.sim)).get("/session")).status, 200, "a new login works");
  });

  it("injectFaults: the next N matching requests answer 500/502/503 with an error body", async () => {
    for (const kind of [500, 502, 503] as const) {
      h.sim.control.injectFaults({ count: 2, kind });
      for (let i = 0; i < 2; i++) {
        const res = await api.get("/pairings");
        assert.equal(res.status, kind);
        assertError(res.data);
      }
      assert.equal((await api.get("/pairings")).status, 200, `after ${kind} x2`);
    }
    assert.equal(h.sim.control.counters().faultsInjected, 6);
  });

  it("injectFaults 429: answers like the rate limiter (Retry-After, counted as too many requests)", async () => {
    h.sim.control.injectFaults({ count: 1, kind: 429, pathPrefix: "/pairings" });
    const res = await api.get("/pairings");
    assert.equal(res.status, 429);
    assert.equal(res.headers["retry-after"], "1");
    assertError(res.data);
    assert.equal(h.sim.control.counters().tooManyRequests, 1);
    assert.equal((await api.get("/pairings")).status, 200);
  });

  it("beforeNextRequest: runs once, before the matching request is handled, which waits for it", async () => {
    const seen: string[] = [];
    h.sim.control.beforeNextRequest({
      method: "GET",
      pathPrefix: "/tasks",
      run: async () => {
        seen.push(`hook, tasks: ${h.sim.control.counters().requests["GET /tasks"] ?? 0}`);
        await pairWith(h.sim, await session(h.sim), 1);
      },
    });
    await api.get("/pairings");
    assert.deepEqual(seen, [], "not matched by another path");
    const tasks: Task[] = (await api.get("/tasks")).data.list;
    assert.deepEqual(seen, ["hook, tasks: 1"], "ran once, counted first");
    assert.equal(tasks.length, 1, "the request saw what the hook did");
    await api.get("/tasks");
    assert.equal(seen.length, 1, "one-shot");
  });

  it("injectFaults: scoped by method and path prefix", async () => {
    h.sim.control.injectFaults({ count: 1, kind: 503, method: "post", pathPrefix: "/pairings" });
    assert.equal((await api.get("/pairings")).status, 200, "GET is not matched");
    assert.equal((await api.get("/session")).status, 200);
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    assert.equal(res.status, 503);
    assert.deepEqual(h.sim.control.tasks(), [], "failed before acting: no task");
    assert.equal((await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]))).status, 202);
  });

  it("injectFaults reset: the connection is dropped", async () => {
    h.sim.control.injectFaults({ count: 1, kind: "reset", pathPrefix: "/tasks" });
    await assert.rejects(api.get("/tasks"), (err: Error & { code?: string }) => {
      assert.ok(
        ["ECONNRESET", "ERR_BAD_RESPONSE", "EPIPE"].includes(String(err.code)) ||
          /socket hang up/.test(err.message),
        err.message,
      );
      return true;
    });
    assert.equal((await api.get("/tasks")).status, 200);
  });

  it("injectFaults afterHandling: the work is done but the answer is lost", async () => {
    h.sim.control.injectFaults({
      count: 1,
      kind: 500,
      method: "POST",
      pathPrefix: "/pairings",
      afterHandling: true,
    });
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    assert.equal(res.status, 500);
    const [task] = h.sim.control.tasks();
    assert.equal(task.description, "Create pairing", "the create was accepted anyway");
    assert.equal((await h.sim.control.whenTaskSettled(task.id)).status, "SUCCESS");
    assert.equal(h.sim.control.pairings().length, 1);
    for (const p of h.sim.control.pairings()) assertComponent("Pairing", p);
  });

  it("setLatencyMs delays every API answer", async () => {
    // A minute of latency on fake time: far more than the request itself can take.
    const clock = installFakeTime();
    try {
      h.sim.control.setLatencyMs(60_000);
      const t0 = Date.now();
      assert.equal((await untilSettled(clock, api.get("/session"))).status, 200);
      assert.ok(Date.now() - t0 >= 60_000, `took ${Date.now() - t0} ms`);
    } finally {
      clock.restore();
    }
    h.sim.control.setLatencyMs(0);
    assert.throws(() => h.sim.control.setLatencyMs(-1), RangeError);
  });

  it("freezeTasks keeps tasks RUNNING; cancelTask ends one CANCELLED with no effect", async () => {
    h.sim.control.freezeTasks(true);
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    let t: Task = res.data;
    while (t.status === "QUEUED") t = (await api.get(`/tasks/${res.data.id}`)).data;
    assert.equal(t.status, "RUNNING");
    h.sim.control.cancelTask(t.id);
    const cancelled: Task = (await api.get(`/tasks/${t.id}`)).data;
    assertComponent("TaskDrResponseEntity", cancelled);
    assert.equal(cancelled.status, "CANCELLED");
    assert.ok(cancelled.complete_time);
    h.sim.control.freezeTasks(false);
    assert.equal((await h.sim.control.whenTaskSettled(t.id)).status, "CANCELLED");
    assert.deepEqual(h.sim.control.pairings(), [], "a cancelled create pairs nothing");
    for (const task of h.sim.control.tasks()) assertComponent("Task", task);
    assert.throws(() => h.sim.control.cancelTask("nope"), /no task/);
  });

  it("failNextTask makes the next task of that kind end ERROR with the given message", async () => {
    h.sim.control.failNextTask("create", "Boom from the test", "details here");
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    const task = await h.sim.control.whenTaskSettled(res.data.id);
    assert.equal(task.status, "ERROR");
    assert.deepEqual(task.error, { message: "Boom from the test", details: "details here" });
    assert.equal((await api.get(`/pairings/${task.entity}`)).status, 404);
    await pairWith(h.sim, api, 0); // only the next one
  });

  it("counters: requests per templated endpoint, logins, logouts; resetCounters", async () => {
    h.sim.control.resetCounters();
    const id = await pairWith(h.sim, api, 0);
    await api.get(`/pairings/${id}`);
    await api.get(`/pairings/${id}`);
    await api.get("/nowhere");
    await (await session(h.sim)).delete("/session");
    const c = h.sim.control.counters();
    assert.equal(c.requests["POST /pairings"], 1);
    assert.equal(c.requests["GET /pairings/{pairing_id}"], 2);
    assert.equal(c.requests["GET (unknown)"], 1);
    assert.equal(c.requests["POST /session"], 1);
    assert.equal(c.requests["DELETE /session"], 1);
    assert.equal(c.logins, 1);
    assert.equal(c.logouts, 1);
    assert.equal(c.total, 6);
    h.sim.control.resetCounters();
    assert.deepEqual(h.sim.control.counters(), {
      requests: {},
      total: 0,
      logins: 0,
      logouts: 0,
      tooManyRequests: 0,
      faultsInjected: 0,
    });
  });
});

describe("simulator: control surface (HTTP, under /_simulator)", () => {
  // Full data for every session: these suites test the world, not the remote-site contract.
  const h = useSimulatorPerTest({ remoteSiteContract: false });
  let api: AxiosInstance;
  let ctl: AxiosInstance;
  beforeEach(async () => {
    api = await session(h.sim);
    ctl = rawClient(h.sim);
    ctl.defaults.baseURL = h.sim.controlUrl;
  });

  it("GET /state shows sites, pairings, tasks and counters", async () => {
    const id = await pairWith(h.sim, api, 0);
    const res = await ctl.get("/state");
    assert.equal(res.status, 200);
    assert.equal(res.data.localVcId, h.sim.localVcId);
    assert.equal(res.data.remoteSites.length, 3);
    assert.equal(res.data.pairings[0].pairing_id, id);
    assert.equal(res.data.tasks.length, 1);
    assert.ok(res.data.counters.total > 0);
  });

  it("sites down/up, pairing break/repair/delete", async () => {
    const id = await pairWith(h.sim, api, 0);
    const vc = h.sim.remoteSites[0].vcId;
    assert.equal((await ctl.post(`/sites/${vc}/down`)).status, 204);
    assert.equal(h.sim.remoteSites[0].up, false);
    assert.equal((await ctl.post(`/sites/${vc}/up`)).status, 204);
    assert.equal(h.sim.remoteSites[0].up, true);
    h.sim.control.repairPairing(id);
    assert.equal((await ctl.post(`/pairings/${id}/break`, { reason: "test" })).status, 204);
    assert.equal((await api.get(`/pairings/${id}`)).data.remote_vrms.server_status, "ERROR");
    assert.equal((await ctl.post(`/pairings/${id}/repair`)).status, 204);
    assert.equal((await api.get(`/pairings/${id}`)).data.remote_vrms.server_status, "OK");
    assert.equal((await ctl.delete(`/pairings/${id}`)).status, 204);
    assert.equal((await api.get(`/pairings/${id}`)).status, 404);
    assert.equal((await ctl.delete(`/pairings/${id}`)).status, 404);
    assert.equal((await ctl.post("/sites/nope/down")).status, 404);
  });

  it("sessions/expire, faults, latency", async () => {
    assert.equal((await ctl.post("/sessions/expire")).status, 204);
    assert.equal((await api.get("/session")).status, 401);
    api = await session(h.sim);
    assert.equal(
      (await ctl.post("/faults", { count: 1, kind: 503, pathPrefix: "/session" })).status,
      204,
    );
    assert.equal((await api.get("/session")).status, 503);
    assert.equal((await ctl.post("/faults", { count: 5, kind: 500 })).status, 204);
    assert.equal((await ctl.delete("/faults")).status, 204);
    assert.equal((await api.get("/session")).status, 200, "cleared");
    assert.equal((await ctl.post("/faults", { count: 1, kind: 418 })).status, 400);
    assert.equal((await ctl.post("/latency", { ms: 60_000 })).status, 204);
    const clock = installFakeTime();
    try {
      const t0 = Date.now();
      await untilSettled(clock, api.get("/session"));
      assert.ok(Date.now() - t0 >= 60_000, `took ${Date.now() - t0} ms`);
    } finally {
      clock.restore();
    }
    assert.equal((await ctl.post("/latency", { ms: "x" })).status, 400);
    assert.equal((await ctl.post("/latency", { ms: 0 })).status, 204);
    assert.equal((await ctl.post("/clock/advance", { ms: 60_000 })).status, 204);
    const date = Date.parse(String((await api.get("/session")).headers["date"]));
    assert.ok(date - Date.now() > 55_000, "the Date header moved a minute ahead");
  });

  it("tasks freeze/cancel/fail-next", async () => {
    assert.equal((await ctl.post("/tasks/freeze", { frozen: true })).status, 204);
    const res = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    assert.equal((await ctl.post(`/tasks/${res.data.id}/cancel`)).status, 204);
    assert.equal((await api.get(`/tasks/${res.data.id}`)).data.status, "CANCELLED");
    assert.equal((await ctl.post("/tasks/freeze", { frozen: false })).status, 204);
    assert.equal(
      (await ctl.post("/tasks/fail-next", { kind: "create", message: "nope" })).status,
      204,
    );
    const t = await api.post("/pairings", pairingSpec(h.sim.remoteSites[0]));
    assert.equal((await h.sim.control.whenTaskSettled(t.data.id)).error?.message, "nope");
    assert.equal((await ctl.post("/tasks/fail-next", { kind: "explode" })).status, 400);
  });

  it("counters and counters/reset; unknown control paths 404, wrong methods 405, bad JSON 400", async () => {
    await api.get("/pairings");
    const c = await ctl.get("/counters");
    assert.equal(c.data.requests["GET /pairings"], 1);
    assert.equal((await ctl.post("/counters/reset")).status, 204);
    assert.equal((await ctl.get("/counters")).data.total, 0);
    assert.equal((await ctl.get("/nope")).status, 404);
    assert.equal((await ctl.get("/counters/reset")).status, 405);
    const bad = await ctl.post("/latency", "{nope", {
      headers: { "content-type": "application/json" },
      transformRequest: [(d: unknown) => d],
    });
    assert.equal(bad.status, 400);
  });
});
