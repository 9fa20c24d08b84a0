import { strict as assert } from "node:assert";
import { type VrmsClient } from "../../sdk";
import {
  getDatastores,
  getReplications,
  getStoragePolicies,
  getVms,
} from "../../provider/replication/lookups";
import { useSimulator } from "../support/simulator";
import { configureSpec } from "../support/replication";
import { Capture, fastClient } from "../sdk/helpers";

describe("provider: the replication data sources", () => {
  const h = useSimulator({ remoteSiteContract: true });
  let client: VrmsClient;
  let pairingId: string;
  const conn = () => ({
    vrmsUrl: h.sim.url,
    vrmsUsername: h.sim.users[0].username,
    vrmsPassword: h.sim.users[0].password,
    vrmsThumbprint: h.sim.thumbprints.sha256,
  });
  const remote = () => ({
    remoteUsername: h.sim.remoteSites[0].username,
    remotePassword: h.sim.remoteSites[0].password,
  });
  before(async () => {
    client = fastClient(h.sim, new Capture());
    const site = h.sim.remoteSites[0];
    const task = await client.createPairing({
      pair_vc_id: site.vcId,
      pair_psc_info: { url: site.pscHost, username: site.username, password: site.password },
    });
    pairingId = String((await client.waitForTask(task)).result?.pairing_id);
    const [configured] = await client.replications.configure(pairingId, [configureSpec(h.sim, 1)], {
      remote: { username: site.username, password: site.password },
    });
    await client.waitForTask(configured);
  });
  after(async () => {
    await client.dispose();
  });

  it("getVms finds a VM by name (with its disks), and says so when there is none", async () => {
    const [vm] = await getVms({ ...conn(), pairingId, vcenterId: h.sim.localVcId, name: "vm-002" });
    assert.equal(vm.id, h.sim.control.replication.inventory(h.sim.localVcId).vms[1].id);
    assert.equal(vm.disks?.length, 4);
    await assert.rejects(
      getVms({ ...conn(), pairingId, vcenterId: h.sim.localVcId, name: "nope" }),
      /No VM named nope on vCenter/,
    );
    const suitable = await getVms({
      ...conn(),
      pairingId,
      vcenterId: h.sim.localVcId,
      suitableForReplication: true,
    });
    assert.equal(suitable.length, 7, "the replicated VM is left out");
  });

  it("getDatastores and getStoragePolicies read the target vCenter in a remote session", async () => {
    const target = h.sim.remoteSites[0].vcId;
    const ds = await getDatastores({ ...conn(), ...remote(), pairingId, vcenterId: target });
    assert.deepEqual(
      ds.map((d) => d.name),
      h.sim.control.replication.inventory(target).datastores.map((d) => d.name),
    );
    const policies = await getStoragePolicies({
      ...conn(),
      ...remote(),
      pairingId,
      vcenterId: target,
    });
    assert.equal(policies.length, 3);
  });

  it("getReplications lists the pairing's replications with their health", async () => {
    const list = await getReplications({ ...conn(), ...remote(), pairingId });
    assert.deepEqual(
      list.map((r) => [r.name, r.rpo, r.health]),
      [["vm-002", 60, "ok"]],
    );
  });
});
