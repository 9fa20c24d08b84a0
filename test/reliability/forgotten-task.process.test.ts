import * as assert from "assert";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * Issue 16 bug 3: a create timed out and is kept in state with its running task; the VRMS then
 * forgets the task record (404) while the work goes on; the program drops the resource. A
 * delete that then finds no pairing and no task must not report success: the pairing would
 * appear afterwards and never be removed.
 */
describe("reliability: a create whose task the VRMS forgot while it still runs", function () {
  this.timeout(60_000);
  const s = useStage();
  after(() => s.sim.control.freezeTasks(false));

  it("destroy fails clearly and keeps the resource; once the pairing appears, destroy removes it", async () => {
    s.sim.control.freezeTasks(true);
    await s.upFails({ a: s.args(0, { timeouts: { create: "300ms" } }) });
    const task = s.sim.control.tasks().find((t) => t.description === "Create pairing");
    assert.ok(task?.entity, "the create task names its pairing");
    assert.strictEqual(s.resource("a").id, task.entity, "kept in state (partial failure)");
    s.sim.control.forgetTask(task.id);

    const err = await s.destroyFails();
    const text = Stage.details(err);
    assert.match(text, new RegExp(`${task.entity}.*${task.id}.*no longer knows that task`));
    assert.strictEqual(s.resource("a").id, task.entity, "still in state");

    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(task.id);
    assert.strictEqual(s.sim.control.pairings().length, 1, "the forgotten create made its pairing");
    await s.destroy();
    assertConverged(s.sim, s.d, []);
    assert.strictEqual(s.sim.control.pairings().length, 0, "no orphan");
  });

  itLeaksNoSecret(s);
});
