import * as assert from "assert";
import type { ClockOptions } from "../../simulator";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, useStage } from "./stage";

/*
 * A real appliance's clock is not the client's: the whole server may run minutes ahead or
 * behind, and task times may lag or lead its own Date header. Recovery after a lost answer
 * looks for "the task my request made" among recent tasks by time, so a skewed clock must
 * neither hide that task (a second create or reconnect) nor match an older one.
 */
const CLOCKS: { name: string; clock: ClockOptions }[] = [
  { name: "server 10 min ahead", clock: { offsetMs: 600_000 } },
  { name: "server 10 min behind", clock: { offsetMs: -600_000 } },
  { name: "task times 3 s behind the Date header", clock: { taskSkewMs: -3_000 } },
  { name: "task times 3 s ahead of the Date header", clock: { taskSkewMs: 3_000 } },
];

for (const { name, clock } of CLOCKS) {
  describe(`reliability: recovery after a lost answer, ${name}`, function () {
    this.timeout(60_000);
    const s = useStage({ simulator: { clock } });
    const program = () => ({ a: s.args(0) });
    const tasksOf = (description: string) =>
      s.sim.control.tasks().filter((t) => t.description === description);

    it("create: the answer is lost after the VRMS acted; one create task, one pairing", async () => {
      s.sim.control.injectFaults({
        count: 1,
        kind: "reset",
        method: "POST",
        pathPrefix: "/pairings",
        afterHandling: true,
      });
      await s.up(program());
      assertConverged(s.sim, s.d, ["a"]);
      assert.strictEqual(tasksOf("Create pairing").length, 1, "one create task");
    });

    it("reconnect: the answer is lost after the VRMS acted; one reconnect task", async () => {
      const id = s.resource("a").id;
      s.sim.control.breakPairing(id);
      await s.refresh();
      s.sim.control.injectFaults({
        count: 1,
        kind: "reset",
        method: "POST",
        pathPrefix: `/pairings/${id}/actions/reconnect`,
        afterHandling: true,
      });
      await s.up(program());
      assertConverged(s.sim, s.d, ["a"]);
      assert.strictEqual(tasksOf("Reconnect pairing").length, 1, "one reconnect task");
    });

    it("delete: the answer is lost after the VRMS acted; one delete task, nothing left", async () => {
      s.sim.control.injectFaults({
        count: 1,
        kind: "reset",
        method: "DELETE",
        pathPrefix: "/pairings/",
        afterHandling: true,
      });
      await s.destroy();
      assert.strictEqual(s.d.state.size, 0);
      assert.strictEqual(s.sim.control.pairings().length, 0);
      assert.strictEqual(tasksOf("Delete pairing").length, 1, "one delete task");
    });

    itLeaksNoSecret(s);
  });
}
