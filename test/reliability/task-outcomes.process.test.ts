import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

type Kind = "create" | "reconnect" | "delete";
const DESCRIPTION: Record<Kind, string> = {
  create: "Create pairing",
  reconnect: "Reconnect pairing",
  delete: "Delete pairing",
};

/** Task ERROR and CANCELLED for create, reconnect and delete: a clear error, nothing lost. */
describe("reliability: tasks that end in ERROR or CANCELLED", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0) });
  const idOf = (name: string) => s.resource(name).id;

  /** Runs `op`, cancels its task once RUNNING, and returns op's error. */
  async function cancelled(kind: Kind, op: () => Promise<unknown>) {
    const r = await s.whileRunning(DESCRIPTION[kind], op, (t) => s.sim.control.cancelTask(t.id));
    assert.ok(r.error instanceof Error, `${kind} succeeded although its task was cancelled`);
    return { err: r.error, task: r.task };
  }

  async function breakA() {
    s.sim.control.breakPairing(idOf("a"));
    await s.refresh();
  }

  it("create ERROR: the error quotes the task's message; nothing is left behind", async () => {
    s.sim.control.failNextTask("create", "Create blew up: disk quota on remote VRMS", "quota 0 GB");
    const err = await s.upFails(program());
    const text = Stage.details(err);
    assert.match(text, /Create blew up: disk quota on remote VRMS/);
    assert.match(text, /quota 0 GB/, "and its details");
    const task = s.sim.control.tasks().find((t) => t.status === "ERROR")!;
    assert.ok(text.includes(task.id), "names the task");
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  it("create CANCELLED: the error says so and names the task; the next up creates it", async () => {
    const { err, task } = await cancelled("create", () => s.up(program()));
    assert.match(err.message, /cancel/i);
    assert.ok(err.message.includes(task.id), "names the task");
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("reconnect ERROR: quoted, the pairing stays tracked, the next up reconnects", async () => {
    await breakA();
    s.sim.control.failNextTask("reconnect", "Reconnect refused: remote VRMS is upgrading");
    const err = await s.upFails(program());
    assert.match(Stage.details(err), /Reconnect refused: remote VRMS is upgrading/);
    assertConsistent(s.sim, s.d);
    assert.notStrictEqual(s.resource("a").outputs.connectionStatus, "connected");
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("reconnect CANCELLED: the error says so; the pairing stays tracked; the next up reconnects", async () => {
    await breakA();
    const { err, task } = await cancelled("reconnect", () => s.up(program()));
    assert.match(err.message, /cancel/i);
    assert.ok(err.message.includes(task.id), "names the task");
    assertConsistent(s.sim, s.d);
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("delete ERROR: quoted, the pairing stays in state and on the VRMS", async () => {
    s.sim.control.failNextTask("delete", "Delete blocked: replications still configured");
    const err = await s.destroyFails();
    assert.match(Stage.details(err), /Delete blocked: replications still configured/);
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("delete CANCELLED: the error says so; the pairing stays; the next destroy removes it", async () => {
    const { err, task } = await cancelled("delete", () => s.destroy());
    assert.match(err.message, /cancel/i);
    assert.ok(err.message.includes(task.id), "names the task");
    assertConverged(s.sim, s.d, ["a"]);
    await s.destroy();
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
