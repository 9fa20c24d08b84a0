import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * The create task succeeded but reading the pairing back keeps failing past the retry budget
 * (the gateway flapping). The pairing exists: it must stay in state (partial failure) and the
 * next up must finish without a second create.
 */
describe("reliability: read-back after a successful create keeps failing", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0) });

  it("the pairing is kept in state, and the next up converges without posting again", async () => {
    const r = await s.whileRunning(
      "Create pairing",
      () => s.up(program()),
      (task) =>
        s.sim.control.injectFaults({
          count: 50,
          kind: 503,
          method: "GET",
          pathPrefix: `/pairings/${task.entity}`,
        }),
    );
    assert.ok(r.error instanceof Error, "the up failed");
    const text = Stage.details(r.error as never);
    assert.match(text, /503/);
    assert.ok(text.includes(String(r.task.entity)), "names the pairing");
    assert.strictEqual(s.resource("a").id, r.task.entity, "tracked (partial failure)");
    assertConsistent(s.sim, s.d);
    s.sim.control.clearFaults();
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], 1);
  });

  itLeaksNoSecret(s);
});
