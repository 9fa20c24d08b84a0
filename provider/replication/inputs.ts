// The inputs of a VrReplication as the provider sees them after Check: the table's
// (fields.ts) typed values, defaults filled, secret wrappers and `__provider` removed.
import type { DiskFormat } from "../../sdk/replication-wire";
import { type EngineProps, unwrapSecrets, withoutProvider } from "../inputs";

/** One disk's own settings; what it leaves out follows the settings for all disks. */
export interface DiskSetting {
  /** The disk's device key (GET .../vms/{vm}/disks); 0 = the VM home. */
  deviceKey: number;
  datastoreId?: string;
  diskFormat?: DiskFormat;
  storagePolicyId?: string;
  /** false: this disk is not replicated. Default true. */
  enabled?: boolean;
}

// A type, not an interface: the provider's property bags need its implicit index signature.
export type ReplicationInputs = {
  // fields:VrReplication:inputs-type (written by `npm run docs:fields` from replication/fields.ts)
  vrmsUrl?: string;
  vrmsUsername?: string;
  vrmsPassword?: string;
  vrmsThumbprint?: string;
  vrmsCaBundle?: string;
  vrmsInsecure?: boolean;
  pairingId: string;
  targetVcId: string;
  remoteUsername: string;
  remotePassword: string;
  vmId: string;
  datastoreId: string;
  diskFormat: DiskFormat;
  storagePolicyId?: string;
  disks: DiskSetting[];
  rpo: number;
  quiesce: boolean;
  networkCompression: boolean;
  encryption: boolean;
  autoReplicateNewDisks: boolean;
  pointInTimeInstances: number;
  pointInTimeDays: number;
  paused: boolean;
  adoptExisting: boolean;
  forceDelete: boolean;
  retainReplicaDisks: boolean;
  timeouts: { create: string; update: string; delete: string };
  resourceName?: string;
  // /fields
};

export function readReplicationInputs(props: EngineProps): ReplicationInputs {
  return withoutProvider(unwrapSecrets(props)) as ReplicationInputs;
}
