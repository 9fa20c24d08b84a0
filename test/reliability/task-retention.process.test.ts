import * as assert from "assert";
import * as sinon from "sinon";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, useStage } from "./stage";

/*
 * A real gateway keeps only "recent" tasks: once a finished task ages out, its id answers 404.
 * A create cut off by its time-out leaves its task id in state; when that task has aged out by
 * the next refresh, the refresh must keep the pairing (it exists) instead of failing or
 * dropping it, and the next up must not create it again.
 */
describe("reliability: a finished task that aged out (404) during refresh", function () {
  this.timeout(60_000);
  const s = useStage({ simulator: { taskRetention: { maxAgeMs: 60_000 } } });
  const program = () => ({ a: s.args(0, { timeouts: { create: "300ms" } }) });

  it("refresh keeps the pairing and records the create as done; the next up does nothing", async () => {
    s.sim.control.freezeTasks(true);
    await s.upFails(program());
    const create = s.sim.control.tasks().find((t) => t.description === "Create pairing")!;
    assert.strictEqual(s.resource("a").id, create.entity, "tracked (partial failure)");
    s.sim.control.freezeTasks(false);
    assert.strictEqual((await s.sim.control.whenTaskSettled(create.id)).status, "SUCCESS");

    // Age the finished task out: only Date moves, and only for the simulator's look at it.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
    try {
      clock.tick(60_000);
      assert.ok(!s.sim.control.tasks().some((t) => t.id === create.id), "aged out");
    } finally {
      clock.restore();
    }
    const before = s.sim.control.counters().requests[`GET /tasks/{task_id}`] ?? 0;
    await s.refresh();
    assert.ok(
      (s.sim.control.counters().requests[`GET /tasks/{task_id}`] ?? 0) > before,
      "the refresh asked for the old task (and got 404)",
    );
    const a = s.resource("a");
    assert.strictEqual(a.id, create.entity);
    const outputs = a.outputs as { lastTask?: { id?: string; status?: string } };
    assert.strictEqual(outputs.lastTask?.id, create.id);
    assert.strictEqual(outputs.lastTask?.status, "SUCCESS");
    assertConsistent(s.sim, s.d);

    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], 1, "no second create");
  });

  itLeaksNoSecret(s);
});
