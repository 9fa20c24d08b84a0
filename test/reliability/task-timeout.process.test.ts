import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * A task stuck in RUNNING past the operation's time-out (an input: Pulumi's customTimeouts
 * never reach a dynamic provider). The error names the task; the pairing stays tracked
 * (partial failure) or adoptable; once the task is unstuck the next up converges.
 */
describe("reliability: a task stuck RUNNING past the time-out", function () {
  this.timeout(60_000);
  const s = useStage();
  const short = { create: "300ms", update: "300ms", delete: "300ms" };
  const program = () => ({ a: s.args(0, { timeouts: short }) });
  const lastTaskOf = (description: string) =>
    s.sim.control
      .tasks()
      .filter((t) => t.description === description)
      .at(-1)!;
  const settle = async (description: string) => {
    const t = lastTaskOf(description);
    s.sim.control.freezeTasks(false);
    return s.sim.control.whenTaskSettled(t.id);
  };

  // Not afterEach: the refresh tests below rely on the create left frozen by the first test.
  after(() => s.sim.control.freezeTasks(false));

  it("create: the error names the task and the pairing is kept in state (partial failure)", async () => {
    s.sim.control.freezeTasks(true);
    const err = await s.upFails(program());
    const task = lastTaskOf("Create pairing");
    assert.ok(["QUEUED", "RUNNING"].includes(task.status), `unfinished: ${task.status}`);
    const text = Stage.details(err);
    assert.ok(text.includes(task.id), `names task ${task.id}: ${text}`);
    assert.match(text, /timed out/i);
    assert.strictEqual(s.resource("a").id, task.entity, "tracked under the pairing's id");
    assertConsistent(s.sim, s.d, { allowPendingCreate: true });
  });

  it("refresh while it still runs keeps the pairing in state", async () => {
    await s.refresh();
    assert.strictEqual(s.resource("a").id, lastTaskOf("Create pairing").entity);
    assertConsistent(s.sim, s.d, { allowPendingCreate: true });
  });

  it("refresh when the create finishes between its pairing read and its task read keeps the pairing", async () => {
    const create = lastTaskOf("Create pairing");
    assert.ok(["QUEUED", "RUNNING"].includes(create.status), `unfinished: ${create.status}`);
    // The refresh reads the pairing (not there yet), then the task: finish the task in between.
    s.sim.control.beforeNextRequest({
      method: "GET",
      pathPrefix: "/tasks/",
      run: () => settle("Create pairing").then(() => undefined),
    });
    await s.refresh();
    assert.strictEqual(s.sim.control.tasks().find((t) => t.id === create.id)?.status, "SUCCESS");
    assert.strictEqual(s.resource("a").id, create.entity, "still tracked under the pairing's id");
    assertConsistent(s.sim, s.d);
  });

  it("once the task finishes, the next up converges without a second create", async () => {
    assert.strictEqual((await settle("Create pairing")).status, "SUCCESS");
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], 1);
  });

  it("update (reconnect): the error names the task; the next up reconnects", async () => {
    s.sim.control.breakPairing(s.resource("a").id);
    await s.refresh();
    s.sim.control.freezeTasks(true);
    const err = await s.upFails(program());
    const task = lastTaskOf("Reconnect pairing");
    assert.ok(Stage.details(err).includes(task.id), "names the task");
    assertConsistent(s.sim, s.d);
    assert.strictEqual((await settle("Reconnect pairing")).status, "SUCCESS");
    await s.refresh();
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("delete: the error names the task and the pairing stays in state; the next destroy succeeds", async () => {
    s.sim.control.freezeTasks(true);
    const err = await s.destroyFails();
    const task = lastTaskOf("Delete pairing");
    assert.ok(Stage.details(err).includes(task.id), "names the task");
    assert.strictEqual(s.d.state.size, 1, "still tracked: it may not be gone");
    assertConsistent(s.sim, s.d);
    assert.strictEqual((await settle("Delete pairing")).status, "SUCCESS");
    await s.destroy();
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  it("a create that timed out and is dropped from the program is deleted once it exists", async () => {
    s.sim.control.freezeTasks(true);
    await s.upFails({ b: s.args(1, { timeouts: { create: "300ms" } }) });
    const create = lastTaskOf("Create pairing");
    assertConsistent(s.sim, s.d, { allowPendingCreate: true });
    const polls = s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0;
    const gone = s.up({}); // the program no longer declares it
    await until("the delete to wait for the running create", () =>
      (s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0) > polls ? true : undefined,
    );
    s.sim.control.freezeTasks(false);
    await gone;
    assert.strictEqual((await s.sim.control.whenTaskSettled(create.id)).status, "SUCCESS");
    assert.strictEqual(s.d.state.size, 0);
    assert.strictEqual(s.sim.control.pairings().length, 0, "not orphaned");
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
