import { strict as assert } from "node:assert";
import { type VrmsClient, reconfigureSpecOf, replicationIdOfTask } from "../../sdk";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { useSimulatorPerTest } from "../support/simulator";
import { configureSpec, localInventory } from "../support/replication";
import { Capture, fastClient } from "./helpers";

describe("sdk: replications (client.replications)", () => {
  const h = useSimulatorPerTest({ remoteSiteContract: true });
  let capture: Capture;
  let client: VrmsClient;
  let pid: string;
  const remote = () => {
    const site = h.sim.remoteSites[0];
    return { username: site.username, password: site.password };
  };

  beforeEach(async () => {
    capture = new Capture();
    client = fastClient(h.sim, capture);
    const site = h.sim.remoteSites[0];
    const task = await client.createPairing({
      pair_vc_id: site.vcId,
      pair_psc_info: {
        url: site.pscHost,
        port: site.pscPort,
        thumbprint: site.thumbprint,
        username: site.username,
        password: site.password,
      },
    });
    pid = String((await client.waitForTask(task)).result?.pairing_id);
  });
  afterEach(async () => {
    await client.dispose();
  });

  it("a vendor-style client pairs, lists VMs, disks, datastores and policies, configures, counts, reads, reconfigures, pauses, resumes, syncs and unconfigures", async () => {
    const target = h.sim.remoteSites[0].vcId;
    const r = client.replications;
    // 1-2: VMs suitable for replication on this site's vCenter.
    const vms = await r.listVms(pid, h.sim.localVcId, { suitableForReplication: true });
    assert.equal(vms.length, 8);
    const vm = vms[0];
    // 3-4: its disks and capability.
    const disks = await r.listVmDisks(pid, h.sim.localVcId, vm.id!);
    assert.deepEqual(
      disks.map((d) => d.label),
      ["VM home", "Hard disk 1", "Hard disk 2"],
    );
    const cap = await r.getVmCapability(pid, h.sim.localVcId, vm.id!);
    assert.equal(cap.vm_validation_status, "OK");
    // 5-8: policies and datastores of the target vCenter (a remote session opened for them).
    const policies = await r.listStoragePolicies(pid, target, { remote: remote() });
    const datastores = await r.listDatastores(pid, target, { remote: remote() });
    assert.equal(policies.length, 3);
    const ds = datastores.reduce((a, b) => ((a.free_space ?? 0) >= (b.free_space ?? 0) ? a : b));
    // 11-12: configure.
    const spec = {
      ...configureSpec(h.sim, 0),
      disks: disks.map((d) => ({
        vm_disk: d,
        enabled_for_replication: true,
        destination_datastore_id: ds.id!,
        destination_disk_format: "THIN" as const,
        destination_storage_policy_id: policies[1].storage_policy_id ?? null,
      })),
    };
    const [task] = await r.configure(pid, [spec], { remote: remote() });
    const done = await client.waitForTask(task);
    const id = replicationIdOfTask(done);
    assert.ok(id);
    assert.equal(await r.count(pid), 1);
    const info = await r.get(pid, id, { remote: remote() });
    assert.equal(info?.vm_id, vm.id);
    assert.deepEqual(info?._meta?.errors, []);
    const replicated = await r.listDisks(pid, id);
    assert.ok(
      replicated.every((d) => d.destination_storage_policy_id === policies[1].storage_policy_id),
    );
    await client.waitForTask(
      await r.reconfigure(pid, id, { ...reconfigureSpecOf(spec), rpo: 30 }, { remote: remote() }),
    );
    assert.equal((await r.get(pid, id))?.rpo, 30);
    await client.waitForTask(await r.pause(pid, id, { remote: remote() }));
    assert.equal((await r.get(pid, id))?.status?.status, "PAUSED");
    await client.waitForTask(await r.resume(pid, id, { remote: remote() }));
    h.sim.control.replication.setFault(id, "rpo-violated");
    const issues = await r.listIssues(pid, { remote: remote() });
    assert.equal(issues.list[0]?.entity, id);
    await client.waitForTask(await r.sync(pid, id));
    assert.equal((await r.get(pid, id))?.status?.status, "OK");
    await client.waitForTask(await r.unconfigure(pid, id, { remote: remote() }));
    assert.equal(await r.count(pid), 0);
    assert.equal(await r.get(pid, id), null);
    assert.equal(client.loginCount, 1, "one local login for all of it");
    assert.equal(client.remoteLoginCount, 1, "one remote login for the pairing");
    assert.ok(!capture.text().includes(remote().password), "the remote password is never logged");
  });

  it("a configure whose answer was lost is not sent again: the tasks it started are found", async () => {
    await client.replications.listDatastores(pid, h.sim.remoteSites[0].vcId, { remote: remote() });
    h.sim.control.injectFaults({
      count: 1,
      kind: 500,
      method: "POST",
      pathPrefix: `/pairings/${pid}/replications`,
      afterHandling: true,
    });
    h.sim.control.resetCounters();
    const tasks = await client.replications.configure(
      pid,
      [configureSpec(h.sim, 0), configureSpec(h.sim, 1)],
      { remote: remote() },
    );
    assert.equal(h.sim.control.counters().requests["POST /pairings/{pairing_id}/replications"], 1);
    assert.deepEqual(
      tasks.map((t) => t.entity).sort(),
      [localInventory(h.sim).vms[0].id, localInventory(h.sim).vms[1].id].sort(),
    );
    const settled = await Promise.all(tasks.map((t) => client.waitForTask(t)));
    assert.ok(settled.every((t) => t.status === "SUCCESS"));
    assert.equal(await client.replications.count(pid), 2);
  });

  it("an action whose answer was lost is not sent again; one refused before acting (503) is", async () => {
    const [task] = await client.replications.configure(pid, [configureSpec(h.sim, 0)], {
      remote: remote(),
    });
    const id = replicationIdOfTask(await client.waitForTask(task))!;
    h.sim.control.injectFaults({
      count: 1,
      kind: "reset",
      method: "POST",
      pathPrefix: `/pairings/${pid}/replications/`,
      afterHandling: true,
    });
    h.sim.control.resetCounters();
    await client.waitForTask(await client.replications.pause(pid, id, { remote: remote() }));
    const path = "POST /pairings/{pairing_id}/replications/{replication_id}/actions/pause";
    assert.equal(h.sim.control.counters().requests[path], 1);
    h.sim.control.injectFaults({
      count: 1,
      kind: 503,
      method: "POST",
      pathPrefix: `/pairings/${pid}/replications/`,
    });
    await client.waitForTask(await client.replications.resume(pid, id, { remote: remote() }));
    assert.equal(
      h.sim.control.counters().requests[
        "POST /pairings/{pairing_id}/replications/{replication_id}/actions/resume"
      ],
      2,
    );
  });

  it("without remote credentials a call the contract refuses fails with the VRMS's message; a new local session re-opens the remote one", async () => {
    const err = await capture.failure(
      client.replications.configure(pid, [configureSpec(h.sim, 0)]),
    );
    assert.match(String(err), /REMOTE_SESSION_REQUIRED|remote session/);
    h.sim.control.expireSessions();
    const [task] = await client.replications.configure(pid, [configureSpec(h.sim, 0)], {
      remote: remote(),
    });
    assert.equal((await client.waitForTask(task)).status, "SUCCESS");
    assert.equal(client.loginCount, 2);
  });

  it("finds a configure task still in flight for a VM, and destroy removes a replication while the remote site is down", async () => {
    h.sim.control.freezeTasks(true);
    const [task] = await client.replications.configure(pid, [configureSpec(h.sim, 3)], {
      remote: remote(),
    });
    const vmId = localInventory(h.sim).vms[3].id;
    const found = await client.replications.findConfigureInFlight(vmId);
    assert.equal(found?.id, task.id);
    assert.equal(
      await client.replications.findConfigureInFlight(localInventory(h.sim).vms[4].id),
      undefined,
    );
    h.sim.control.freezeTasks(false);
    const id = replicationIdOfTask(await client.waitForTask(task))!;
    h.sim.control.setSiteUp(h.sim.remoteSites[0].vcId, false);
    const gone = await client.replications.destroy(pid, id);
    assert.equal((await client.waitForTask(gone)).status, "SUCCESS");
    assert.equal(await client.replications.count(pid), 0);
  });
  it("configureOne calls of one tick share one POST, reads of one tick one filtered list, look-ups by VM one list", async () => {
    const r = client.replications;
    await r.listDatastores(pid, h.sim.remoteSites[0].vcId, { remote: remote() });
    h.sim.control.resetCounters();
    const tasks = await Promise.all(
      [0, 1, 2].map((i) => r.configureOne(pid, configureSpec(h.sim, i), { remote: remote() })),
    );
    const counts = () => h.sim.control.counters().requests;
    assert.equal(counts()["POST /pairings/{pairing_id}/replications"], 1);
    assert.deepEqual(
      tasks.map((t) => t.entity),
      [0, 1, 2].map((i) => localInventory(h.sim).vms[i].id),
      "each caller gets the task of its own VM",
    );
    const ids = (await Promise.all(tasks.map((t) => client.waitForTask(t)))).map((t) =>
      replicationIdOfTask(t)!,
    );
    h.sim.control.resetCounters();
    const read = await Promise.all(ids.map((id) => r.get(pid, id)));
    assert.deepEqual(
      read.map((x) => x?.id),
      ids,
    );
    assert.deepEqual(read[0]?._meta?.errors, [], "the row's own _meta");
    const found = await Promise.all(
      [0, 1, 2, 3].map((i) => r.findForVm(pid, localInventory(h.sim).vms[i].id)),
    );
    assert.deepEqual(
      found.map((x) => x?.id),
      [...ids, undefined],
    );
    assert.equal(
      counts()["GET /pairings/{pairing_id}/replications"],
      2,
      "one filtered list, then one whole list",
    );
    assert.equal(counts()["GET /pairings/{pairing_id}/replications/{replication_id}"] ?? 0, 0);
  });

  it("calls of one kind arriving spread over time, as the engine hands them out, share one request each", async () => {
    const r = client.replications;
    const vms = localInventory(h.sim)
      .vms.slice(0, 4)
      .map((vm) => vm.id);
    await r.listDatastores(pid, h.sim.remoteSites[0].vcId, { remote: remote() });
    const clock = installFakeTime();
    try {
      /** Makes one call per VM, 10 ms of fake time apart (the engine's creates trickle in). */
      const spread = async <T>(call: (i: number) => Promise<T>): Promise<T[]> => {
        const calls: Promise<T>[] = [];
        for (const i of vms.keys()) {
          calls.push(call(i));
          await clock.tickAsync(10);
        }
        return untilSettled(clock, Promise.all(calls));
      };
      const counts = () => h.sim.control.counters().requests;
      h.sim.control.resetCounters();
      const found = await spread((i) => r.findForVm(pid, vms[i]));
      assert.deepEqual(found, [undefined, undefined, undefined, undefined]);
      const inFlight = await spread((i) => r.findConfigureInFlight(vms[i]));
      assert.deepEqual(inFlight, [undefined, undefined, undefined, undefined]);
      const tasks = await spread((i) =>
        r.configureOne(pid, configureSpec(h.sim, i), { remote: remote() }),
      );
      assert.deepEqual(
        tasks.map((t) => t.entity),
        vms,
        "each caller gets the task of its own VM",
      );
      assert.deepEqual(
        {
          lists: counts()["GET /pairings/{pairing_id}/replications"],
          taskLists: counts()["GET /tasks"],
          posts: counts()["POST /pairings/{pairing_id}/replications"],
        },
        { lists: 1, taskLists: 1, posts: 1 },
      );
    } finally {
      clock.restore();
    }
  });
});
