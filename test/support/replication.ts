// Helpers for suites that replicate VMs on a simulator: specs built from its seeded inventory,
// remote sessions, and configuring through the raw API.
import { strict as assert } from "node:assert";
import type { AxiosInstance } from "axios";
import type { Simulator } from "../../simulator";
import type { VcInventory } from "../../simulator/inventory";
import type { ConfigureReplicationSpec } from "../../sdk/replication-wire";
import type { Task, TaskList } from "../../sdk/wire";

/** Opens this session's remote session for the pairing with remote site `index`. */
export async function openRemoteSession(
  sim: Simulator,
  api: AxiosInstance,
  pairingId: string,
  index = 0,
): Promise<void> {
  const site = sim.remoteSites[index];
  const res = await api.post(`/pairings/${pairingId}/remote-session`, undefined, {
    auth: { username: site.username, password: site.password },
  });
  assert.equal(res.status, 204, JSON.stringify(res.data));
}

export function localInventory(sim: Simulator): VcInventory {
  return sim.control.replication.inventory(sim.localVcId);
}

export function siteInventory(sim: Simulator, index = 0): VcInventory {
  return sim.control.replication.inventory(sim.remoteSites[index].vcId);
}

/**
 * A spec that succeeds: local VM number `vmIndex` (0-based) to remote site `index`, every disk
 * to its first datastore, thin, default policy.
 */
export function configureSpec(
  sim: Simulator,
  vmIndex: number,
  overrides: Partial<ConfigureReplicationSpec> = {},
  index = 0,
): ConfigureReplicationSpec {
  const vm = localInventory(sim).vms[vmIndex];
  const target = siteInventory(sim, index);
  return {
    vm_id: vm.id,
    target_vc_id: sim.remoteSites[index].vcId,
    rpo: 60,
    quiesce_enabled: false,
    network_compression_enabled: true,
    mpit_enabled: false,
    auto_replicate_new_disks: true,
    lwd_encryption_enabled: false,
    disks: vm.disks.map((d) => ({
      vm_disk: d.isVmHome
        ? { vm_id: vm.id, is_vm_home: true }
        : { vm_id: vm.id, device_key: d.deviceKey, is_vm_home: false },
      enabled_for_replication: true,
      destination_datastore_id: target.datastores[0].id,
      destination_disk_format: "THIN",
      destination_storage_policy_id: null,
    })),
    ...overrides,
  };
}

/** Posts the specs and waits for every task; returns the settled tasks. */
export async function configure(
  sim: Simulator,
  api: AxiosInstance,
  pairingId: string,
  specs: ConfigureReplicationSpec[],
): Promise<Task[]> {
  const res = await api.post<TaskList>(`/pairings/${pairingId}/replications`, specs);
  assert.equal(res.status, 202, JSON.stringify(res.data));
  return Promise.all((res.data.list ?? []).map((t) => sim.control.whenTaskSettled(t.id)));
}

/** The replication id a successful configure task made. */
export function replicationIdOf(task: Task): string {
  assert.equal(task.status, "SUCCESS", JSON.stringify(task.error));
  const id = task.result?.replication_id;
  assert.equal(typeof id, "string");
  return String(id);
}
