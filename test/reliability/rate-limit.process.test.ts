import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, useStage } from "./stage";
import { budgetFor } from "../support/request-budget";

/*
 * The gateway's rate limits (per session and per client IP, fixed windows, 429 with
 * Retry-After). A window of a second keeps the test fast; the client must wait as told and
 * the user must never see a 429.
 */
describe("reliability: 429 with Retry-After under the rate limits", function () {
  this.timeout(60_000);
  const s = useStage({
    simulator: { rateLimit: { perSession: 12, perClientIp: 1000, windowMs: 1000 } },
  });
  const program = () => ({ a: s.args(0), b: s.args(1), c: s.args(2) });

  const noRateLimitSeen = () => {
    const text = s.userLines();
    assert.doesNotMatch(text, /\b429\b|too many requests|rate limit/i);
  };

  it("create, refresh, reconnect and delete all succeed although the VRMS answers 429", async () => {
    // The poll schedule may stay under 12 requests a second: force 429s on the creates too.
    s.sim.control.injectFaults({ count: 3, kind: 429, method: "POST", pathPrefix: "/pairings" });
    await s.up(program());
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    await s.refresh();
    for (const name of ["a", "b", "c"]) s.sim.control.breakPairing(s.resource(name).id);
    await s.refresh();
    const r = await s.up(program());
    assert.strictEqual(r.counts.update, 3);
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    await s.destroy();
    assertConsistent(s.sim, s.d);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    const c = s.sim.control.counters();
    assert.ok(c.tooManyRequests > 0, "the limit was hit");
    assert.ok(
      c.tooManyRequests <= c.total / 3,
      `waits out Retry-After: ${c.tooManyRequests} of ${c.total} answered 429`,
    );
    assert.strictEqual(c.logins, 1, "one login for the whole run");
    noRateLimitSeen();
  });

  itLeaksNoSecret(s);
});

describe("reliability: 429 on the per-client-IP limit, login included", function () {
  this.timeout(60_000);
  const s = useStage({
    simulator: { rateLimit: { perSession: 1000, perClientIp: 8, windowMs: 1000 } },
  });

  it("the login and the create wait out the limit and succeed", async () => {
    await s.up({ a: s.args(0), b: s.args(1) });
    assertConverged(s.sim, s.d, ["a", "b"]);
    const c = s.sim.control.counters();
    assert.ok(c.tooManyRequests > 0, "the limit was hit");
    assert.ok(
      c.tooManyRequests <= c.total / 3,
      `waits out Retry-After: ${c.tooManyRequests} of ${c.total} answered 429`,
    );
    assert.strictEqual(c.logins, 1);
    await s.destroy();
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});

describe("reliability: a request budget matching the limit (VRMS_REQUEST_BUDGET) sends nothing into it", function () {
  this.timeout(60_000);
  const s = useStage({
    simulator: { rateLimit: { perSession: 12, perClientIp: 1000, windowMs: 1000 } },
    hostEnv: { VRMS_REQUEST_BUDGET: budgetFor(12, 1000) },
  });
  const program = () => ({ a: s.args(0), b: s.args(1), c: s.args(2) });

  it("create, reconnect and delete succeed without a single 429", async () => {
    await s.up(program());
    for (const name of ["a", "b", "c"]) s.sim.control.breakPairing(s.resource(name).id);
    await s.refresh();
    assert.strictEqual((await s.up(program())).counts.update, 3);
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    await s.destroy();
    assertConsistent(s.sim, s.d);
    const c = s.sim.control.counters();
    assert.ok(c.total > 12, `${c.total} requests: more than one window's worth`);
    assert.strictEqual(c.tooManyRequests, 0, "the budget kept every request under the limit");
    assert.strictEqual(c.logins, 1);
    assert.match(s.host.lines.map((l) => l.text).join("\n"), /request budget: 10 per 1000 ms/);
  });

  itLeaksNoSecret(s);
});
