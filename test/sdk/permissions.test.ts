import { strict as assert } from "node:assert";
import { VrmsHttpError } from "../../sdk";
import { pairingSpec, useSimulator } from "../support/simulator";
import { Capture, fastClient } from "./helpers";

// The simulator enforces the vendor's per-operation x-dr-permissions; the client's error must
// name the privilege a user lacks, so whoever reads it knows what to ask an administrator for.
describe("sdk: a user without a privilege the operation needs", () => {
  const viewer = { username: "viewer@vsphere.local", password: "Viewer-Secret-1!" };
  const operator = { username: "operator@vsphere.local", password: "Operator-Secret-1!" };
  const h = useSimulator({
    users: [
      { username: "administrator@vsphere.local", password: "VMware1!" },
      { ...viewer, role: "read-only" },
      { ...operator, role: "operator" },
    ],
  });

  it("read-only: create fails at once with a 403 naming the missing privilege, reads work", async () => {
    const capture = new Capture();
    const client = fastClient(h.sim, capture, viewer);
    try {
      assert.ok(Array.isArray(await client.listPairings()));
      h.sim.control.resetCounters();
      const err = await capture.failure(client.createPairing(pairingSpec(h.sim.remoteSites[0])));
      assert.ok(err instanceof VrmsHttpError, String(err));
      assert.equal(err.status, 403);
      assert.equal(err.errorCode, "NOT_AUTHORIZED");
      assert.match(err.message, /HmsRemote\.com\.vmware\.vcHms\.Hms\.Manage/);
      assert.match(err.message, /viewer@vsphere\.local/);
      assert.equal(h.sim.control.counters().requests["POST /pairings"], 1, "not retried");
      assert.ok(!capture.text().includes(viewer.password), "no password in errors or logs");
    } finally {
      await client.dispose();
    }
  });

  it("operator: creates and deletes a pairing", async () => {
    const capture = new Capture();
    const client = fastClient(h.sim, capture, operator);
    try {
      const created = await client.waitForTask(
        await client.createPairing(pairingSpec(h.sim.remoteSites[1])),
      );
      assert.equal(created.status, "SUCCESS");
      const id = String(created.entity);
      const deleted = await client.waitForTask(await client.deletePairing(id, { force: true }));
      assert.equal(deleted.status, "SUCCESS");
      assert.equal(await client.getPairing(id), null);
    } finally {
      await client.dispose();
    }
  });
});
