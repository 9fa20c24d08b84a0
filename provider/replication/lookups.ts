// The replication data sources: the inventory a replication is declared against (VMs,
// datastores, storage policies) and the replications a pairing carries. Plain async
// functions, like getPairings: wrap them in `pulumi.output(...)` in a program.
import type {
  Datastore,
  ReplicationInfo,
  StoragePolicy,
  VirtualMachine,
  VrmsClient,
} from "../../sdk";
import type { RemoteCredentials } from "../../sdk/remote-session";
import type { VrmsConnectionArgs } from "../resource";
import { withLookupClient } from "../clients";
import { connectionOf } from "../lookups";
import { VrReplicationError } from "./errors";
import { healthOf, type ReplicationHealth } from "./state";

export interface PairingScopeArgs extends VrmsConnectionArgs {
  pairingId: string;
}

export interface RemoteScopeArgs extends PairingScopeArgs {
  /** The vCenter to read: this site's, or the pairing's remote one (then give remoteUsername/remotePassword). */
  vcenterId: string;
  remoteUsername?: string;
  remotePassword?: string;
}

export interface GetVmsArgs extends RemoteScopeArgs {
  /** Only the VM with this name (exact). */
  name?: string;
  /** Only VMs that can be configured (not templates, not replicated yet). */
  suitableForReplication?: boolean;
}

/** A short-lived lookup client for these settings, closed when `read` is done. */
function withClient<T>(args: VrmsConnectionArgs, read: (client: VrmsClient) => Promise<T>) {
  return withLookupClient(connectionOf(args), read);
}

function remoteOf(args: RemoteScopeArgs): { remote?: RemoteCredentials } {
  return args.remoteUsername && args.remotePassword
    ? { remote: { username: args.remoteUsername, password: args.remotePassword } }
    : {};
}

/** The VMs of a vCenter of the pairing, with their disks; `name` finds one by name. */
export async function getVms(args: GetVmsArgs): Promise<VirtualMachine[]> {
  const vms = await withClient(args, (client) =>
    client.replications.listVms(args.pairingId, args.vcenterId, {
      suitableForReplication: args.suitableForReplication,
      query: args.name
        ? { filter_property: "name", filter: [args.name], limit: 1000 }
        : { limit: 1000 },
      ...remoteOf(args),
    }),
  );
  if (args.name && vms.length === 0) {
    throw new VrReplicationError(
      `No VM named ${args.name} on vCenter ${args.vcenterId} of pairing ${args.pairingId}`,
    );
  }
  return vms;
}

/** Datastores a replica can go to on the vCenter (capacity and free space in bytes). */
export async function getDatastores(args: RemoteScopeArgs): Promise<Datastore[]> {
  return withClient(args, (client) =>
    client.replications.listDatastores(args.pairingId, args.vcenterId, remoteOf(args)),
  );
}

/** The vCenter's storage policies. */
export async function getStoragePolicies(args: RemoteScopeArgs): Promise<StoragePolicy[]> {
  return withClient(args, (client) =>
    client.replications.listStoragePolicies(args.pairingId, args.vcenterId, remoteOf(args)),
  );
}

export interface ReplicationSummary {
  id: string;
  vmId: string | null;
  name: string | null;
  rpo: number | null;
  status: string | null;
  health: ReplicationHealth;
}

/** The replications the pairing carries, with their health. */
export async function getReplications(
  args: PairingScopeArgs & { remoteUsername?: string; remotePassword?: string },
): Promise<ReplicationSummary[]> {
  const remote =
    args.remoteUsername && args.remotePassword
      ? { remote: { username: args.remoteUsername, password: args.remotePassword } }
      : {};
  const list = await withClient(args, (client) => client.replications.list(args.pairingId, remote));
  return list.map((r: ReplicationInfo) => ({
    id: String(r.id),
    vmId: r.vm_id ?? null,
    name: r.name ?? null,
    rpo: r.rpo ?? null,
    status: r.status?.status ?? null,
    health: healthOf(r),
  }));
}
