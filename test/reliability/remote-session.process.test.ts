import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * The vendor's remote-site contract (simulator option remoteSiteContract): a session without a
 * remote session for a pairing reads it partial, and a non-force delete is refused. The
 * provider opens the remote session with the pairing's remote PSC credentials. Every test
 * first expires the VRMS sessions, so the step under test has to open a new remote session
 * itself (the host's client would otherwise still hold the one the previous step opened).
 */
describe("reliability: remote sessions under the vendor's remote-site contract", function () {
  this.timeout(60_000);
  const s = useStage({ simulator: { remoteSiteContract: true } });
  const ROTATED = "Rotated-Remote-Pass-4417!";
  const remoteLogins = () =>
    s.sim.control.counters().requests["POST /pairings/{pairing_id}/remote-session"] ?? 0;
  const freshSessions = () => {
    s.sim.control.expireSessions();
    s.sim.control.resetCounters();
  };

  before(() => s.ledger.credentials(s.sim.remoteSites[1].username, ROTATED));
  afterEach(() => s.sim.control.setSiteUp(s.sim.remoteSites[0].vcId, true));

  it("refresh of a healthy pairing reads full data and reports no drift; the next up changes nothing", async () => {
    await s.up({ a: s.args(0) });
    assert.strictEqual(s.resource("a").outputs.connectionStatus, "connected");
    freshSessions();
    await s.refresh();
    // The create opened none (issue 25): the refresh's remote login is refused once with the
    // expired session (401), then sent again after the re-login.
    assert.strictEqual(remoteLogins(), 2, "refresh opened the remote session");
    const a = s.resource("a").outputs;
    assert.strictEqual(a.connectionStatus, "connected");
    assert.strictEqual((a.remoteVrms as { status: string }).status, "OK");
    assert.deepStrictEqual(a.issues, []);
    const u = await s.up({ a: s.args(0) });
    assert.strictEqual(u.counts.update ?? 0, 0, "no drift, no reconnect");
    assert.strictEqual(u.counts.same, 1);
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("a normal destroy (forceDelete false) opens the remote session and removes the pairing", async () => {
    assert.strictEqual(s.resource("a").outputs.forceDelete, false);
    freshSessions();
    await s.destroy();
    assert.strictEqual(remoteLogins(), 1, "delete opened the remote session");
    assert.strictEqual(s.d.state.size, 0);
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConsistent(s.sim, s.d);
  });

  it("remote site down: refresh reports disconnected and why; delete without force gives the forceDelete hint; back up, up repairs", async () => {
    await s.up({ a: s.args(0) });
    s.sim.control.setSiteUp(s.sim.remoteSites[0].vcId, false);
    freshSessions();
    const from = s.host.lines.length;
    await s.refresh();
    assert.strictEqual(s.resource("a").outputs.connectionStatus, "disconnected");
    assert.match(
      s.userLines(from),
      /warning: the remote site of pairing \S+ could not be reached \(.*not reachable.*\); connectionStatus is disconnected/,
    );
    const err = await s.destroyFails();
    const text = Stage.details(err);
    assert.match(text, /forceDelete: true/);
    assert.match(text, /not reachable/);
    assert.strictEqual(s.sim.control.counters().requests["DELETE /pairings/{pairing_id}"] ?? 0, 0);
    assert.strictEqual(s.d.state.size, 1);
    assertConsistent(s.sim, s.d);

    s.sim.control.setSiteUp(s.sim.remoteSites[0].vcId, true);
    const u = await s.up({ a: s.args(0) });
    assert.strictEqual(u.counts.update, 1, "the real disconnected is repaired by a reconnect");
    assert.strictEqual(s.resource("a").outputs.connectionStatus, "connected");
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("remote password rotated: refresh keeps the pairing and warns, delete names remotePscPassword and forceDelete, no secret; an up with the new one converges", async () => {
    const site = s.sim.remoteSites[1];
    const original = site.password;
    s.ledger.credentials(site.username, original);
    const program = (password: string) => ({ b: s.args(1, { remotePscPassword: password }) });
    await s.up(program(original));
    const recorded = s.resource("b").outputs.remoteVrms;
    try {
      s.sim.control.setSitePassword(site.vcId, ROTATED);
      freshSessions();
      const from = s.host.lines.length;
      await s.refresh();
      const warning = s.userLines(from);
      assert.match(warning, /warning: .*refused the remote PSC user .*remotePscPassword/);
      assert.strictEqual(s.resource("b").outputs.connectionStatus, "connected", "state kept");
      assert.deepStrictEqual(s.resource("b").outputs.remoteVrms, recorded, "no guess stored");
      const deleteText = Stage.details(await s.destroyFails());
      assert.match(deleteText, /forceDelete: true/);
      for (const text of [warning, deleteText]) {
        assert.match(text, /remotePscPassword/);
        assert.match(text, /remotePscUsername/);
        assert.ok(text.includes(site.username), "names the user");
        assert.ok(!text.includes(original) && !text.includes(ROTATED), "no password");
      }
      assert.strictEqual(s.resource("b").outputs.connectionStatus, "connected", "state kept");
      assertConsistent(s.sim, s.d);

      const u = await s.up(program(ROTATED));
      assert.strictEqual(u.counts.update, 1, "reconnected with the new password");
      freshSessions();
      await s.refresh();
      assert.strictEqual(s.resource("b").outputs.connectionStatus, "connected");
      assertConverged(s.sim, s.d, ["b"]);
    } finally {
      s.sim.control.setSitePassword(site.vcId, original);
    }
  });

  itLeaksNoSecret(s);
});
