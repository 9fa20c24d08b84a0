import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * A resource renamed in the program (without an alias): the engine creates the new name and
 * then deletes the old one in the same run. The new resource adopts the existing pairing; the
 * old one's delete must then leave it alone, or state would track a pairing that is gone.
 */
describe("reliability: a VrPairing renamed in the program", function () {
  this.timeout(60_000);
  const s = useStage();

  it("the new name adopts the pairing and the old name's delete leaves it in place", async () => {
    await s.up({ old: s.args(0) });
    const id = s.resource("old").id;
    const r = await s.up({ renamed: s.args(0) });
    assert.deepStrictEqual([r.counts.create, r.counts.delete], [1, 1]);
    assert.strictEqual(s.resource("renamed").id, id, "adopted, not re-created");
    assertConverged(s.sim, s.d, ["renamed"]);
    assert.strictEqual(s.sim.control.counters().requests["DELETE /pairings/{pairing_id}"] ?? 0, 0);
  });

  it("a later destroy deletes it as usual", async () => {
    await s.destroy();
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConverged(s.sim, s.d, []);
  });

  itLeaksNoSecret(s);
});

describe("reliability: two VrPairing resources declaring the same remote vCenter", function () {
  this.timeout(60_000);
  const s = useStage();

  it("the up fails clearly, one pairing is made and tracked once", async () => {
    s.sim.control.freezeTasks(true);
    const up = s.upFails({ x: s.args(0), y: s.args(0) });
    await until("both resources to reach the VRMS", () => {
      const c = s.sim.control.counters().requests;
      return (c["POST /pairings"] ?? 0) + (c["GET /tasks"] ?? 0) >= 2 ? true : undefined;
    });
    s.sim.control.freezeTasks(false);
    const err = await up;
    assert.match(Stage.details(err), /both declare a pairing|Already paired/);
    assert.strictEqual(s.sim.control.pairings().length, 1);
    assert.strictEqual(s.d.state.size, 1, "tracked by one resource");
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
