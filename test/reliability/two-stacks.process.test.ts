import * as assert from "assert";
import { assertConsistent, assertConverged, stacks } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * Two stacks (two pipelines, or a copy-pasted program) declare the same remote vCenter on one
 * VRMS. Issue 17: stack B never takes over stack A's pairing unless told to, so no destroy of
 * one removes the other's. Issue 16 bug 5: a pairing A is deleting is never taken over by B.
 */
describe("reliability: two stacks declaring the same remote vCenter (issue 17)", function () {
  this.timeout(60_000);
  const a = useStage({ stack: "a" });
  const b = useStage({ stack: "b", sharesSimulatorOf: a });

  it("B declaring A's remote vCenter fails with the explicit-adoption message", async () => {
    await a.up({ dr: a.args(0) });
    const id = a.resource("dr").id;
    a.sim.control.advanceClock(31 * 60_000);
    const err = await b.upFails({ dr: b.args(0) });
    const text = Stage.details(err);
    assert.ok(text.includes(`(pairing id ${id})`) && text.includes(a.sim.url), text);
    assert.ok(text.includes(`adoptPairingId: "${id}"`) && /adoptExisting: true/.test(text), text);
    assert.strictEqual(b.d.state.size, 0, "B tracks nothing");
    assertConsistent(a.sim, stacks(a.d, b.d));
  });

  it("B's destroy and A's refresh leave A's pairing; A's destroy removes it", async () => {
    await b.destroy();
    await a.refresh();
    assertConverged(a.sim, a.d, ["dr"]);
    assert.strictEqual(a.sim.control.counters().requests["DELETE /pairings/{pairing_id}"] ?? 0, 0);
    await a.destroy();
    assert.strictEqual(a.sim.control.pairings().length, 0);
    assertConsistent(a.sim, stacks(a.d, b.d));
  });

  itLeaksNoSecret(a);
  itLeaksNoSecret(b);
});

describe("reliability: one stack destroys while another adopts (issue 16 bug 5)", function () {
  this.timeout(60_000);
  const a = useStage({ stack: "a" });
  const b = useStage({ stack: "b", sharesSimulatorOf: a });

  it("B (adoptExisting: true) waits for A's delete and creates its own pairing", async () => {
    await a.up({ dr: a.args(0) });
    const id = a.resource("dr").id;
    let bUp: Promise<unknown> | undefined;
    let bDone = false;
    const from = b.host.lines.length;
    const { error } = await a.whileRunning(
      "Delete pairing",
      () => a.destroy(),
      async () => {
        // A's delete task is held RUNNING while B runs up.
        bUp = b.up({ dr: b.args(0, { adoptExisting: true }) }).finally(() => (bDone = true));
        await until("B to wait for A's delete, or to finish", () =>
          bDone || /is being deleted/.test(b.userLines(from)) ? true : undefined,
        );
      },
    );
    assert.strictEqual(error, undefined, "A's destroy succeeded");
    await bUp;
    assert.strictEqual(a.d.state.size, 0);
    assert.notStrictEqual(b.resource("dr").id, id, "not the pairing A deleted");
    assert.strictEqual(b.resource("dr").outputs.ownership, "created");
    assertConverged(b.sim, b.d, ["dr"]);
    assertConsistent(a.sim, stacks(a.d, b.d));
  });

  itLeaksNoSecret(a);
  itLeaksNoSecret(b);
});
