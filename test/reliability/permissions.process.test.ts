import * as assert from "assert";
import { assertConsistent } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * The VRMS user of the program lacks a privilege an operation needs (the vendor's
 * x-dr-permissions). `pulumi up` must fail at once with a message naming the privilege and the
 * user, create nothing, and leak no password.
 */
describe("reliability: a read-only VRMS user", function () {
  this.timeout(60_000);
  const viewer = { username: "viewer@vsphere.local", password: "Viewer-Secret-Pass-3!" };
  const s = useStage({
    simulator: {
      users: [
        { username: "administrator@vsphere.local", password: "VMware1!" },
        { ...viewer, role: "read-only" },
      ],
    },
  });

  it("up fails with a 403 naming the missing privilege; nothing is created", async () => {
    const err = await s.upFails({
      a: s.args(0, { vrmsUsername: viewer.username, vrmsPassword: viewer.password }),
    });
    const text = Stage.details(err);
    assert.match(text, /403/);
    assert.match(text, /HmsRemote\.com\.vmware\.vcHms\.Hms\.Manage/);
    assert.match(text, /viewer@vsphere\.local/);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assert.strictEqual(s.sim.control.counters().requests["POST /pairings"], 1, "not retried");
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
