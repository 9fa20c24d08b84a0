// Resend protection does not trust the Date header for task times: with task times 3 s or
// 10 min behind or ahead of it, a create, reconnect and delete whose answer was lost (500
// after the VRMS acted) are each sent exactly once, and each made exactly one task.
import * as assert from "node:assert/strict";
import { pairingSpec, useSimulator } from "../support/simulator";
import type { VrmsClient } from "../../sdk";
import { Capture, fastClient } from "./helpers";

const SKEWS = [-3_000, -600_000, 3_000, 600_000];

for (const taskSkewMs of SKEWS) {
  const how = `${Math.abs(taskSkewMs) >= 60_000 ? `${Math.abs(taskSkewMs) / 60_000} min` : `${Math.abs(taskSkewMs) / 1000} s`} ${taskSkewMs < 0 ? "behind" : "ahead of"}`;
  describe(`sdk resend protection with task times ${how} the Date header`, function () {
    this.timeout(30_000);
    const h = useSimulator({ remoteSiteCount: 2, clock: { taskSkewMs } });
    let client: VrmsClient;
    const capture = new Capture();
    beforeEach(() => {
      client = fastClient(h.sim, capture, { requestBudget: false });
      h.sim.control.clearFaults();
      h.sim.control.resetCounters();
    });
    afterEach(() => client.dispose());

    const lostAnswer = (method: "POST" | "DELETE", pathPrefix: string) =>
      h.sim.control.injectFaults({ count: 1, kind: 500, method, pathPrefix, afterHandling: true });
    const tasksOf = (description: string) =>
      h.sim.control.tasks().filter((t) => t.description === description).length;

    it("create, reconnect and delete: each sent once, one task each (fresh client each time)", async () => {
      const site = h.sim.remoteSites[0];
      lostAnswer("POST", "/pairings");
      const created = await client.waitForTask(await client.createPairing(pairingSpec(site)));
      const pid = String(created.result?.pairing_id ?? created.entity);
      assert.equal(h.sim.control.counters().requests["POST /pairings"], 1, "create sent once");
      assert.equal(tasksOf("Create pairing"), 1);

      // A new client has read no task yet: only the wide window can find its task.
      await client.dispose();
      client = fastClient(h.sim, capture, { requestBudget: false });
      lostAnswer("POST", `/pairings/${pid}/actions/reconnect`);
      const rec = await client.reconnectPairing(pid, pairingSpec(site));
      assert.equal((await client.waitForTask(rec)).status, "SUCCESS");
      assert.equal(
        h.sim.control.counters().requests["POST /pairings/{pairing_id}/actions/reconnect"],
        1,
        "reconnect sent once",
      );
      assert.equal(tasksOf("Reconnect pairing"), 1);

      // The same client has now read tasks: the task clock it learned finds the delete's task.
      lostAnswer("DELETE", `/pairings/${pid}`);
      const del = await client.deletePairing(pid, { force: true });
      assert.equal((await client.waitForTask(del)).status, "SUCCESS");
      assert.equal(
        h.sim.control.counters().requests["DELETE /pairings/{pairing_id}"],
        1,
        "delete sent once",
      );
      assert.equal(tasksOf("Delete pairing"), 1);
      assert.equal(h.sim.control.pairings().length, 0);
      const recovered = capture.lines.filter((l) => /took effect; not sending it again/.test(l));
      assert.ok(recovered.length >= 3, `${recovered.length} recoveries logged`);
    });
  });
}
