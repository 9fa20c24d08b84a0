import * as pulumi from "@pulumi/pulumi";
import type { DiskFormat, ReplicationStatus } from "../../sdk";
import { CONFIG_NAMESPACE } from "../connection";
import type { LastTask } from "../outputs";
import type { VrPairing, VrPairingTimeouts } from "../resource";
import { SECRET_FIELDS } from "./fields";
import type { DiskSetting } from "./inputs";
import { serializedReplicationProvider } from "./serialized";
import type { ReplicationHealth, ReplicationOwnership } from "./state";

/**
 * The inputs of a {@link VrReplication}. Each field's doc and what a change of it does come
 * from the field table (provider/replication/fields.ts).
 */
export interface VrReplicationArgs {
  /**
   * The pairing to replicate over: a VrPairing of this program (its VRMS connection, remote
   * vCenter and remote credentials are used), or a pairing id (then give `targetVcId`,
   * `remoteUsername`, `remotePassword` and the VRMS connection). Another pairing is a replace.
   */
  pairing: VrPairing | pulumi.Input<string>;
  /** The target vCenter's id. Default: the VrPairing's `remoteVcId`. A change is a replace. */
  targetVcId?: pulumi.Input<string>;
  /** The target site's SSO user (for the remote session). Default: the VrPairing's. Saved without a call. */
  remoteUsername?: pulumi.Input<string>;
  /** The target site's SSO password. Default: the VrPairing's. Always a secret. Saved without a call. */
  remotePassword?: pulumi.Input<string>;
  /** The local VRMS URL. Default: the VrPairing's, then `vr-pairing:url`, then VRMS_URL. */
  vrmsUrl?: pulumi.Input<string>;
  /** The local VRMS login. Default: the VrPairing's, then `vr-pairing:username`, then VRMS_USERNAME. */
  vrmsUsername?: pulumi.Input<string>;
  /** The local VRMS password. Default: the VrPairing's, then `vr-pairing:password`, then VRMS_PASSWORD. Secret. */
  vrmsPassword?: pulumi.Input<string>;
  /** Pin of the VRMS certificate. Default: the VrPairing's, then `vr-pairing:thumbprint`, then VRMS_THUMBPRINT. */
  vrmsThumbprint?: pulumi.Input<string>;
  /** CA bundle for the VRMS. Default: the VrPairing's, then `vr-pairing:caBundle`, then VRMS_CA_BUNDLE. */
  vrmsCaBundle?: pulumi.Input<string>;
  /** Skip certificate checks (a simulator). Default: the VrPairing's, then `vr-pairing:insecure`. */
  vrmsInsecure?: pulumi.Input<boolean>;
  /** The VM to replicate (its id; getVms finds it by name). Required. Another VM is a replace. */
  vmId: pulumi.Input<string>;
  /** The target datastore of every disk (getDatastores). Required. A change is a reconfigure. */
  datastoreId: pulumi.Input<string>;
  /** The replica disks' format. Default SAME_AS_SOURCE. A change is a reconfigure. */
  diskFormat?: pulumi.Input<DiskFormat>;
  /** The target storage policy of every disk (getStoragePolicies). Default: the datastore's. Reconfigure. */
  storagePolicyId?: pulumi.Input<string>;
  /** Per-disk settings by device key (0 = VM home); others follow the settings above. Reconfigure. */
  disks?: pulumi.Input<pulumi.Input<DiskSetting>[]>;
  /** The RPO in minutes, 5 to 1440. Default 60. A change is a reconfigure. */
  rpo?: pulumi.Input<number>;
  /** Quiesce the guest before each image. Default false. Reconfigure. */
  quiesce?: pulumi.Input<boolean>;
  /** Compress replication traffic. Default false. Reconfigure. */
  networkCompression?: pulumi.Input<boolean>;
  /** Encrypt replication traffic. Default false. Reconfigure. */
  encryption?: pulumi.Input<boolean>;
  /** Replicate disks added later. Default false. Reconfigure. */
  autoReplicateNewDisks?: pulumi.Input<boolean>;
  /** Point-in-time instances per day (0 = none). Default 0. Reconfigure. */
  pointInTimeInstances?: pulumi.Input<number>;
  /** Days point-in-time instances are kept. Default 0. Reconfigure. */
  pointInTimeDays?: pulumi.Input<number>;
  /** Paused. Default false. A change pauses or resumes; refresh notices a pause made elsewhere and `up` resumes. */
  paused?: pulumi.Input<boolean>;
  /** Adopt an existing replication of the VM at create. Default false: fail, naming it. */
  adoptExisting?: pulumi.Input<boolean>;
  /** Delete with the vendor's DELETE (this site only), for a target site that is gone. Default false. */
  forceDelete?: pulumi.Input<boolean>;
  /** Keep the replica disks when the replication is removed. Default false. */
  retainReplicaDisks?: pulumi.Input<boolean>;
  /** How long create, update and delete wait for their tasks. Default "30m" each. */
  timeouts?: pulumi.Input<VrPairingTimeouts>;
}

function isPairing(p: VrReplicationArgs["pairing"]): p is VrPairing {
  return typeof p === "object" && p !== null && "remoteVcId" in p && "pairingId" in p;
}

/**
 * The vSphere Replication of one VM from the local site to the pairing's remote vCenter.
 * Create configures it (waiting for the task), an update reconfigures, pauses or resumes it,
 * refresh reads its health (paused, error, RPO violated) and the next `up` repairs it (resume,
 * or sync); delete unconfigures it.
 *
 * @example
 * ```ts
 * const web = new VrReplication("web-01", {
 *   pairing,                       // a VrPairing
 *   vmId: vm.id,                   // from getVms
 *   datastoreId: ds.id,            // from getDatastores
 *   rpo: 15,
 * });
 * export const health = web.health; // ok | paused | rpo-violated | error | not-active
 * ```
 */
export class VrReplication extends pulumi.dynamic.Resource {
  /** The VRMS replication id, also the resource id. */
  declare readonly replicationId: pulumi.Output<string>;
  /** The pairing it goes over. */
  declare readonly pairingId: pulumi.Output<string>;
  /** The replicated VM. */
  declare readonly vmId: pulumi.Output<string>;
  /** The VM's name, as the VRMS names the replication. */
  declare readonly vmName: pulumi.Output<string | null>;
  /** The VRMS status (OK, PAUSED, RPO_VIOLATION, ERROR, NOT_ACTIVE, ...) at the last read. */
  declare readonly status: pulumi.Output<ReplicationStatus | null>;
  /** ok, paused, rpo-violated, error, not-active or unknown; anything undeclared is repaired by the next `up`. */
  declare readonly health: pulumi.Output<ReplicationHealth>;
  /** Minutes the last image is past the RPO (0 within it). */
  declare readonly rpoViolationMinutes: pulumi.Output<number>;
  /** ISO 8601 time of the last image. */
  declare readonly lastSyncTime: pulumi.Output<string | null>;
  /** Why it is not ok, in the VRMS's words. */
  declare readonly problems: pulumi.Output<string[]>;
  /** The RPO in force. */
  declare readonly rpo: pulumi.Output<number>;
  /** Whether it is declared paused. */
  declare readonly paused: pulumi.Output<boolean>;
  /** The last VRMS task this resource ran or waited for. */
  declare readonly lastTask: pulumi.Output<LastTask | null>;
  /** created, or adopted (adoptExisting); `recovered` only in state of versions that took over a killed run's configure unasked. */
  declare readonly ownership: pulumi.Output<ReplicationOwnership | null>;
  /** The remote password, as given. Secret. */
  declare readonly remotePassword: pulumi.Output<string>;
  /** The local VRMS password, as given. Secret. */
  declare readonly vrmsPassword: pulumi.Output<string | undefined>;

  constructor(name: string, args: VrReplicationArgs, opts?: pulumi.CustomResourceOptions) {
    const config = new pulumi.Config(CONFIG_NAMESPACE);
    const p = isPairing(args.pairing) ? args.pairing : undefined;
    const vrmsPassword = args.vrmsPassword ?? p?.vrmsPassword ?? config.getSecret("password");
    const remotePassword = args.remotePassword ?? p?.remotePscPassword;
    const props = {
      ...args,
      pairing: undefined,
      pairingId: p ? p.pairingId : args.pairing,
      targetVcId: args.targetVcId ?? p?.remoteVcId,
      remoteUsername: args.remoteUsername ?? p?.remotePscUsername,
      remotePassword: remotePassword === undefined ? undefined : pulumi.secret(remotePassword),
      vrmsUrl: args.vrmsUrl ?? p?.vrmsUrl ?? config.get("url"),
      vrmsUsername: args.vrmsUsername ?? p?.vrmsUsername ?? config.get("username"),
      vrmsPassword: vrmsPassword === undefined ? undefined : pulumi.secret(vrmsPassword),
      vrmsThumbprint: args.vrmsThumbprint ?? p?.vrmsThumbprint ?? config.get("thumbprint"),
      vrmsCaBundle: args.vrmsCaBundle ?? p?.vrmsCaBundle ?? config.get("caBundle"),
      vrmsInsecure: args.vrmsInsecure ?? p?.vrmsInsecure ?? config.getBoolean("insecure"),
      resourceName: name,
      replicationId: undefined,
      vmName: undefined,
      sourceVcId: undefined,
      vrmsId: undefined,
      status: undefined,
      health: undefined,
      rpoViolationMinutes: undefined,
      lastSyncTime: undefined,
      problems: undefined,
      lastTask: undefined,
      ownership: undefined,
    };
    const secrets = [...new Set([...(opts?.additionalSecretOutputs ?? []), ...SECRET_FIELDS])];
    super(
      serializedReplicationProvider,
      name,
      props,
      { ...opts, additionalSecretOutputs: secrets },
      "vrreplication",
      "VrReplication",
    );
  }
}

/** The resource type token. */
export const VR_REPLICATION_TYPE = "pulumi-nodejs:dynamic/vrreplication:VrReplication";
