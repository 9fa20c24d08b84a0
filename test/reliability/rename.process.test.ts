import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * A resource renamed in the program (without an alias): the engine creates the new name and
 * then deletes the old one in the same run. Nothing tells the renamed resource from another
 * stack, so its create fails naming Pulumi's aliases and adoptPairingId, and nothing is deleted.
 * Following adoptPairingId, the new name adopts the pairing and the old one's delete must leave
 * it alone, or state would track a pairing that is gone.
 */
describe("reliability: a VrPairing renamed in the program", function () {
  this.timeout(60_000);
  const s = useStage();

  it("without an alias the up fails naming aliases and adoptPairingId, and nothing is deleted", async () => {
    await s.up({ old: s.args(0) });
    // Every `pulumi up` runs its own provider process: the rename's run did not post the create.
    await s.newHost();
    const err = await s.upFails({ renamed: s.args(0) });
    const id = s.resource("old").id;
    assert.match(Stage.details(err), /already exists .*aliases: \[\{ name:/s);
    assert.ok(Stage.details(err).includes(`adoptPairingId: "${id}"`), Stage.details(err));
    assert.deepStrictEqual(
      [...s.d.state.values()].map((x) => x.name),
      ["old"],
      "the old name stays in state",
    );
    assertConverged(s.sim, s.d, ["old"]);
  });

  it("following adoptPairingId: the new name adopts the pairing and the old name's delete leaves it", async () => {
    const id = s.resource("old").id;
    await s.newHost();
    const r = await s.up({ renamed: s.args(0, { adoptPairingId: id }) });
    assert.deepStrictEqual([r.counts.create, r.counts.delete], [1, 1]);
    assert.strictEqual(s.resource("renamed").id, id, "taken over, not re-created");
    assert.strictEqual(s.resource("renamed").outputs.ownership, "adopted");
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
