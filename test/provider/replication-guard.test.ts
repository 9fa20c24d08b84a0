import { strict as assert } from "node:assert";
import { type VrmsClient } from "../../sdk";
import { PairingHasReplicationsError, guardPairingDelete } from "../../provider/replication-guard";
import { useSimulatorPerTest } from "../support/simulator";
import { configureSpec } from "../support/replication";
import { Capture, fastClient } from "../sdk/helpers";

describe("provider: the pairing guard (replication-guard.ts)", () => {
  const h = useSimulatorPerTest({ remoteSiteContract: true });
  let client: VrmsClient;
  let pid: string;
  beforeEach(async () => {
    client = fastClient(h.sim, new Capture());
    const site = h.sim.remoteSites[0];
    const task = await client.createPairing({
      pair_vc_id: site.vcId,
      pair_psc_info: { url: site.pscHost, username: site.username, password: site.password },
    });
    pid = String((await client.waitForTask(task)).result?.pairing_id);
  });
  afterEach(() => client.dispose());

  it("a non-force delete of a pairing with replications fails before touching anything, naming the count and the ways forward", async () => {
    const site = h.sim.remoteSites[0];
    const remote = { username: site.username, password: site.password };
    const tasks = await client.replications.configure(
      pid,
      [configureSpec(h.sim, 0), configureSpec(h.sim, 1)],
      { remote },
    );
    await Promise.all(tasks.map((t) => client.waitForTask(t)));
    h.sim.control.resetCounters();
    const err = await guardPairingDelete(client, pid, {
      force: false,
      deleteWithReplications: false,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof PairingHasReplicationsError);
    assert.equal(err.count, 2);
    assert.match(
      err.message,
      new RegExp(
        `Pairing ${pid} still carries 2 replications \\(GET /pairings/${pid}/replications/count\\); nothing was deleted`,
      ),
    );
    assert.match(err.message, /remove the VrReplication resources/);
    assert.match(err.message, /deleteWithReplications: true/);
    const requests = h.sim.control.counters().requests;
    assert.deepEqual(
      Object.keys(requests).filter((k) => !k.startsWith("GET ")),
      [],
      "only reads",
    );
  });

  it("lets the delete go on with no replications (asked), with the explicit setting or force (not asked), and for a pairing already gone", async () => {
    const COUNT = "GET /pairings/{pairing_id}/replications/count";
    const asked = () => h.sim.control.counters().requests[COUNT] ?? 0;
    const none = { force: false, deleteWithReplications: false };
    assert.equal(await guardPairingDelete(client, pid, none), undefined);
    assert.equal(asked(), 1, "the count was read");
    const site = h.sim.remoteSites[0];
    const tasks = await client.replications.configure(pid, [configureSpec(h.sim, 0)], {
      remote: { username: site.username, password: site.password },
    });
    await client.waitForTask(tasks[0]);
    await guardPairingDelete(client, pid, { force: false, deleteWithReplications: true });
    await guardPairingDelete(client, pid, { force: true, deleteWithReplications: false });
    assert.equal(asked(), 1, "an explicit setting or force asks nothing");
    await assert.rejects(guardPairingDelete(client, pid, none), PairingHasReplicationsError);
    const gone = "00000000-0000-4000-8000-000000000000";
    assert.equal(await guardPairingDelete(client, gone, none), undefined);
    assert.equal(asked(), 3);
  });
});
