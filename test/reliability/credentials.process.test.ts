import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/** Wrong local or remote credentials: a clear message that names no secret, nothing made. */
describe("reliability: wrong local or remote credentials", function () {
  this.timeout(60_000);
  const s = useStage();
  const WRONG_LOCAL = "Wrong-Local-Pass-7731!";
  const WRONG_REMOTE = "Wrong-Remote-Pass-9912!";

  before(() => {
    s.ledger.credentials(s.sim.users[0].username, WRONG_LOCAL);
    s.ledger.credentials("nobody@vsphere.local", s.sim.users[0].password);
    s.ledger.credentials(s.sim.remoteSites[0].username, WRONG_REMOTE);
  });

  it("wrong local password: fails at login, says so, sends no pairing call", async () => {
    const err = await s.upFails({ a: s.args(0, { vrmsPassword: WRONG_LOCAL }) });
    const text = Stage.details(err);
    assert.match(text, /auth|login|credential|401/i);
    assert.ok(text.includes(s.sim.users[0].username), "names the user");
    assert.ok(!text.includes(WRONG_LOCAL));
    const c = s.sim.control.counters();
    assert.strictEqual(c.logins, 0);
    assert.strictEqual(c.requests["POST /pairings"] ?? 0, 0);
    assertConsistent(s.sim, s.d);
  });

  it("wrong local user name: same clear failure", async () => {
    const err = await s.upFails({ a: s.args(0, { vrmsUsername: "nobody@vsphere.local" }) });
    assert.match(Stage.details(err), /nobody@vsphere\.local/);
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  it("wrong remote password on create: quotes the VRMS's message, no pairing made", async () => {
    const err = await s.upFails({ a: s.args(0, { remotePscPassword: WRONG_REMOTE }) });
    const text = Stage.details(err);
    assert.match(text, /Wrong remote credentials/);
    assert.ok(!text.includes(WRONG_REMOTE));
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  it("wrong remote password on reconnect: fails clearly, the pairing stays tracked", async () => {
    await s.up({ a: s.args(0) });
    const err = await s.upFails({ a: s.args(0, { remotePscPassword: WRONG_REMOTE }) });
    assert.match(Stage.details(err), /Wrong remote credentials/);
    assertConsistent(s.sim, s.d);
    await s.up({ a: s.args(0) }); // the right password again: converges
    assertConverged(s.sim, s.d, ["a"]);
  });

  itLeaksNoSecret(s);
});
