import { strict as assert } from "node:assert";
import { type VrmsClient } from "../../sdk";
import { PairingHasReplicationsError, guardPairingDelete } from "../../provider/replication-guard";
import { useSimulatorPerTest } from "../support/simulator";
import { configureSpec } from "../support/replication";
import { Capture, fastClient } from "../sdk/helpers";
import { inputsFor, rejection, useProviderSandbox } from "./harness";

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

describe("provider: VrPairing delete runs the pairing guard", () => {
  const s = useSimulatorPerTest({ remoteSiteContract: true });
  const box = useProviderSandbox();

  it("a pairing with replications is not deleted (no write, no remote login) until deleteWithReplications is set", async () => {
    const { id, outs } = await box.provider().create(inputsFor(s.sim));
    const client = fastClient(s.sim, new Capture());
    try {
      const site = s.sim.remoteSites[0];
      const [task] = await client.replications.configure(id, [configureSpec(s.sim, 0)], {
        remote: { username: site.username, password: site.password },
      });
      await client.waitForTask(task);
    } finally {
      await client.dispose();
    }
    s.sim.control.resetCounters();
    const err = await rejection(box.provider().delete(id, outs));
    assert.ok(err instanceof PairingHasReplicationsError, String(err));
    assert.match(err.message, new RegExp(`Pairing ${id} still carries 1 replication \\(`));
    assert.equal(s.sim.control.pairings().length, 1, "the pairing is still there");
    const requests = Object.keys(s.sim.control.counters().requests);
    assert.deepEqual(
      requests.filter((k) => !k.startsWith("GET ") && k !== "POST /session"),
      [],
      "nothing but reads (and the local login of a fresh pool)",
    );

    const changed = { ...inputsFor(s.sim), deleteWithReplications: true };
    assert.equal((await box.provider().diff(id, outs, changed)).changes, true);
    s.sim.control.resetCounters();
    const { outs: updated } = await box.provider().update(id, outs, changed);
    assert.deepEqual(
      Object.keys(s.sim.control.counters().requests),
      [],
      "the setting is recorded without a VRMS call",
    );
    await box.provider().delete(id, updated);
    assert.equal(s.sim.control.pairings().length, 0);
  });
});
