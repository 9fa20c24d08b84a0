import * as assert from "assert";
import type { FaultKind } from "../../simulator";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, useStage } from "./stage";

/*
 * Transient 500/502/503 and connection resets on every kind of call. Faults "before handling"
 * mean the VRMS never saw the request; "after handling" mean it acted and the answer was lost,
 * the case where a blind retry would create, reconnect or delete twice.
 */
describe("reliability: transient server errors and connection resets", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0), b: s.args(1), c: s.args(2) });
  const burst = (method: string, pathPrefix: string, kinds: FaultKind[], after = false) => {
    for (const kind of kinds)
      s.sim.control.injectFaults({ count: 1, kind, method, pathPrefix, afterHandling: after });
  };
  const tasksOf = (description: string) =>
    s.sim.control.tasks().filter((t) => t.description === description);

  it("create: a burst before the VRMS acts and a reset after it acted make one pairing each", async () => {
    burst("POST", "/pairings", [500, 502, 503, "reset"]);
    burst("POST", "/pairings", ["reset", 502], true);
    await s.up(program());
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    assert.strictEqual(tasksOf("Create pairing").length, 3, "one create task per pairing");
    assert.strictEqual(s.sim.control.counters().faultsInjected, 6);
  });

  it("reads: refresh rides out a burst on GET /pairings", async () => {
    const before = s.sim.control.counters().faultsInjected;
    burst("GET", "/pairings", [500, 502, 503, "reset"]);
    const r = await s.refresh();
    assert.strictEqual(r.counts.refresh, 3);
    assert.strictEqual(s.sim.control.counters().faultsInjected - before, 4);
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
  });

  it("polls: a burst on GET /tasks while a task runs does not fail the wait", async () => {
    await s.destroy();
    const before = s.sim.control.counters().faultsInjected;
    burst("GET", "/tasks", [503, "reset", 500, 502]);
    await s.up(program());
    assert.strictEqual(s.sim.control.counters().faultsInjected - before, 4);
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
  });

  it("reconnect: faults before and after the VRMS acted still reconnect once", async () => {
    const id = s.resource("a").id;
    s.sim.control.breakPairing(id);
    await s.refresh();
    const reconnects = tasksOf("Reconnect pairing").length;
    const path = `/pairings/${id}/actions/reconnect`;
    burst("POST", path, [502, "reset"]);
    burst("POST", path, ["reset"], true);
    const r = await s.up(program());
    assert.strictEqual(r.counts.update, 1);
    assert.strictEqual(tasksOf("Reconnect pairing").length - reconnects, 1, "one reconnect task");
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
  });

  it("delete: faults before and after the VRMS acted still delete everything, once each", async () => {
    const deletes = tasksOf("Delete pairing").length;
    burst("DELETE", "/pairings", [500, "reset", 503]);
    burst("DELETE", "/pairings", ["reset", 502], true);
    await s.destroy();
    assert.strictEqual(tasksOf("Delete pairing").length - deletes, 3, "one delete task each");
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  it("login: after the sessions expired, a burst on POST /session is ridden out", async () => {
    await s.up(program());
    s.sim.control.expireSessions();
    const logins = s.sim.control.counters().logins;
    burst("POST", "/session", [503, "reset", 500]);
    await s.refresh();
    assert.strictEqual(s.sim.control.counters().logins - logins, 1, "one new login");
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    await s.destroy();
    assertConsistent(s.sim, s.d);
  });

  it("logged each retry on the host's console (VRMS_DEBUG=1)", () => {
    const debug = s.host.lines.filter((l) => l.text.includes("vr-pairing: debug:"));
    assert.ok(debug.length > 0, "debug lines printed");
    assert.ok(debug.some((l) => /\b(500|502|503)\b|ECONNRESET|socket hang up|retry/i.test(l.text)));
  });

  itLeaksNoSecret(s);
});
