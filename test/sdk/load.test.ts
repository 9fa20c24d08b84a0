// 50 concurrent creates and waits on one client against the simulator with its rate
// limits on (short window) and a client budget matching them: all succeed, no request is
// sent into the limit (no 429 at all), exactly one login. Task durations, poll intervals and the
// limit's windows all run on fake time, so the minutes they model pass in no real time.
import * as assert from "node:assert/strict";
import { untilSettled, useFakeTime } from "../support/fake-time";
import { pairingSpec, useSimulator } from "../support/simulator";
import { VrmsClient } from "../../sdk";
import { Capture } from "./helpers";

describe("sdk: 50 concurrent creates + waits under the rate limit", () => {
  const time = useFakeTime();
  const h = useSimulator({
    remoteSiteCount: 50,
    rateLimit: { perSession: 50, perClientIp: 100, windowMs: 1000 },
    taskDurations: { createMs: 300, reconnectMs: 20, deleteMs: 20, queuedMs: 20 },
  });

  it("all succeed, one login, polls shared", async () => {
    const capture = new Capture();
    const client = new VrmsClient({
      url: h.sim.url,
      username: h.sim.users[0].username,
      password: h.sim.users[0].password,
      tls: { thumbprint: h.sim.thumbprints.sha256 },
      logger: capture,
      // 90 % of the per-session limit per window, as the default 45/60 s is for 50/60 s.
      requestBudget: { requests: 45, windowMs: 1000 },
    });
    try {
      const results = await untilSettled(
        time.clock,
        Promise.all(
          h.sim.remoteSites.map(async (site) =>
            client.waitForTask(await client.createPairing(pairingSpec(site)), {
              timeoutMs: 45_000,
            }),
          ),
        ),
      );
      assert.equal(results.length, 50);
      assert.ok(results.every((t) => t.status === "SUCCESS"));
      assert.equal(h.sim.control.pairings().length, 50);
      const c = h.sim.control.counters();
      assert.equal(c.logins, 1);
      assert.equal(client.loginCount, 1);
      const creates = h.sim.control.tasks().filter((t) => t.description === "Create pairing");
      assert.equal(creates.length, 50, "no create processed twice");
      assert.equal(c.tooManyRequests, 0, "the budget kept every request under the limit");
      assert.ok(client.pacedRequestCount > 0, "the burst was paced");
      const polls = (c.requests["GET /tasks"] ?? 0) + (c.requests["GET /tasks/{task_id}"] ?? 0);
      assert.ok(polls < 40, `${polls} poll requests for 50 waits`);
    } finally {
      await client.dispose();
    }
  });
});

describe("sdk: 50 pairings read with remote sessions under the rate limit", () => {
  const time = useFakeTime();
  const h = useSimulator({
    remoteSiteCount: 50,
    remoteSiteContract: true,
    rateLimit: { perSession: 50, perClientIp: 100, windowMs: 1000 },
    taskDurations: { createMs: 100, reconnectMs: 20, deleteMs: 20, queuedMs: 20 },
  });

  it("one remote login per pairing, full reads, one local login, no 429", async () => {
    const client = new VrmsClient({
      url: h.sim.url,
      username: h.sim.users[0].username,
      password: h.sim.users[0].password,
      tls: { thumbprint: h.sim.thumbprints.sha256 },
      logger: new Capture(),
      requestBudget: { requests: 45, windowMs: 1000 },
    });
    try {
      const ids = await untilSettled(
        time.clock,
        Promise.all(
          h.sim.remoteSites.map(async (site) => {
            const done = await client.waitForTask(await client.createPairing(pairingSpec(site)));
            return String(done.result?.pairing_id ?? done.entity);
          }),
        ),
      );
      const remote = (i: number) => ({
        username: h.sim.remoteSites[i].username,
        password: h.sim.remoteSites[i].password,
      });
      for (let round = 0; round < 2; round++) {
        const read = await untilSettled(
          time.clock,
          Promise.all(ids.map((id, i) => client.getPairing(id, { remote: remote(i) }))),
        );
        assert.ok(
          read.every((p) => p && (p._meta?.errors ?? []).length === 0),
          "all full",
        );
      }
      const c = h.sim.control.counters();
      assert.equal(c.requests["POST /pairings/{pairing_id}/remote-session"], 50);
      assert.equal(c.logins, 1);
      assert.equal(c.tooManyRequests, 0, "the budget kept every request under the limit");
    } finally {
      await client.dispose();
    }
  });
});
