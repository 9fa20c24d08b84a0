import * as assert from "assert";
import { HostCallError } from "../../tools/engine";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * The provider host dies after create's POST reached the VRMS and before it answered (a CI
 * runner killed, an OOM). Pulumi never heard of the pairing; the next up, with a new host,
 * must neither create a second one nor take it over unasked (issue 23): it stops naming the
 * pairing or task and the line that adopts it, and following that advice converges.
 */
describe("reliability: provider host killed during create", function () {
  this.timeout(60_000);
  const s = useStage();

  async function upThenKill(names: Record<string, number>) {
    const program = Object.fromEntries(Object.entries(names).map(([n, i]) => [n, s.args(i)]));
    const creates = s.sim.control.counters().requests["POST /pairings"] ?? 0;
    s.sim.control.freezeTasks(true);
    const up = s.up(program).then(
      () => assert.fail("up succeeded although its host was killed"),
      (e: unknown) => e,
    );
    const tasks = await until("the create task running", () => {
      const running = s.sim.control
        .tasks()
        .filter((t) => t.description === "Create pairing" && t.status === "RUNNING");
      return running.length === Object.keys(names).length && running;
    });
    await s.killHost();
    const err = await up;
    assert.ok(err instanceof Error);
    s.ledger.seeError("killed host", err);
    const cause = (err as { cause?: unknown }).cause;
    assert.ok(cause instanceof HostCallError, String(err));
    for (const name of Object.keys(names)) {
      assert.ok(![...s.d.state.values()].some((r) => r.name === name), `${name} not in state`);
    }
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"] - creates, tasks.length);
    await s.newHost();
    return { program, tasks };
  }

  it("the task finished meanwhile: the next up names the pairing and adoptPairingId; following it adopts, no second create", async () => {
    const { program, tasks } = await upThenKill({ a: 0 });
    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(tasks[0].id);
    assertConsistent(s.sim, s.d, { adoptable: [s.sim.remoteSites[0].vcId] });
    const creates = s.sim.control.counters().requests["POST /pairings"];
    const text = Stage.details(await s.upFails(program));
    const line = `adoptPairingId: "${String(tasks[0].entity)}"`;
    assert.ok(text.includes(line) && text.includes(`create task ${tasks[0].id}`), text);
    assert.strictEqual(s.d.state.size, 0, "nothing taken over unasked");
    await s.up({ a: s.args(0, { adoptPairingId: String(tasks[0].entity) }) });
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.resource("a").id, tasks[0].entity, "the pairing the killed run made");
    assert.strictEqual(s.resource("a").outputs.ownership, "adopted");
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], creates, "no new POST");
  });

  it("the task still runs: the next up names it and adoptExisting: true; following it waits and adopts, no second create", async () => {
    const { tasks } = await upThenKill({ b: 1 });
    const creates = s.sim.control.counters().requests["POST /pairings"];
    const text = Stage.details(await s.upFails({ a: s.args(0), b: s.args(1) }));
    assert.ok(text.includes(tasks[0].id) && /adoptExisting: true/.test(text), text);
    assert.strictEqual(
      s.sim.control.counters().requests["POST /pairings"],
      creates,
      "nothing posted",
    );
    // Polls of one task: only a waiter makes them (the in-flight search lists tasks).
    const polls = () => s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0;
    const pollsBefore = polls();
    const up = s.up({ a: s.args(0), b: s.args(1, { adoptExisting: true }) });
    // Release the task once the new run waits on it (it polls), or once it made a second one.
    await until("the new run to wait for the task, or to post again", () =>
      polls() > pollsBefore || s.sim.control.counters().requests["POST /pairings"] > creates
        ? true
        : undefined,
    );
    s.sim.control.freezeTasks(false);
    await up;
    assertConverged(s.sim, s.d, ["a", "b"]);
    assert.strictEqual(s.resource("b").id, tasks[0].entity, "the pairing the killed run made");
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], creates, "no new POST");
  });

  it("the task it waits for (adoptExisting: true) is cancelled: the next up creates the pairing itself, once", async () => {
    const { tasks } = await upThenKill({ c: 2 });
    const creates = s.sim.control.counters().requests["POST /pairings"];
    const polls = s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0;
    const up = s.up({ a: s.args(0), b: s.args(1), c: s.args(2, { adoptExisting: true }) });
    await until("the new run to wait for the task", () =>
      (s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0) > polls ? true : undefined,
    );
    s.sim.control.cancelTask(tasks[0].id);
    s.sim.control.freezeTasks(false);
    await up;
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    assert.notStrictEqual(s.resource("c").id, tasks[0].entity, "made by the new run");
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], creates + 1);
  });

  it("killed during delete while the task still runs: the next destroy finishes the job", async () => {
    const polls = () => s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0;
    s.sim.control.freezeTasks(true);
    const destroy = s.destroy().then(
      () => assert.fail("destroy succeeded although its host was killed"),
      (e: unknown) => s.ledger.seeError("killed destroy", e),
    );
    await until("a delete task running", () =>
      s.sim.control
        .tasks()
        .some((t) => t.description === "Delete pairing" && t.status === "RUNNING")
        ? true
        : undefined,
    );
    await s.killHost();
    await destroy;
    assert.ok(s.d.state.size > 0, "state still lists what was not confirmed deleted");
    await s.newHost();
    const before = polls();
    const again = s.destroy();
    await until("the new run to wait on a task", () => (polls() > before ? true : undefined));
    s.sim.control.freezeTasks(false);
    await again;
    assert.strictEqual(s.d.state.size, 0);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  it("the task still runs and adoptExisting is false: a clear error, nothing posted", async () => {
    const { tasks } = await upThenKill({ d: 0 });
    const creates = s.sim.control.counters().requests["POST /pairings"];
    const err = await s.upFails({ d: s.args(0, { adoptExisting: false }) });
    const text = Stage.details(err);
    assert.match(text, /already running/);
    assert.ok(text.includes(tasks[0].id) && text.includes(String(tasks[0].entity)));
    assert.match(text, /adoptExisting: true/);
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], creates);
    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(tasks[0].id);
    await s.up({ d: s.args(0, { adoptExisting: false, adoptPairingId: String(tasks[0].entity) }) });
    assertConverged(s.sim, s.d, ["d"]);
  });

  itLeaksNoSecret(s);
});
