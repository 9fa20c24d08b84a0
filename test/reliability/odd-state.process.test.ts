import * as assert from "assert";
import { DeploymentError, PropertyMap } from "../../tools/engine";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/** State written by an older version, or pointing at another pairing (issue 16 bugs 8 and 7). */
describe("reliability: old or misdirected state", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0), b: s.args(1) });
  const posts = (path: string) => s.sim.control.counters().requests[path] ?? 0;

  before(async () => {
    await s.up(program());
  });

  it("a port stored as text and a missing remoteVcId plan nothing and call nothing", async () => {
    const a = s.resource("a");
    const old: PropertyMap = { ...a.outputs, remotePscPort: "443" };
    delete old.remoteVcId;
    a.outputs = old;
    const reconnects = posts("POST /pairings/{pairing_id}/actions/reconnect");
    const deletes = posts("DELETE /pairings/{pairing_id}");
    const up = await s.up(program());
    assert.strictEqual(up.counts.same, 2, JSON.stringify(up.counts));
    assert.strictEqual(posts("POST /pairings/{pairing_id}/actions/reconnect"), reconnects);
    assert.strictEqual(posts("DELETE /pairings/{pairing_id}"), deletes);
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  it("refresh of an id that names another vCenter's pairing says so instead of reading it", async () => {
    const a = s.resource("a");
    const b = s.resource("b");
    const own = a.id;
    a.id = b.id;
    try {
      const err = await s.d.refresh().then(
        () => assert.fail("refresh accepted another vCenter's pairing"),
        (e: unknown) => e,
      );
      s.ledger.seeError("refresh", err);
      assert.ok(err instanceof DeploymentError, String(err));
      const details = Stage.details(err);
      assert.match(
        details,
        new RegExp(`${b.id} .* is a pairing to remote vCenter ${s.sim.remoteSites[1].vcId}`),
      );
      assert.match(
        details,
        new RegExp(`not the pairing to remote vCenter ${s.sim.remoteSites[0].vcId}`),
      );
      assert.match(details, /pulumi state delete/);
    } finally {
      a.id = own;
    }
    await s.refresh();
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  itLeaksNoSecret(s);
});
