// VrReplication's update against the simulator, through the provider: a change the table
// marks record-only makes no VRMS request at all, and a replication not found at an address
// that reaches another VRMS is refused on identity (nothing changes) rather than taken for gone.
import { strict as assert } from "node:assert";
import { VrmsClientPool } from "../../provider/clients";
import { HOST_PROGRESS } from "../../provider/progress";
import { ReplicationIdentityError } from "../../provider/replication/errors";
import { VrReplicationProvider } from "../../provider/replication/provider";
import type { ReplicationOutputs } from "../../provider/replication/state";
import { pairWith, session, useSimulatorPerTest } from "../support/simulator";
import { rejection } from "./harness";

describe("provider/replication: update", () => {
  const h = useSimulatorPerTest({ remoteSiteContract: true });
  let pool: VrmsClientPool;
  let provider: VrReplicationProvider;
  let news: Record<string, unknown>;
  let made: { id: string; outs: ReplicationOutputs };
  const requests = () =>
    Object.values(h.sim.control.counters().requests).reduce((n, c) => n + (c ?? 0), 0);

  beforeEach(async () => {
    pool = new VrmsClientPool();
    provider = new VrReplicationProvider({
      clients: pool,
      progress: { ...HOST_PROGRESS, write: () => undefined },
    });
    const site = h.sim.remoteSites[0];
    const { inputs, failures } = await provider.check(
      {},
      {
        vrmsUrl: h.sim.url,
        vrmsUsername: h.sim.users[0].username,
        vrmsPassword: h.sim.users[0].password,
        vrmsThumbprint: h.sim.thumbprints.sha256,
        pairingId: await pairWith(h.sim, await session(h.sim), 0),
        targetVcId: site.vcId,
        remoteUsername: site.username,
        remotePassword: site.password,
        vmId: h.sim.control.replication.inventory(h.sim.localVcId).vms[0].id,
        datastoreId: h.sim.control.replication.inventory(site.vcId).datastores[0].id,
        resourceName: "web",
      },
    );
    assert.deepEqual(failures, []);
    news = inputs;
    made = await provider.create(news);
  });
  afterEach(() => pool.dispose());

  it("credentials, delete options and time-outs are saved with no VRMS request", async () => {
    h.sim.control.resetCounters();
    const changed = { ...news, remoteUsername: "other@vsphere.local", retainReplicaDisks: true };
    const { outs } = await provider.update(made.id, made.outs, changed);
    assert.equal(requests(), 0);
    assert.equal(outs.retainReplicaDisks, true);
    assert.equal(outs.remoteUsername, "other@vsphere.local");
    assert.equal(outs.health, made.outs.health);
    // A reconfigure does ask the VRMS: the count above can move.
    await provider.update(made.id, made.outs, { ...news, rpo: 30 });
    assert.ok(requests() > 0);
  });

  it("not found where another VRMS answers: an identity failure, not a replication gone", async () => {
    const recordedElsewhere = { ...made.outs, vrmsId: "another-vrms" };
    h.sim.control.resetCounters();
    const err = await rejection(
      provider.update("GID-elsewhere", recordedElsewhere, { ...news, rpo: 30 }),
    );
    assert.ok(err instanceof ReplicationIdentityError, err.message);
    assert.match(
      err.message,
      /is VRMS .*, not VRMS another-vrms that holds replication GID-elsewhere/,
    );
    const posts = Object.entries(h.sim.control.counters().requests).filter(([k]) =>
      k.startsWith("POST"),
    );
    assert.deepEqual(
      posts.filter(([k]) => k.includes("/replications")),
      [],
      "no reconfigure",
    );
  });
});
