import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Pairings, useStage } from "./stage";

const N = 50;

/*
 * 50 pairings created, reconnected and deleted in parallel through one provider host with
 * the rate limits on (short window): every operation succeeds, no 429 reaches the user, and
 * the host logs in once.
 */
describe("reliability: load, 50 pairings in parallel under rate limits", function () {
  this.timeout(90_000);
  const s = useStage({
    simulator: {
      remoteSiteCount: N,
      rateLimit: { perSession: 100, perClientIp: 150, windowMs: 1000 },
    },
  });
  const names = Array.from({ length: N }, (_, i) => `p${String(i).padStart(2, "0")}`);
  const program = (sha256 = false): Pairings =>
    Object.fromEntries(
      names.map((n, i) => {
        const site = s.sim.remoteSites[i];
        const pin = sha256 ? site.thumbprintSha256 : site.thumbprint;
        return [n, s.args(i, { remotePscThumbprint: pin })];
      }),
    );
  const failedSteps: string[] = [];

  it("creates 50 in parallel", async () => {
    // Whether 50 parallel creates exceed the short window depends on the machine's speed, so
    // 429s are also forced: the first creates are answered 429 whatever the speed.
    s.sim.control.injectFaults({ count: 10, kind: 429, method: "POST", pathPrefix: "/pairings" });
    const r = await s.up(program());
    assert.strictEqual(r.counts.create, N);
    assertConverged(s.sim, s.d, names);
    // Counters include the POSTs answered 429; tasks are what the VRMS started.
    const creates = s.sim.control.tasks().filter((t) => t.description === "Create pairing");
    assert.strictEqual(creates.length, N, "one create task each");
  });

  it("reconnects 50 in parallel (a new remote PSC pin for each)", async () => {
    const r = await s.up(program(true));
    assert.strictEqual(r.counts.update, N);
    const reconnects = s.sim.control.tasks().filter((t) => t.description === "Reconnect pairing");
    assert.strictEqual(reconnects.length, N);
    assert.ok(reconnects.every((t) => t.status === "SUCCESS"));
    assertConverged(s.sim, s.d, names);
  });

  it("deletes 50 in parallel", async () => {
    const all = [...s.d.state.values()];
    const results = await Promise.allSettled(
      all.map(async (r) => {
        await s.host.delete({ urn: r.urn, id: r.id, properties: r.outputs, oldInputs: r.inputs });
        s.d.state.delete(r.urn);
      }),
    );
    for (const r of results) {
      if (r.status === "rejected") {
        s.ledger.seeError("parallel delete", r.reason);
        failedSteps.push(String(r.reason));
      }
    }
    assert.deepStrictEqual(failedSteps, []);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  it("hit the rate limit, yet no 429 reached the user, and logged in once", () => {
    const c = s.sim.control.counters();
    assert.ok(c.tooManyRequests >= 10, "429s were answered (the 10 forced ones at least)");
    assert.ok(
      c.tooManyRequests <= c.total / 3,
      `waits out Retry-After: ${c.tooManyRequests} of ${c.total} answered 429`,
    );
    assert.strictEqual(c.logins, 1, "one login per VRMS");
    const text = s.userLines();
    assert.doesNotMatch(text, /\b429\b|too many requests|rate limit/i);
  });

  itLeaksNoSecret(s);
});
