import * as assert from "assert";
import { Simulator, startSimulator } from "../../simulator";
import { FAST_TASKS } from "../support/simulator";
import { assertConverged } from "./invariants";
import { itLeaksNoSecret, until, useStage } from "./stage";

/** Requests that would change a pairing: none may follow a new spelling of the same VRMS. */
const CHANGING = [
  "POST /pairings",
  "DELETE /pairings/{pairing_id}",
  "POST /pairings/{pairing_id}/actions/reconnect",
];

function changingRequests(sim: Simulator): number {
  const r = sim.control.counters().requests;
  return CHANGING.reduce((n, key) => n + (r[key] ?? 0), 0);
}

/*
 * Issue 17 part 2: how the VRMS is addressed (127.0.0.1 or localhost, input or VRMS_URL) is
 * not which VRMS it is. Through the real host: a new name of the same VRMS is an update that
 * only records it; another VRMS (a second simulator, other local ids) is still a replace.
 */
describe("reliability: the VRMS addressed otherwise", function () {
  this.timeout(60_000);
  const s = useStage();
  let other: Simulator | undefined;
  after(() => other?.stop());

  const byName = () => s.sim.url.replace("//127.0.0.1:", "//localhost:");

  it("another name of the same VRMS, as input or in VRMS_URL, is an update that changes nothing there", async () => {
    await s.up({ a: s.args(0) });
    const id = s.resource("a").id;
    const created = changingRequests(s.sim);

    const renamed = await s.up({ a: s.args(0, { vrmsUrl: byName() }) });
    assert.deepStrictEqual(renamed.counts, { update: 1 });
    assert.strictEqual(s.resource("a").outputs.vrmsUrl, byName());

    // The input removed, the environment of a new host naming the VRMS by its IP, host only.
    await s.newHost({ VRMS_URL: s.sim.origin });
    const moved = await s.up({ a: s.args(0, { vrmsUrl: undefined }) });
    assert.deepStrictEqual(moved.counts, { update: 1 });
    assert.strictEqual(s.resource("a").outputs.vrmsUrl, s.sim.origin);

    // The same address spelled otherwise (scheme case, base path written out) is no change.
    const spelled = await s.up({
      a: s.args(0, { vrmsUrl: `${s.sim.url.replace("https", "HTTPS")}/` }),
    });
    assert.deepStrictEqual(spelled.counts, { same: 1 });

    assert.strictEqual(changingRequests(s.sim), created, "no create, delete or reconnect");
    assert.strictEqual(s.resource("a").id, id);
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("another VRMS is still a replace: deleted on the old one, created on the new", async () => {
    other = await startSimulator({ taskDurations: FAST_TASKS, localSite: "site-b" });
    const from = s.host.lines.length;
    const r = await s.up({
      a: s.args(0, { vrmsUrl: other.url, vrmsThumbprint: other.thumbprints.sha256 }),
    });
    assert.deepStrictEqual(r.counts, { delete: 1, replace: 1 }, "delete first, then create");
    // The line and the gRPC answer travel on different pipes: wait for the line.
    const why = /vrmsUrl changed from .* to .*: another VRMS \(/;
    await until("the diff's reason line", () => why.test(s.userLines(from)));
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assert.strictEqual(other.control.pairings().length, 1);
    assert.strictEqual(s.resource("a").id, other.control.pairings()[0].pairing_id);
    await s.destroy();
    assert.strictEqual(other.control.pairings().length, 0);
  });

  itLeaksNoSecret(s);
});
