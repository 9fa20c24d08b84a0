import { strict as assert } from "node:assert";
import type { AxiosInstance } from "axios";
import {
  reconfigureSpecOf,
  type CountDataEntity,
  type DatastoreList,
  type ReplicatedVmDiskList,
  type ReplicationInfoEntity,
  type ReplicationInfoList,
  type StoragePolicyList,
  type VirtualMachineList,
  type VmCapabilitiesEntity,
  type VmDiskList,
} from "../../sdk/replication-wire";
import type { IssueList, Task, TaskEntity, TaskList } from "../../sdk/wire";
import { startSimulator } from "../../simulator";
import { FAST_TASKS, login, pairWith, rawClient, useSimulatorPerTest } from "../support/simulator";
import {
  configure,
  configureSpec,
  localInventory,
  openRemoteSession,
  replicationIdOf,
  siteInventory,
} from "../support/replication";
import { assertComponent, assertError } from "./assertions";

const GB = 1024 * 1024 * 1024;

describe("simulator: replications", () => {
  const h = useSimulatorPerTest({ remoteSiteContract: true });
  let api: AxiosInstance;
  let pid: string;
  beforeEach(async () => {
    api = rawClient(h.sim, await login(h.sim));
    pid = await pairWith(h.sim, api, 0);
    await openRemoteSession(h.sim, api, pid);
  });

  const read = async (id: string): Promise<ReplicationInfoEntity> => {
    const res = await api.get<ReplicationInfoEntity>(`/pairings/${pid}/replications/${id}`);
    assert.equal(res.status, 200);
    return res.data;
  };
  const act = async (id: string, action: string, body?: unknown): Promise<Task> => {
    const res = await api.post<TaskEntity>(
      `/pairings/${pid}/replications/${id}/actions/${action}`,
      body,
    );
    assert.equal(res.status, 202, JSON.stringify(res.data));
    assertComponent("TaskDrResponseEntity", res.data);
    return h.sim.control.whenTaskSettled(res.data.id);
  };
  const configureOne = async (vmIndex: number): Promise<string> =>
    replicationIdOf((await configure(h.sim, api, pid, [configureSpec(h.sim, vmIndex)]))[0]);

  describe("inventory", () => {
    it("is seeded from the vCenter id: two simulators list the same VMs, datastores and policies", async () => {
      const other = await startSimulator({ taskDurations: FAST_TASKS });
      try {
        assert.deepEqual(
          other.control.replication.inventory(other.localVcId),
          localInventory(h.sim),
        );
        assert.deepEqual(
          other.control.replication.inventory(other.remoteSites[0].vcId),
          siteInventory(h.sim),
        );
      } finally {
        await other.stop();
      }
      assert.equal(localInventory(h.sim).vms.length, 8);
    });

    it("lists the source VMs with their disks, pages them and filters them", async () => {
      const res = await api.get<VirtualMachineList>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms`,
        {
          params: { limit: 3, offset: 3 },
        },
      );
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.data.list?.map((v) => v.name),
        ["vm-004", "vm-005", "vm-006"],
      );
      assert.equal(res.data._meta?.total, 8);
      assert.ok(res.data._meta?.links?.next?.href?.includes("offset=6"));
      const vm = res.data.list![0];
      assert.ok(vm.disks?.some((d) => d.is_vm_home));
      assert.ok(vm.disks?.some((d) => d.device_key === 2000 && (d.capacity ?? 0) > 0));
      const byName = await api.get<VirtualMachineList>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms`,
        {
          params: { filter_property: "name", filter: "vm-002" },
        },
      );
      assert.deepEqual(
        byName.data.list?.map((v) => v.id),
        [localInventory(h.sim).vms[1].id],
      );
    });

    it("suitable_for_replication leaves out replicated VMs and templates", async () => {
      const inv = localInventory(h.sim);
      h.sim.control.replication.setInventory(h.sim.localVcId, {
        vms: inv.vms.map((v, i) => ({ ...v, template: i === 7 })),
      });
      await configureOne(0);
      const res = await api.get<VirtualMachineList>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms`,
        {
          params: { suitable_for_replication: true },
        },
      );
      assert.deepEqual(
        res.data.list?.map((v) => v.name),
        ["vm-002", "vm-003", "vm-004", "vm-005", "vm-006", "vm-007"],
      );
      const cap = await api.get<VmCapabilitiesEntity>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms/${encodeURIComponent(inv.vms[0].id)}/capability`,
      );
      assert.equal(cap.status, 200);
      assert.equal(cap.data.vm_validation_status, "ALREADY_CONFIGURED");
      assert.equal(cap.data.min_rpo_mins, 5);
    });

    it("lists a VM's disks, the target's datastores (capacity, free space) and storage policies", async () => {
      const vm = localInventory(h.sim).vms[2];
      const disks = await api.get<VmDiskList>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms/${encodeURIComponent(vm.id)}/disks`,
      );
      assert.equal(disks.status, 200);
      assert.deepEqual(
        disks.data.list?.map((d) => d.label),
        ["VM home", "Hard disk 1"],
      );
      const target = h.sim.remoteSites[0].vcId;
      const ds = await api.get<DatastoreList>(`/pairings/${pid}/vcenters/${target}/datastores`, {
        params: { sort_by: "free_space", order_by: "desc" },
      });
      assert.equal(ds.status, 200);
      assert.deepEqual(
        ds.data.list?.map((d) => d.free_space),
        [3072 * GB, 1536 * GB, 8 * GB],
      );
      assert.equal(ds.data.list?.[0].capacity, 4096 * GB);
      const policies = await api.get<StoragePolicyList>(
        `/pairings/${pid}/vcenters/${target}/storage-policies`,
      );
      assert.deepEqual(
        policies.data.list?.map((p) => p.storage_policy_name),
        ["vSAN Default Storage Policy", "Gold Tier", "VM Encryption Policy"],
      );
      const missing = await api.get(
        `/pairings/${pid}/vcenters/${target}/vms/VirtualMachine:vm-1:x/disks`,
      );
      assert.equal(missing.status, 404);
      const otherVc = await api.get(
        `/pairings/${pid}/vcenters/${h.sim.remoteSites[1].vcId}/datastores`,
      );
      assert.equal(otherVc.status, 404, "a vCenter that is neither end of the pairing");
    });

    it("is set through the control surface, in code and over HTTP", async () => {
      const target = h.sim.remoteSites[0].vcId;
      h.sim.control.replication.setInventory(target, {
        policies: [{ id: "only", name: "Only Policy", encryption: false }],
      });
      const policies = await api.get<StoragePolicyList>(
        `/pairings/${pid}/vcenters/${target}/storage-policies`,
      );
      assert.deepEqual(
        policies.data.list?.map((p) => p.storage_policy_id),
        ["only"],
      );
      const control = rawClient(h.sim);
      control.defaults.baseURL = h.sim.controlUrl;
      const seeded = await control.post(`/vcenters/${h.sim.localVcId}/inventory/seed`, {
        vmCount: 200,
      });
      assert.equal(seeded.status, 204);
      const vms = await api.get<VirtualMachineList>(
        `/pairings/${pid}/vcenters/${h.sim.localVcId}/vms`,
      );
      assert.equal(vms.data._meta?.total, 200);
      assert.equal(vms.data.list?.length, 100, "the default page");
    });
  });

  describe("configure", () => {
    it("takes a list of specs and answers a list of QUEUED tasks, one per VM, each ending SUCCESS", async () => {
      const res = await api.post<TaskList>(`/pairings/${pid}/replications`, [
        configureSpec(h.sim, 0),
        configureSpec(h.sim, 1),
      ]);
      assert.equal(res.status, 202);
      assertComponent("TaskDrResponseList", res.data);
      const tasks = res.data.list ?? [];
      assert.deepEqual(
        tasks.map((t) => [t.status, t.description, t.entity]),
        [
          ["QUEUED", "Configure replication", localInventory(h.sim).vms[0].id],
          ["QUEUED", "Configure replication", localInventory(h.sim).vms[1].id],
        ],
      );
      const settled = await Promise.all(tasks.map((t) => h.sim.control.whenTaskSettled(t.id)));
      const ids = settled.map(replicationIdOf);
      const list = await api.get<ReplicationInfoList>(`/pairings/${pid}/replications`);
      assert.deepEqual(
        list.data.list?.map((r) => [r.id, r.name, r.status?.status, r.rpo]),
        [
          [ids[0], "vm-001", "OK", 60],
          [ids[1], "vm-002", "OK", 60],
        ],
      );
      const count = await api.get<CountDataEntity>(`/pairings/${pid}/replications/count`);
      assert.equal(count.data.count, 2);
      const one = await read(ids[0]);
      assert.equal(one.vm_id, localInventory(h.sim).vms[0].id);
      assert.equal(one.target_vc_id, h.sim.remoteSites[0].vcId);
      assert.deepEqual(one._meta?.errors, []);
      const disks = await api.get<ReplicatedVmDiskList>(
        `/pairings/${pid}/replications/${ids[0]}/disks`,
      );
      assert.equal(disks.data.list?.length, localInventory(h.sim).vms[0].disks.length);
      assert.ok(
        disks.data.list?.every(
          (d) => d.destination_path?.datastore_id === siteInventory(h.sim).datastores[0].id,
        ),
      );
    });

    it("takes room on the target datastore; unconfigure gives it back unless the replica disks are retained", async () => {
      const ds = () => siteInventory(h.sim).datastores[0].freeBytes;
      const before = ds();
      const vm = localInventory(h.sim).vms[0]; // VM home and disks of 16 and 32 GB
      const id = await configureOne(0);
      assert.equal(before - ds(), 48 * GB);
      assert.equal(vm.disks.length, 3);
      await act(id, "unconfigure");
      assert.equal(ds(), before);
      const again = await configureOne(0);
      const retained = await api.post<TaskEntity>(
        `/pairings/${pid}/replications/${again}/actions/unconfigure`,
        undefined,
        { params: { retain_replica_disks: true } },
      );
      await h.sim.control.whenTaskSettled(retained.data.id);
      assert.equal(before - ds(), 48 * GB);
    });

    it("rejects a body the vendor's schema rules out with 400 naming the field", async () => {
      const cases: [unknown, RegExp][] = [
        [[configureSpec(h.sim, 0, { rpo: 4 })], /rpo' must be between 5 and 1440 minutes, got 4/],
        [[configureSpec(h.sim, 0, { rpo: 1441 })], /between 5 and 1440/],
        [{ vm_id: "x" }, /non-empty JSON array/],
        [[{ ...configureSpec(h.sim, 0), target_vc_id: undefined }], /\[0\]\.target_vc_id/],
        [
          [
            configureSpec(h.sim, 0, {
              disks: [
                { ...configureSpec(h.sim, 0).disks[0], destination_disk_format: "FAT" as never },
              ],
            }),
          ],
          /destination_disk_format/,
        ],
        [[configureSpec(h.sim, 0), configureSpec(h.sim, 0)], /listed twice/],
      ];
      for (const [body, message] of cases) {
        const res = await api.post(`/pairings/${pid}/replications`, body);
        assert.equal(res.status, 400, JSON.stringify(body));
        assertError(res.data, "INVALID_REQUEST_BODY");
        assert.match(res.data.message, message);
      }
      assert.deepEqual(
        h.sim.control.tasks(),
        h.sim.control.tasks().filter((t) => t.description !== "Configure replication"),
      );
    });

    it("fails the task, with a message a user acts on, for an unknown disk, a datastore on the wrong site, a full datastore, a VM already replicated", async () => {
      const source = localInventory(h.sim);
      const target = siteInventory(h.sim);
      const base = configureSpec(h.sim, 0);
      const badDisk = {
        ...base,
        disks: [{ ...base.disks[1], vm_disk: { vm_id: base.vm_id, device_key: 2999 } }],
      };
      const wrongSite = {
        ...base,
        disks: base.disks.map((d) => ({ ...d, destination_datastore_id: source.datastores[0].id })),
      };
      const small = configureSpec(h.sim, 2, {
        disks: configureSpec(h.sim, 2).disks.map((d) => ({
          ...d,
          destination_datastore_id: target.datastores[2].id,
        })),
      });
      h.sim.control.replication.setDatastoreFreeSpace(
        h.sim.remoteSites[0].vcId,
        target.datastores[2].id,
        1 * GB,
      );
      const tasks = await configure(h.sim, api, pid, [badDisk]);
      const tasks2 = await configure(h.sim, api, pid, [wrongSite]);
      const tasks3 = await configure(h.sim, api, pid, [small]);
      assert.match(
        tasks[0].error?.message ?? "",
        /^Unknown disk: VM vm-001 has no disk with device key 2999/,
      );
      assert.match(
        tasks2[0].error?.message ?? "",
        /^Datastore not on the target site: .* \(it is on the source vCenter Server/,
      );
      assert.match(
        tasks3[0].error?.message ?? "",
        /^Not enough space on datastore small-datastore/,
      );
      await configureOne(0);
      const twice = await configure(h.sim, api, pid, [configureSpec(h.sim, 0)]);
      assert.match(
        twice[0].error?.message ?? "",
        /^Already configured: VM vm-001 is already replicated/,
      );
      const count = await api.get<CountDataEntity>(`/pairings/${pid}/replications/count`);
      assert.equal(count.data.count, 1);
    });
  });

  describe("actions", () => {
    it("reconfigure changes the RPO; pause and resume; sync stamps a new image", async () => {
      const id = await configureOne(0);
      const spec = configureSpec(h.sim, 0);
      const settings = reconfigureSpecOf(spec);
      assert.equal((await act(id, "reconfigure", { ...settings, rpo: 15 })).status, "SUCCESS");
      assert.equal((await read(id)).rpo, 15);
      assert.equal((await act(id, "pause")).status, "SUCCESS");
      assert.equal((await read(id)).status?.status, "PAUSED");
      const pausedSync = await act(id, "sync");
      assert.match(pausedSync.error?.message ?? "", /it is paused/);
      assert.equal((await act(id, "resume")).status, "SUCCESS");
      assert.equal((await read(id)).status?.status, "OK");
      const before = (await read(id)).last_sync_time;
      await new Promise<void>((resolve) => setImmediate(resolve));
      const sync = await act(id, "sync");
      assert.equal(sync.description, "Synchronize replication");
      assert.ok((await read(id)).last_sync_time >= before);
      const bad = await api.post(`/pairings/${pid}/replications/${id}/actions/reconfigure`, {
        ...settings,
        rpo: 2000,
      });
      assert.equal(bad.status, 400);
      assert.match(bad.data.message, /rpo/);
    });

    it("an unknown replication is 404 for every read and action", async () => {
      const gone = "GID-00000000-0000-4000-8000-000000000000";
      for (const [method, path] of [
        ["get", ""],
        ["get", "/disks"],
        ["delete", ""],
        ["post", "/actions/pause"],
        ["post", "/actions/sync"],
      ] as const) {
        const res = await api.request({
          method,
          url: `/pairings/${pid}/replications/${gone}${path}`,
        });
        assert.equal(res.status, 404, `${method} ${path}`);
      }
      const unknownPairing = await api.get(
        `/pairings/00000000-0000-4000-8000-000000000000/replications`,
      );
      assert.equal(unknownPairing.status, 404);
    });

    it("lists replications with filters, sorting, paging and source_vc_guid", async () => {
      await configure(
        h.sim,
        api,
        pid,
        [0, 1, 2, 3].map((i) => configureSpec(h.sim, i, { rpo: 10 + i })),
      );
      const page = await api.get<ReplicationInfoList>(`/pairings/${pid}/replications`, {
        params: { sort_by: "rpo", order_by: "desc", limit: 2 },
      });
      assert.deepEqual(
        page.data.list?.map((r) => r.rpo),
        [13, 12],
      );
      assert.equal(page.data._meta?.total, 4);
      const filtered = await api.get<ReplicationInfoList>(`/pairings/${pid}/replications`, {
        params: new URLSearchParams([
          ["filter_property", "name"],
          ["filter", "vm-002"],
          ["filter", "vm-004"],
          ["extended_info", "true"],
        ]),
      });
      assert.deepEqual(
        filtered.data.list?.map((r) => r.name),
        ["vm-002", "vm-004"],
      );
      const other = await api.get<ReplicationInfoList>(`/pairings/${pid}/replications`, {
        params: { source_vc_guid: h.sim.remoteSites[0].vcId },
      });
      assert.deepEqual(other.data.list, []);
    });
  });

  describe("states and faults from the control surface", () => {
    it("error and RPO violation are listed as issues and repaired by a sync", async () => {
      const a = await configureOne(0);
      const b = await configureOne(1);
      h.sim.control.replication.setFault(a, "error");
      h.sim.control.replication.setFault(b, "rpo-violated");
      assert.equal((await read(a)).status?.status, "ERROR");
      assert.match((await read(a)).last_group_error?.message ?? "", /in error/);
      const rb = await read(b);
      assert.deepEqual(rb.status, { status: "RPO_VIOLATION", rpo_violation: true });
      assert.ok((rb.current_rpo_violation ?? 0) >= 1);
      const issues = await api.get<IssueList>(`/pairings/${pid}/replications/issues`);
      assert.equal(issues.status, 200);
      assert.deepEqual(
        issues.data.list?.map((i) => [i.entity, i.status]),
        [
          [a, "ERROR"],
          [b, "WARNING"],
        ],
      );
      await act(a, "sync");
      await act(b, "sync");
      assert.equal((await read(a)).status?.status, "OK");
      assert.equal((await read(b)).status?.status, "OK");
      const none = await api.get<IssueList>(`/pairings/${pid}/replications/issues`);
      assert.deepEqual(none.data.list, []);
    });

    it("a full target datastore fails syncs until space is freed; paused is shown as data", async () => {
      const id = await configureOne(0);
      h.sim.control.replication.setFault(id, "datastore-full");
      const sync = await act(id, "sync");
      assert.match(sync.error?.message ?? "", /target datastore .* is full/);
      h.sim.control.replication.setFault(id, null);
      h.sim.control.replication.setPaused(id, true);
      assert.equal((await read(id)).status?.status, "PAUSED");
    });

    it("a VM deleted at the source: NOT_ACTIVE, vm_id null, a configuration error; only unconfigure or delete remain", async () => {
      const id = await configureOne(0);
      const vm = localInventory(h.sim).vms[0];
      h.sim.control.replication.deleteVm(h.sim.localVcId, vm.id);
      const r = await read(id);
      assert.equal(r.vm_id, null);
      assert.equal(r.status?.status, "NOT_ACTIVE");
      assert.equal(r.configuration_state, "ERROR");
      assert.match(r.configuration_error?.message ?? "", /no longer exists/);
      assert.match(
        (await act(id, "resume")).error?.message ?? "",
        /source VM vm-001 no longer exists/,
      );
      assert.equal((await act(id, "unconfigure")).status, "SUCCESS");
    });

    it("failNext fails the next task of one action only; the HTTP control surface sets faults", async () => {
      const id = await configureOne(0);
      h.sim.control.replication.failNext("pause", "Injected pause failure");
      assert.equal((await act(id, "pause")).error?.message, "Injected pause failure");
      assert.equal((await act(id, "pause")).status, "SUCCESS");
      const control = rawClient(h.sim);
      control.defaults.baseURL = h.sim.controlUrl;
      const set = await control.post(`/replications/${id}/fault`, { fault: "rpo-violated" });
      assert.equal(set.status, 204);
      assert.equal(h.sim.control.replication.list()[0].status?.status, "PAUSED");
      const wrong = await control.post(`/replications/${id}/fault`, { fault: "melted" });
      assert.equal(wrong.status, 400);
      assert.match(wrong.data.error, /unknown fault melted/);
    });
  });

  describe("the remote-site contract", () => {
    it("without a remote session: configure, pause, unconfigure are 400; sync, count and delete work; reads are partial", async () => {
      const id = await configureOne(0);
      const other = rawClient(h.sim, await login(h.sim));
      const cfg = await other.post(`/pairings/${pid}/replications`, [configureSpec(h.sim, 1)]);
      assert.equal(cfg.status, 400);
      assertError(cfg.data, "REMOTE_SESSION_REQUIRED");
      assert.match(cfg.data.message, new RegExp(`POST /pairings/${pid}/remote-session`));
      for (const action of ["pause", "resume", "unconfigure", "reconfigure"]) {
        const res = await other.post(
          `/pairings/${pid}/replications/${id}/actions/${action}`,
          action === "reconfigure" ? { ...configureSpec(h.sim, 0) } : undefined,
        );
        assert.equal(res.status, 400, action);
      }
      const sync = await other.post<TaskEntity>(`/pairings/${pid}/replications/${id}/actions/sync`);
      assert.equal(sync.status, 202);
      const count = await other.get<CountDataEntity>(`/pairings/${pid}/replications/count`);
      assert.deepEqual(count.data, { count: 1, _meta: { errors: [] } });
      const one = await other.get<ReplicationInfoEntity>(`/pairings/${pid}/replications/${id}`);
      assert.deepEqual(
        one.data._meta?.errors?.map((e) => [e.code, e.field]),
        [["REMOTE_SITE_NOT_AUTHENTICATED", "$.status"]],
      );
      const localVms = await other.get(`/pairings/${pid}/vcenters/${h.sim.localVcId}/vms`);
      assert.equal(localVms.status, 200, "this site's vCenter needs nothing remote");
      const remoteDs = await other.get(
        `/pairings/${pid}/vcenters/${h.sim.remoteSites[0].vcId}/datastores`,
      );
      assert.equal(remoteDs.status, 400);
      assertError(remoteDs.data, "REMOTE_SITE_NOT_AUTHENTICATED");
      await h.sim.control.whenTaskSettled(sync.data.id);
      const del = await other.delete<TaskEntity>(`/pairings/${pid}/replications/${id}`);
      assert.equal(del.status, 202);
      assert.equal((await h.sim.control.whenTaskSettled(del.data.id)).status, "SUCCESS");
    });

    it("with the remote site down: tasks that need it fail, delete works on this site, remote reads are 500", async () => {
      const id = await configureOne(0);
      h.sim.control.setSiteUp(h.sim.remoteSites[0].vcId, false);
      const unconf = await act(id, "unconfigure");
      assert.match(unconf.error?.message ?? "", /^Remote site is down/);
      const cfg = await configure(h.sim, api, pid, [configureSpec(h.sim, 1)]);
      assert.match(cfg[0].error?.message ?? "", /^Remote site is down/);
      const list = await api.get<ReplicationInfoList>(`/pairings/${pid}/replications`);
      assert.deepEqual(
        list.data._meta?.errors?.map((e) => e.code),
        ["REMOTE_SITE_UNREACHABLE"],
      );
      const ds = await api.get(`/pairings/${pid}/vcenters/${h.sim.remoteSites[0].vcId}/datastores`);
      assert.equal(ds.status, 500);
      assertError(ds.data, "REMOTE_SITE_UNREACHABLE");
      const del = await api.delete<TaskEntity>(`/pairings/${pid}/replications/${id}`);
      assert.equal((await h.sim.control.whenTaskSettled(del.data.id)).status, "SUCCESS");
      const count = await api.get<CountDataEntity>(`/pairings/${pid}/replications/count`);
      assert.equal(count.data.count, 0);
    });
  });

  describe("x-dr-permissions", () => {
    const p = useSimulatorPerTest({
      remoteSiteContract: false,
      users: [
        { username: "administrator@vsphere.local", password: "VMware1!" },
        {
          username: "viewer@vsphere.local",
          password: "Viewer1!",
          privileges: ["System.View", "HmsReplication.com.vmware.vcHms.Replication.View"],
        },
      ],
    });

    it("a user lacking Host.Hbr.HbrManagement may list and count, not configure (403 naming it)", async () => {
      const admin = rawClient(p.sim, await login(p.sim));
      const id = await pairWith(p.sim, admin, 0);
      const viewer = rawClient(p.sim, await login(p.sim, p.sim.users[1]));
      assert.equal((await viewer.get(`/pairings/${id}/replications`)).status, 200);
      assert.equal((await viewer.get(`/pairings/${id}/replications/count`)).status, 200);
      const res = await viewer.post(`/pairings/${id}/replications`, [configureSpec(p.sim, 0)]);
      assert.equal(res.status, 403);
      assertError(res.data, "NOT_AUTHORIZED");
      assert.match(res.data.message, /Host\.Hbr\.HbrManagement/);
      const ds = await viewer.get(
        `/pairings/${id}/vcenters/${p.sim.remoteSites[0].vcId}/datastores`,
      );
      assert.equal(ds.status, 403);
      assert.match(ds.data.message, /Datastore\.FileManagement/);
    });
  });
});
