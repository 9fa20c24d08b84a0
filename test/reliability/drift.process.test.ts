import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, useStage } from "./stage";

/** Pairings deleted or broken behind Pulumi's back: refresh notices, up converges. */
describe("reliability: pairing deleted or broken behind Pulumi's back", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0), b: s.args(1) });

  before(async () => {
    await s.up(program());
  });

  it("deleted: refresh drops it from state, and up creates it again", async () => {
    const old = s.resource("a").id;
    s.sim.control.deletePairing(old);
    const r = await s.refresh();
    assert.strictEqual(r.counts.gone, 1);
    assert.ok(![...s.d.state.values()].some((x) => x.name === "a"), "dropped");
    assertConsistent(s.sim, s.d);
    const u = await s.up(program());
    assert.strictEqual(u.counts.create, 1);
    assert.notStrictEqual(s.resource("a").id, old);
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  it("broken: refresh marks it (status, issues), and up reconnects it", async () => {
    s.sim.control.breakPairing(s.resource("b").id);
    await s.refresh();
    const b = s.resource("b");
    assert.notStrictEqual(b.outputs.connectionStatus, "connected");
    assert.ok(Array.isArray(b.outputs.issues) && b.outputs.issues.length > 0, "issues listed");
    assertConsistent(s.sim, s.d);
    const u = await s.up(program());
    assert.strictEqual(u.counts.update, 1);
    assert.deepStrictEqual(s.resource("b").outputs.issues, []);
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  it("deleted without a refresh: destroy still succeeds (404 counts as deleted)", async () => {
    s.sim.control.deletePairing(s.resource("a").id);
    await s.destroy();
    assert.strictEqual(s.d.state.size, 0);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
