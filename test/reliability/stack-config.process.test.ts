import * as assert from "assert";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, StageOptions, useStage } from "./stage";

/**
 * Stack configuration is the one other way to give the local VRMS connection: the VrPairing
 * constructor reads `vr-pairing:*` in the program, and the values travel as inputs to the
 * real provider host, whose environment names no VRMS here.
 */
describe("reliability: the local VRMS connection from stack configuration", function () {
  this.timeout(60_000);
  // Empty values count as unset: the host's environment names no VRMS.
  const options: StageOptions = {
    hostEnv: { VRMS_URL: "", VRMS_USERNAME: "", VRMS_PASSWORD: "", VRMS_THUMBPRINT: "" },
  };
  const s = useStage(options);
  const noConnection = {
    vrmsUrl: undefined,
    vrmsUsername: undefined,
    vrmsPassword: undefined,
    vrmsThumbprint: undefined,
  };

  before(async () => {
    options.config = {
      "vr-pairing:url": s.sim.url,
      "vr-pairing:username": s.sim.users[0].username,
      "vr-pairing:password": s.sim.users[0].password,
      "vr-pairing:thumbprint": s.sim.thumbprints.sha256,
    };
    options.secretConfigKeys = ["vr-pairing:password"];
    await s.newHost(); // a Deployment whose program runs with this configuration
  });

  it("up, refresh and destroy reach the VRMS named only in stack configuration", async () => {
    const up = await s.up({ a: s.args(0, noConnection) });
    assert.strictEqual(up.counts.create, 1);
    assertConverged(s.sim, s.d, ["a"]);
    const a = s.resource("a");
    assert.strictEqual(a.outputs.vrmsUrl, s.sim.url);
    assert.ok(a.secretKeys.includes("vrmsPassword"), "the configured password is a secret");

    const again = await s.up({ a: s.args(0, noConnection) });
    assert.strictEqual(again.counts.same, 1);
    await s.refresh();
    assert.strictEqual(s.resource("a").outputs.connectionStatus, "connected");

    await s.destroy();
    assert.strictEqual(s.sim.control.pairings().length, 0);
  });

  itLeaksNoSecret(s);
});
