// The inventory a replication is declared against, read once per provider host process (one
// `pulumi up`): the source VMs with their disks, the target's datastores and storage policies.
// Two hundred replications of one run cost three lists, not six hundred reads. And the checks
// that need it: a disk that does not exist, a datastore on the wrong site, an unknown policy.
import type { Datastore, StoragePolicy, VirtualMachine, VrmsClient } from "../../sdk";
import type { RemoteCredentials } from "../../sdk/remote-session";
import type { CheckFailure } from "../fields/parse";
import type { ReplicationInputs } from "./inputs";
import { keyOf } from "./spec";

const cache = new Map<string, Promise<unknown>>();

function once<T>(key: string, read: () => Promise<T>): Promise<T> {
  let p = cache.get(key) as Promise<T> | undefined;
  if (!p) {
    p = read();
    cache.set(key, p);
    // A failed read is not kept: the next caller asks again.
    p.catch(() => cache.delete(key));
  }
  return p;
}

/** Forgets what was read (tests, and after a configure changed what is suitable). */
export function forgetInventory(): void {
  cache.clear();
}

const PAGE = { limit: 1000 };

export function sourceVms(
  client: VrmsClient,
  pairingId: string,
  vcId: string,
): Promise<VirtualMachine[]> {
  return once(`${client.baseUrl}|vms|${pairingId}|${vcId}`, () =>
    client.replications.listVms(pairingId, vcId, { query: PAGE }),
  );
}

export function targetDatastores(
  client: VrmsClient,
  pairingId: string,
  vcId: string,
  remote: RemoteCredentials,
): Promise<Datastore[]> {
  return once(`${client.baseUrl}|ds|${pairingId}|${vcId}`, () =>
    client.replications.listDatastores(pairingId, vcId, { query: PAGE, remote }),
  );
}

export function targetPolicies(
  client: VrmsClient,
  pairingId: string,
  vcId: string,
  remote: RemoteCredentials,
): Promise<StoragePolicy[]> {
  return once(`${client.baseUrl}|sp|${pairingId}|${vcId}`, () =>
    client.replications.listStoragePolicies(pairingId, vcId, { query: PAGE, remote }),
  );
}

/** The local vCenter (the source of every replication this VRMS configures) and VRMS ids. */
export function localSite(
  client: VrmsClient,
): Promise<{ vrmsId: string | null; vcId: string | null }> {
  return once(`${client.baseUrl}|site`, () => client.getLocalSite());
}

/**
 * What is wrong with the declared VM, disks, datastores and policies, as the VRMS lists them;
 * [] when all exist where they must. Each failure names the field and the way forward.
 */
export async function inventoryFailures(
  client: VrmsClient,
  i: ReplicationInputs,
): Promise<CheckFailure[]> {
  const remote = { username: i.remoteUsername, password: i.remotePassword };
  const site = await localSite(client);
  const sourceVc = site.vcId ?? "";
  const [vms, datastores, policies] = await Promise.all([
    sourceVms(client, i.pairingId, sourceVc),
    targetDatastores(client, i.pairingId, i.targetVcId, remote),
    targetPolicies(client, i.pairingId, i.targetVcId, remote),
  ]);
  const failures: CheckFailure[] = [];
  const vm = vms.find((v) => v.id === i.vmId);
  if (!vm) {
    failures.push({
      property: "vmId",
      reason: `vmId: the source vCenter ${sourceVc} of pairing ${i.pairingId} has no VM ${i.vmId}; find it by name with getVms({ pairingId, name })`,
    });
  }
  const keys = (vm?.disks ?? []).map(keyOf);
  i.disks.forEach((d, n) => {
    if (vm && !keys.includes(d.deviceKey)) {
      failures.push({
        property: `disks[${n}].deviceKey`,
        reason: `disks[${n}].deviceKey: VM ${vm.name} has no disk ${d.deviceKey}; its disks are ${keys.join(", ")} (0 = the VM home)`,
      });
    }
  });
  const datastoreIds = datastores.map((d) => d.id);
  const sourceDatastores = (vm?.disks ?? []).map((d) => d.source_path?.datastore_id);
  const checkDs = (property: string, id: string | undefined) => {
    if (!id || datastoreIds.includes(id)) return;
    const onSource = sourceDatastores.includes(id) || id.endsWith(`:${sourceVc}`);
    failures.push({
      property,
      reason: `${property}: ${id} is ${onSource ? `a datastore of the source site (not of the target vCenter ${i.targetVcId})` : `not a datastore of the target vCenter ${i.targetVcId}`}; pick one of ${datastores.map((d) => `${d.name} (${d.id})`).join(", ")} (getDatastores lists them)`,
    });
  };
  checkDs("datastoreId", i.datastoreId);
  i.disks.forEach((d, n) => checkDs(`disks[${n}].datastoreId`, d.datastoreId));
  const policyIds = policies.map((p) => p.storage_policy_id);
  const checkPolicy = (property: string, id: string | undefined) => {
    if (!id || policyIds.includes(id)) return;
    failures.push({
      property,
      reason: `${property}: ${id} is not a storage policy of the target vCenter ${i.targetVcId}; pick one of ${policies.map((p) => `${p.storage_policy_name} (${p.storage_policy_id})`).join(", ")}, or leave it out for the datastore's default`,
    });
  };
  checkPolicy("storagePolicyId", i.storagePolicyId);
  i.disks.forEach((d, n) => checkPolicy(`disks[${n}].storagePolicyId`, d.storagePolicyId));
  return failures;
}
