import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, until, useStage } from "./stage";

/*
 * The VRMS forgets every session while a task is being waited on (an appliance restart of the
 * gateway, an idle timeout): the waiter's next poll gets 401, the client logs in once more and
 * the operation finishes as if nothing happened.
 */
describe("reliability: session expiring in the middle of a task wait", function () {
  this.timeout(60_000);
  const s = useStage();
  const program = () => ({ a: s.args(0), b: s.args(1) });

  /** Expires every session while the task runs, and lets it finish once the client re-logged in. */
  async function expireDuring(description: string, op: () => Promise<unknown>) {
    let logins = 0;
    const r = await s.whileRunning(description, op, async () => {
      const before = s.sim.control.sessionIds().length;
      logins = s.sim.control.counters().logins;
      s.sim.control.expireSessions();
      await until("a new login while the task runs", () =>
        s.sim.control.sessionIds().length > before ? true : undefined,
      );
    });
    assert.strictEqual(r.error, undefined, `${description} failed: ${String(r.error)}`);
    assert.strictEqual(s.sim.control.counters().logins - logins, 1, "exactly one new login");
  }

  it("create finishes after the re-login, with one pairing each", async () => {
    await expireDuring("Create pairing", () => s.up(program()));
    assertConverged(s.sim, s.d, ["a", "b"]);
    // A POST answered 401 by the expired session is sent again after the login; the server
    // must still have accepted exactly one create per resource.
    const creates = s.sim.control.tasks().filter((t) => t.description === "Create pairing");
    assert.strictEqual(creates.length, 2);
  });

  it("reconnect finishes after the re-login", async () => {
    s.sim.control.breakPairing(s.resource("a").id);
    await s.refresh();
    await expireDuring("Reconnect pairing", () => s.up(program()));
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  it("delete finishes after the re-login", async () => {
    await expireDuring("Delete pairing", () => s.destroy());
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assert.strictEqual(s.d.state.size, 0);
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
