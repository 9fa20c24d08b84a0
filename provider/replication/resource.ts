import * as pulumi from "@pulumi/pulumi";
import type { DiskFormat, ReplicationStatus } from "../../sdk";
import type { LastTask } from "../outputs";
import type { VrPairing, VrPairingTimeouts } from "../resource";
import { resourceProps } from "../resource-props";
import { PAIRING_FILLS, VR_REPLICATION } from "./fields";
import type { DiskSetting } from "./inputs";
import { serializedReplicationProvider } from "./serialized";
import type { ReplicationHealth, ReplicationOwnership } from "./state";

/**
 * The inputs of a {@link VrReplication}. Given a VrPairing as `pairing`, the VRMS connection,
 * target vCenter and remote credentials are taken from it; each may still be set here.
 */
export interface VrReplicationArgs {
  // fields:VrReplication:args (written by `npm run docs:fields` from replication/fields.ts)
  /**
   * The pairing to replicate over: a VrPairing of this program, whose VRMS connection, remote
   * vCenter and remote credentials fill the inputs left out, or a pairing id (then give targetVcId,
   * remoteUsername, remotePassword and the VRMS connection). Required. Another pairing is a
   * replace.
   */
  pairing: VrPairing | pulumi.Input<string>;
  /**
   * The local VRMS: "https://vrms.example.com", a full API base URL, or "host[:port]". Default: the
   * `pairing`'s `vrmsUrl`, then stack config `vr-pairing:url`, then VRMS_URL. Another spelling of
   * the same URL is no change; another address is an update that first checks the VRMS there holds
   * this replication (else it fails, changing nothing). Not secret.
   */
  vrmsUrl?: pulumi.Input<string>;
  /**
   * The local VRMS login (an SSO user). Default: the `pairing`'s `vrmsUsername`, then stack config
   * `vr-pairing:username`, then VRMS_USERNAME. A change is saved without any VRMS call. Not secret.
   */
  vrmsUsername?: pulumi.Input<string>;
  /**
   * The local VRMS password. Default: the `pairing`'s `vrmsPassword`, then stack config
   * `vr-pairing:password`, then VRMS_PASSWORD. A change is saved without any VRMS call. Always
   * stored as a secret, wrapped or not.
   */
  vrmsPassword?: pulumi.Input<string>;
  /**
   * Pin of the VRMS certificate: SHA-256 or SHA-1, any case, colons or spaces optional, a `sha256:`
   * prefix allowed. Without a pin or CA bundle the system's certificate authorities decide.
   * Default: the `pairing`'s `vrmsThumbprint`, then stack config `vr-pairing:thumbprint`, then
   * VRMS_THUMBPRINT. A change is saved without any VRMS call. Not secret.
   */
  vrmsThumbprint?: pulumi.Input<string>;
  /**
   * PEM text, or the path of a PEM file, of the certificate authorities to trust for the VRMS.
   * Default: the `pairing`'s `vrmsCaBundle`, then stack config `vr-pairing:caBundle`, then
   * VRMS_CA_BUNDLE. A change is saved without any VRMS call. Not secret.
   */
  vrmsCaBundle?: pulumi.Input<string>;
  /**
   * Skip certificate checks and allow http:// (a warning says so). Default: the `pairing`'s
   * `vrmsInsecure`, then stack config `vr-pairing:insecure`, then VRMS_INSECURE, else false. A
   * change is saved without any VRMS call. Not secret.
   */
  vrmsInsecure?: pulumi.Input<boolean>;
  /**
   * The target vCenter's id: the pairing's remote vCenter. Default: the `pairing`'s `remoteVcId`.
   * Changing it replaces the replication (unconfigure first, then configure anew). Not secret.
   */
  targetVcId?: pulumi.Input<string>;
  /**
   * The target site's SSO user, for the remote session the VRMS needs to configure, pause, resume
   * and unconfigure. Default: the `pairing`'s `remotePscUsername`. A change is saved without any
   * VRMS call. Not secret.
   */
  remoteUsername?: pulumi.Input<string>;
  /**
   * The target site's SSO password. Default: the `pairing`'s `remotePscPassword`. A change is saved
   * without any VRMS call. Always stored as a secret, wrapped or not.
   */
  remotePassword?: pulumi.Input<string>;
  /**
   * The VM to replicate, on the source vCenter ("VirtualMachine:vm-80:<vCenter uuid>"; getVms finds
   * it by name). Required. Changing it replaces the replication (unconfigure first, then configure
   * anew). Not secret.
   */
  vmId: pulumi.Input<string>;
  /**
   * The target datastore of every disk (getDatastores lists them); a disk entry may name its own.
   * Required. A change is a reconfigure task. Not secret.
   */
  datastoreId: pulumi.Input<string>;
  /**
   * The replica disks' format (SAME_AS_SOURCE, SAME_AS_PRIMARY, AS_DEFINED_IN_PROFILE, FLAT, THICK,
   * NATIVE_THICK, THIN, RDM); a disk entry may name its own. Default SAME_AS_SOURCE. A change is a
   * reconfigure task. Not secret.
   */
  diskFormat?: pulumi.Input<DiskFormat>;
  /**
   * The target storage policy of every disk (getStoragePolicies lists them); unset: the datastore's
   * default. Default: none. A change is a reconfigure task. Not secret.
   */
  storagePolicyId?: pulumi.Input<string>;
  /**
   * Per-disk settings `{deviceKey, datastoreId?, diskFormat?, storagePolicyId?, enabled?}`
   * (deviceKey 0 = the VM home); disks not listed follow the settings for all disks. Default []. A
   * change is a reconfigure task. Not secret.
   */
  disks?: pulumi.Input<pulumi.Input<DiskSetting>[]>;
  /**
   * The recovery point objective in minutes, 5 to 1440. Default 60. A change is a reconfigure task.
   * Not secret.
   */
  rpo?: pulumi.Input<number>;
  /**
   * Quiesce the guest file system before each image. Default false. A change is a reconfigure task.
   * Not secret.
   */
  quiesce?: pulumi.Input<boolean>;
  /** Compress replication traffic. Default false. A change is a reconfigure task. Not secret. */
  networkCompression?: pulumi.Input<boolean>;
  /**
   * Encrypt replication traffic (LWD encryption). Default false. A change is a reconfigure task.
   * Not secret.
   */
  encryption?: pulumi.Input<boolean>;
  /**
   * Replicate disks added to the VM later. Default false. A change is a reconfigure task. Not
   * secret.
   */
  autoReplicateNewDisks?: pulumi.Input<boolean>;
  /**
   * Point-in-time instances kept per day, 0 (none) to 24; with pointInTimeDays. Default 0. A change
   * is a reconfigure task. Not secret.
   */
  pointInTimeInstances?: pulumi.Input<number>;
  /**
   * Days point-in-time instances are kept, 0 (none) to 24. Default 0. A change is a reconfigure
   * task. Not secret.
   */
  pointInTimeDays?: pulumi.Input<number>;
  /**
   * Whether replication is paused; refresh notices a replication paused behind the program's back
   * and the next `up` resumes it. Default false. A change pauses or resumes it. Not secret.
   */
  paused?: pulumi.Input<boolean>;
  /**
   * What create does when the VM is already replicated, or a configure of it is running that this
   * deployment did not post: `true` adopts that replication (waiting for a running configure
   * first); otherwise create fails, naming the replication or task and this line. It never takes
   * one over on its own. Default false. It only matters at create: a change on an existing
   * replication plans nothing. Not secret.
   */
  adoptExisting?: pulumi.Input<boolean>;
  /**
   * Delete with the vendor's DELETE (this site only) instead of unconfigure: for a target site that
   * is gone. Default false. A change is saved without any VRMS call (it only changes the next
   * delete). Not secret.
   */
  forceDelete?: pulumi.Input<boolean>;
  /**
   * Keep the replica disks on the target datastore when the replication is removed. Default false.
   * A change is saved without any VRMS call (it only changes the next delete). Not secret.
   */
  retainReplicaDisks?: pulumi.Input<boolean>;
  /**
   * How long create, update and delete wait for their VRMS task (Pulumi's `customTimeouts` do not
   * reach a dynamic provider). Default create: "30m", update: "30m", delete: "30m". A change is
   * saved without any VRMS call. Not secret.
   */
  timeouts?: pulumi.Input<VrPairingTimeouts>;
  // /fields
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
  // fields:VrReplication:outputs (written by `npm run docs:fields` from replication/fields.ts)
  /** The local VRMS API base URL actually used (input, stack config or VRMS_URL). Not secret. */
  declare readonly vrmsUrl: pulumi.Output<string>;
  /** The local VRMS login, as given. Not secret. */
  declare readonly vrmsUsername: pulumi.Output<string>;
  /** The local VRMS password, as given. Secret. */
  declare readonly vrmsPassword: pulumi.Output<string>;
  /** The VRMS certificate pin, as given (uppercase, colon-separated). Not secret. */
  declare readonly vrmsThumbprint: pulumi.Output<string | undefined>;
  /** The trusted CA bundle (PEM or path), as given. Not secret. */
  declare readonly vrmsCaBundle: pulumi.Output<string | undefined>;
  /** Whether certificate checks are off, as given. Not secret. */
  declare readonly vrmsInsecure: pulumi.Output<boolean | undefined>;
  /** The pairing it goes over. Not secret. */
  declare readonly pairingId: pulumi.Output<string>;
  /** The target vCenter's id. Not secret. */
  declare readonly targetVcId: pulumi.Output<string>;
  /** The target site's SSO user. Not secret. */
  declare readonly remoteUsername: pulumi.Output<string>;
  /** The target site's SSO password, as given. Secret. */
  declare readonly remotePassword: pulumi.Output<string>;
  /** The replicated VM. Not secret. */
  declare readonly vmId: pulumi.Output<string>;
  /** The target datastore of every disk. Not secret. */
  declare readonly datastoreId: pulumi.Output<string>;
  /** The replica disks' format. Not secret. */
  declare readonly diskFormat: pulumi.Output<DiskFormat>;
  /** The target storage policy of every disk, when one was named. Not secret. */
  declare readonly storagePolicyId: pulumi.Output<string | undefined>;
  /** The per-disk settings. Not secret. */
  declare readonly disks: pulumi.Output<DiskSetting[]>;
  /** The RPO in force. Not secret. */
  declare readonly rpo: pulumi.Output<number>;
  /** Whether the guest is quiesced. Not secret. */
  declare readonly quiesce: pulumi.Output<boolean>;
  /** Whether traffic is compressed. Not secret. */
  declare readonly networkCompression: pulumi.Output<boolean>;
  /** Whether traffic is encrypted. Not secret. */
  declare readonly encryption: pulumi.Output<boolean>;
  /** Whether disks added later are replicated. Not secret. */
  declare readonly autoReplicateNewDisks: pulumi.Output<boolean>;
  /** Point-in-time instances kept per day. Not secret. */
  declare readonly pointInTimeInstances: pulumi.Output<number>;
  /** Days point-in-time instances are kept. Not secret. */
  declare readonly pointInTimeDays: pulumi.Output<number>;
  /** Whether it is declared paused. Not secret. */
  declare readonly paused: pulumi.Output<boolean>;
  /** Whether create adopts an existing replication of the VM, as given. Not secret. */
  declare readonly adoptExisting: pulumi.Output<boolean>;
  /** Whether delete removes it from this site only. Not secret. */
  declare readonly forceDelete: pulumi.Output<boolean>;
  /** Whether delete keeps the replica disks. Not secret. */
  declare readonly retainReplicaDisks: pulumi.Output<boolean>;
  /** The time-outs in force, defaults filled in. Not secret. */
  declare readonly timeouts: pulumi.Output<{ create: string; update: string; delete: string }>;
  /** The VRMS replication id, also the resource id. Not secret. */
  declare readonly replicationId: pulumi.Output<string>;
  /** The VM's name, as the VRMS names the replication. Not secret. */
  declare readonly vmName: pulumi.Output<string | null>;
  /** The source (local) vCenter's id, recorded at create. Not secret. */
  declare readonly sourceVcId: pulumi.Output<string | null>;
  /**
   * The VRMS that holds the replication, recorded at create: destructive steps check it. Not
   * secret.
   */
  declare readonly vrmsId: pulumi.Output<string | null>;
  /**
   * The VRMS status (OK, PAUSED, RPO_VIOLATION, ERROR, NOT_ACTIVE, ...) at the last read. Not
   * secret.
   */
  declare readonly status: pulumi.Output<ReplicationStatus | null>;
  /**
   * `ok`, `paused`, `rpo-violated`, `error`, `not-active` or `unknown`; anything not declared is
   * repaired by the next `up` (resume, or sync). Not secret.
   */
  declare readonly health: pulumi.Output<ReplicationHealth>;
  /** Minutes the last image is past the RPO (0 within it). Not secret. */
  declare readonly rpoViolationMinutes: pulumi.Output<number>;
  /** ISO 8601 time of the last image. Not secret. */
  declare readonly lastSyncTime: pulumi.Output<string | null>;
  /** Why it is not ok, in the VRMS's words; [] when healthy. Not secret. */
  declare readonly problems: pulumi.Output<string[]>;
  /** The last VRMS task this resource ran or waited for. Not secret. */
  declare readonly lastTask: pulumi.Output<LastTask | null>;
  /**
   * `created`, or `adopted` (adoptExisting); `recovered` only in state of versions that took over a
   * killed run's configure unasked. Not secret.
   */
  declare readonly ownership: pulumi.Output<ReplicationOwnership | null>;
  // /fields

  constructor(name: string, args: VrReplicationArgs, opts?: pulumi.CustomResourceOptions) {
    const { pairing, ...rest } = args;
    const p = isPairing(pairing) ? pairing : undefined;
    const given: Record<string, unknown> = { ...rest, pairingId: p ? p.pairingId : pairing };
    for (const input of Object.keys(PAIRING_FILLS) as (keyof typeof PAIRING_FILLS)[]) {
      given[input] ??= p?.[PAIRING_FILLS[input]];
    }
    const { props, opts: options } = resourceProps(VR_REPLICATION, name, given, opts);
    super(serializedReplicationProvider, name, props, options, "vrreplication", "VrReplication");
  }
}

/** The resource type token. */
export const VR_REPLICATION_TYPE = "pulumi-nodejs:dynamic/vrreplication:VrReplication";
