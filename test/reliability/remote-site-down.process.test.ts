import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * The remote site goes down while a task runs. Create and reconnect fail quoting the task;
 * delete without force fails and says to set forceDelete; with forceDelete it succeeds.
 */
describe("reliability: remote site down during create, reconnect and delete", function () {
  this.timeout(60_000);
  const s = useStage();
  const site = () => s.sim.remoteSites[0];
  const down = () => s.sim.control.setSiteUp(site().vcId, false);
  const up = () => s.sim.control.setSiteUp(site().vcId, true);
  const program = (force = false) => ({ a: s.args(0, { forceDelete: force }) });

  afterEach(up);

  it("create: fails quoting the task's message; nothing is left behind; the next up pairs", async () => {
    const r = await s.whileRunning("Create pairing", () => s.up(program()), down);
    assert.ok(r.error instanceof Error, "create failed");
    assert.match(r.error.message, /Remote site is down/);
    assert.ok(r.error.message.includes(r.task.id), "names the task");
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
    up();
    await s.up(program());
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("reconnect: fails quoting the task's message; the pairing stays tracked", async () => {
    s.sim.control.breakPairing(s.resource("a").id);
    await s.refresh();
    const r = await s.whileRunning("Reconnect pairing", () => s.up(program()), down);
    assert.ok(r.error instanceof Error, "reconnect failed");
    assert.match(r.error.message, /Remote site is down/);
    assert.ok(r.error.message.includes(r.task.id), "names the task");
    assertConsistent(s.sim, s.d);
    assert.notStrictEqual(s.resource("a").outputs.connectionStatus, "connected");
  });

  it("delete without force: fails with the forceDelete hint; the pairing stays", async () => {
    const r = await s.whileRunning("Delete pairing", () => s.destroy(), down);
    assert.ok(r.error instanceof Error, "delete failed");
    assert.match(r.error.message, /forceDelete: true/);
    assert.match(r.error.message, /Remote site is down/);
    assert.strictEqual(s.d.state.size, 1);
    assertConsistent(s.sim, s.d);
  });

  it("delete with forceDelete: the setting lands even while the reconnect fails, then delete succeeds", async () => {
    down();
    const err = await s.upFails(program(true));
    assert.match(Stage.details(err), /Remote site is down/);
    assert.strictEqual(s.resource("a").outputs.forceDelete, true, "forceDelete saved");
    await s.destroy();
    assert.strictEqual(s.d.state.size, 0);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
