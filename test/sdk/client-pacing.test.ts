// The client's request budget, 429 pause and coalescing against the simulator's rate limits.
import * as assert from "node:assert/strict";
import { untilSettled, useFakeTime } from "../support/fake-time";
import { pairingSpec, useSimulator } from "../support/simulator";
import { Capture, fastClient } from "./helpers";

describe("sdk pacing against the simulator", () => {
  const h = useSimulator({
    remoteSiteCount: 5,
    rateLimit: { perSession: 20, perClientIp: 1000, windowMs: 1000 },
  });
  beforeEach(() => h.sim.control.resetCounters());

  describe("on fake time (the limit's window and Retry-After pass when the test says)", () => {
    const time = useFakeTime();

    it("a budget matching the limit: a burst of 50 calls, no 429 at all", async () => {
      const capture = new Capture();
      const client = fastClient(h.sim, capture, {
        requestBudget: { requests: 18, windowMs: 1000 },
      });
      try {
        const calls = Promise.all(Array.from({ length: 50 }, () => client.listPairings()));
        const all = await untilSettled(time.clock, calls);
        assert.equal(all.length, 50);
        const c = h.sim.control.counters();
        assert.equal(c.tooManyRequests, 0, "no request sent into the limit");
        assert.ok(client.pacedRequestCount >= 30, `${client.pacedRequestCount} requests paced`);
        assert.ok(capture.lines.some((l) => /request budget \(18 per 1000 ms\) spent/.test(l)));
      } finally {
        await client.dispose();
      }
    });

    it("without a budget, a 429 pauses the whole client until Retry-After, and all succeed", async () => {
      const capture = new Capture();
      const client = fastClient(h.sim, capture, { requestBudget: false });
      try {
        const held = capture.whenLogged(/holding every request of this client/);
        const calls = Promise.all(Array.from({ length: 50 }, () => client.listPairings()));
        // Time stands still until the client holds: all 50 calls meet one window of 20, so
        // the limit is hit however fast this machine sends them.
        const first = await Promise.race([held, calls.then(() => "every call passed")]);
        assert.match(first, /holding every request of this client/);
        const all = await untilSettled(time.clock, calls);
        assert.equal(all.length, 50);
        const c = h.sim.control.counters();
        assert.ok(c.tooManyRequests > 0, "the limit was hit");
      } finally {
        await client.dispose();
      }
    });
  });

  it("concurrent reads by id share one filtered list; 404 → null; one read is a plain GET", async () => {
    const client = fastClient(h.sim, new Capture(), { requestBudget: false });
    try {
      const made = await Promise.all(
        h.sim.remoteSites
          .slice(0, 3)
          .map(async (s) => client.waitForTask(await client.createPairing(pairingSpec(s)))),
      );
      const ids = made.map((t) => String(t.result?.pairing_id));
      const singly = await Promise.all(ids.map((id) => client.getPairing(id).then((p) => p)));
      h.sim.control.resetCounters();
      const batched = await Promise.all(
        [...ids, "no-such-pairing"].map((id) => client.getPairing(id)),
      );
      let c = h.sim.control.counters();
      assert.equal(c.requests["GET /pairings"], 1);
      assert.equal(c.requests["GET /pairings/{pairing_id}"] ?? 0, 0);
      assert.equal(batched[3], null);
      for (let i = 0; i < ids.length; i++) {
        assert.equal(batched[i]?.pairing_id, ids[i]);
        assert.deepEqual(batched[i], singly[i], "same shape as GET /pairings/{id}");
      }
      h.sim.control.resetCounters();
      assert.equal((await client.getPairing(ids[0]))?.pairing_id, ids[0]);
      assert.equal(await client.getPairing("no-such-pairing"), null);
      c = h.sim.control.counters();
      assert.equal(c.requests["GET /pairings/{pairing_id}"], 2);
      assert.equal(c.requests["GET /pairings"] ?? 0, 0);

      // Adoption lookups at once share lists; each still sees what existed when it asked.
      h.sim.control.resetCounters();
      const found = await Promise.all(
        h.sim.remoteSites.map((s) => client.findPairingByRemoteVcId(s.vcId)),
      );
      assert.deepEqual(
        found.map((p) => p?.pairing_id ?? null),
        [...ids, null, null],
      );
      c = h.sim.control.counters();
      assert.ok((c.requests["GET /pairings"] ?? 0) <= 2, `${c.requests["GET /pairings"]} lists`);
    } finally {
      for (const p of h.sim.control.pairings()) h.sim.control.deletePairing(String(p.pairing_id));
      await client.dispose();
    }
  });
});
