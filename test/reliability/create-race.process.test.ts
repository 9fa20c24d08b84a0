import * as assert from "assert";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, until, useStage } from "./stage";

/*
 * Issue 16 bug 2: a run is killed after its create's POST; the next run's create looks for an
 * existing pairing and for an unfinished create task. If the killed run's task finishes
 * between those two looks, a create that looks at pairings first sees neither and posts a
 * second create. The hook finishes the task right before the new run lists tasks. Issue 23: the
 * finished pairing is not taken over unasked either; the error's adoptPairingId line takes it.
 */
describe("reliability: a killed run's create finishing while the next run looks", function () {
  this.timeout(60_000);
  const s = useStage();

  it("never posts a second create: the finished pairing is named, and the advised line takes it up", async () => {
    const program = { a: s.args(0) };
    s.sim.control.freezeTasks(true);
    const up = s.up(program).then(
      () => assert.fail("up succeeded although its host was killed"),
      (e: unknown) => e,
    );
    const task = await until("the create task running", () =>
      s.sim.control
        .tasks()
        .find((t) => t.description === "Create pairing" && t.status === "RUNNING"),
    );
    await s.killHost();
    s.ledger.seeError("killed host", await up);
    await s.newHost();

    const posts = () => s.sim.control.counters().requests["POST /pairings"] ?? 0;
    const before = posts();
    s.sim.control.beforeNextRequest({
      method: "GET",
      pathPrefix: "/tasks",
      run: async () => {
        s.sim.control.freezeTasks(false);
        await s.sim.control.whenTaskSettled(task.id);
      },
    });
    const text = Stage.details(await s.upFails(program));
    assert.strictEqual(posts(), before, "no second POST /pairings");
    assert.ok(text.includes(`adoptPairingId: "${String(task.entity)}"`), text);
    await s.up({ a: s.args(0, { adoptPairingId: String(task.entity) }) });
    assert.strictEqual(posts(), before, "no second POST /pairings");
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.resource("a").id, task.entity, "the pairing the killed run made");
  });

  itLeaksNoSecret(s);
});
