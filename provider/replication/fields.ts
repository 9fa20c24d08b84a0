// The VrReplication table, as pairing-fields.ts is VrPairing's (connection and time-out rows
// shared, shared-fields.ts). Read by Check (provider.ts), Diff (diff.ts), the reconfigure
// (spec.ts), the constructor (resource.ts) and the docs `npm run docs:fields` writes.
import { z } from "zod";
import { DISK_FORMATS, RPO_MAX_MINUTES, RPO_MIN_MINUTES } from "../../sdk/replication-wire";
import type { VrPairing } from "../resource";
import { defineResource, type InputField, type InputsOf, type Same } from "../fields/field";
import { flag, orUnknown, shaped, text, whole } from "../fields/kinds";
import { TIMEOUTS_INPUT, VRMS_CONNECTION_INPUTS } from "../shared-fields";
import type { DiskSetting, ReplicationInputs } from "./inputs";

/** What a change of a VrReplication input means; diff.ts and the update give it behaviour. */
export type ReplicationChange =
  "replace" | "reconfigure" | "pause" | "readdress" | "record" | "none";

/** Ids compare as the VRMS compares them (sdk/pairing sameId): without regard to case. */
const anyCase = (id: string) => id.toLowerCase();

const diskFormat = z.enum(DISK_FORMATS, {
  error: (iss) => `must be one of ${DISK_FORMATS.join(", ")}, got ${JSON.stringify(iss.input)}`,
});
const keyProblem = (iss: { input?: unknown }) =>
  `must be the disk's device key (a whole number; 0 = the VM home), got ${JSON.stringify(iss.input)}`;
const diskSetting = z.strictObject(
  {
    deviceKey: orUnknown(
      z.number({ error: keyProblem }).int({ error: keyProblem }).min(0, { error: keyProblem }),
    ),
    datastoreId: orUnknown(z.string({ error: "must be a string" })).optional(),
    diskFormat: orUnknown(diskFormat).optional(),
    storagePolicyId: orUnknown(z.string({ error: "must be a string" })).optional(),
    enabled: orUnknown(z.boolean({ error: "must be true or false" })).optional(),
  },
  {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? "is not a disk setting (deviceKey, datastoreId, diskFormat, storagePolicyId, enabled)"
        : "must be an object {deviceKey, ...}",
  },
);
const DISK_LIST = "a list of {deviceKey, datastoreId?, diskFormat?, storagePolicyId?, enabled?}";
const disks = z
  .array(diskSetting, { error: `must be ${DISK_LIST}` })
  .superRefine((list, ctx) => {
    const keys = list.map((d) => d.deviceKey);
    keys.forEach((key, i) => {
      if (keys.indexOf(key) < i)
        ctx.addIssue({ code: "custom", path: [i, "deviceKey"], message: `repeats disk ${key}` });
    });
  })
  // Known or not, each entry is a DiskSetting once the preview's markers are resolved.
  .transform((list) => list as DiskSetting[]);

/** The VrPairing outputs that fill a VrReplication's inputs left out (the `pairing` argument). */
export const PAIRING_FILLS = {
  targetVcId: "remoteVcId",
  remoteUsername: "remotePscUsername",
  remotePassword: "remotePscPassword",
  vrmsUrl: "vrmsUrl",
  vrmsUsername: "vrmsUsername",
  vrmsPassword: "vrmsPassword",
  vrmsThumbprint: "vrmsThumbprint",
  vrmsCaBundle: "vrmsCaBundle",
  vrmsInsecure: "vrmsInsecure",
} as const satisfies Partial<Record<keyof ReplicationInputs, keyof VrPairing>>;

export const VR_REPLICATION = defineResource({
  resource: "VrReplication",
  changes: {
    replace: {
      label: "replace",
      doc: "Changing it replaces the replication (unconfigure first, then configure anew).",
    },
    reconfigure: { label: "update (reconfigure)", doc: "A change is a reconfigure task." },
    pause: { label: "update (pause or resume)", doc: "A change pauses or resumes it." },
    readdress: {
      label: "update, checks the VRMS there",
      doc: "Another spelling of the same URL is no change; another address is an update that first checks the VRMS there holds this replication (else it fails, changing nothing).",
    },
    record: { label: "update, no VRMS call", doc: "A change is saved without any VRMS call." },
    none: {
      label: "nothing (create only)",
      doc: "It only matters at create: a change on an existing replication plans nothing.",
    },
  },
  source: {
    name: "pairing",
    doc: "The pairing to replicate over: a VrPairing of this program, whose VRMS connection, remote vCenter and remote credentials fill the inputs left out, or a pairing id (then give targetVcId, remoteUsername, remotePassword and the VRMS connection). Required. Another pairing is a replace.",
    type: "VrPairing | pulumi.Input<string>",
    standsFor: "pairingId",
    fills: PAIRING_FILLS,
  },
  inputs: {
    ...VRMS_CONNECTION_INPUTS,
    pairingId: text({
      doc: "The pairing the replication goes over: another pairing is another target site.",
      required: true,
      comparedAs: anyCase,
      change: "replace",
      output: { doc: "The pairing it goes over." },
    }),
    targetVcId: text({
      doc: "The target vCenter's id: the pairing's remote vCenter.",
      required: true,
      comparedAs: anyCase,
      change: "replace",
      output: { doc: "The target vCenter's id." },
    }),
    remoteUsername: text({
      doc: "The target site's SSO user, for the remote session the VRMS needs to configure, pause, resume and unconfigure.",
      required: true,
      change: "record",
      output: { doc: "The target site's SSO user." },
    }),
    remotePassword: text({
      doc: "The target site's SSO password.",
      required: true,
      secret: true,
      change: "record",
      output: { doc: "The target site's SSO password, as given." },
    }),
    vmId: text({
      doc:
        'The VM to replicate, on the source vCenter ("VirtualMachine:vm-80:<vCenter uuid>"; ' +
        "getVms finds it by name).",
      required: true,
      comparedAs: anyCase,
      change: "replace",
      output: { doc: "The replicated VM." },
    }),
    datastoreId: text({
      doc: "The target datastore of every disk (getDatastores lists them); a disk entry may name its own.",
      required: true,
      change: "reconfigure",
      output: { doc: "The target datastore of every disk." },
    }),
    diskFormat: shaped({
      doc: `The replica disks' format (${DISK_FORMATS.join(", ")}); a disk entry may name its own.`,
      schema: diskFormat,
      type: { input: "DiskFormat", output: "DiskFormat", docs: "DiskFormat" },
      default: "SAME_AS_SOURCE",
      defaultText: "SAME_AS_SOURCE",
      change: "reconfigure",
      output: { doc: "The replica disks' format." },
    }),
    storagePolicyId: text({
      doc: "The target storage policy of every disk (getStoragePolicies lists them); unset: the datastore's default.",
      change: "reconfigure",
      output: { doc: "The target storage policy of every disk, when one was named." },
    }),
    disks: shaped({
      doc: "Per-disk settings `{deviceKey, datastoreId?, diskFormat?, storagePolicyId?, enabled?}` (deviceKey 0 = the VM home); disks not listed follow the settings for all disks.",
      schema: disks,
      type: {
        input: "pulumi.Input<DiskSetting>[]",
        output: "DiskSetting[]",
        docs: "DiskSetting[]",
      },
      default: [],
      defaultText: "[]",
      change: "reconfigure",
      output: { doc: "The per-disk settings." },
    }),
    rpo: whole({
      doc: `The recovery point objective in minutes, ${RPO_MIN_MINUTES} to ${RPO_MAX_MINUTES}.`,
      min: RPO_MIN_MINUTES,
      max: RPO_MAX_MINUTES,
      default: 60,
      change: "reconfigure",
      output: { doc: "The RPO in force." },
    }),
    quiesce: flag({
      doc: "Quiesce the guest file system before each image.",
      default: false,
      change: "reconfigure",
      output: { doc: "Whether the guest is quiesced." },
    }),
    networkCompression: flag({
      doc: "Compress replication traffic.",
      default: false,
      change: "reconfigure",
      output: { doc: "Whether traffic is compressed." },
    }),
    encryption: flag({
      doc: "Encrypt replication traffic (LWD encryption).",
      default: false,
      change: "reconfigure",
      output: { doc: "Whether traffic is encrypted." },
    }),
    autoReplicateNewDisks: flag({
      doc: "Replicate disks added to the VM later.",
      default: false,
      change: "reconfigure",
      output: { doc: "Whether disks added later are replicated." },
    }),
    pointInTimeInstances: whole({
      doc: "Point-in-time instances kept per day, 0 (none) to 24; with pointInTimeDays.",
      min: 0,
      max: 24,
      default: 0,
      change: "reconfigure",
      output: { doc: "Point-in-time instances kept per day." },
    }),
    pointInTimeDays: whole({
      doc: "Days point-in-time instances are kept, 0 (none) to 24.",
      min: 0,
      max: 24,
      default: 0,
      change: "reconfigure",
      output: { doc: "Days point-in-time instances are kept." },
    }),
    paused: flag({
      doc: "Whether replication is paused; refresh notices a replication paused behind the program's back and the next `up` resumes it.",
      default: false,
      change: "pause",
      output: { doc: "Whether it is declared paused." },
    }),
    adoptExisting: flag({
      doc: "What create does when the VM is already replicated, or a configure of it is running that this deployment did not post: `true` adopts that replication (waiting for a running configure first); otherwise create fails, naming the replication or task and this line. It never takes one over on its own.",
      default: false,
      change: "none",
      output: { doc: "Whether create adopts an existing replication of the VM, as given." },
    }),
    forceDelete: flag({
      doc: "Delete with the vendor's DELETE (this site only) instead of unconfigure: for a target site that is gone.",
      default: false,
      change: "record",
      changeDoc: "A change is saved without any VRMS call (it only changes the next delete).",
      output: { doc: "Whether delete removes it from this site only." },
    }),
    retainReplicaDisks: flag({
      doc: "Keep the replica disks on the target datastore when the replication is removed.",
      default: false,
      change: "record",
      changeDoc: "A change is saved without any VRMS call (it only changes the next delete).",
      output: { doc: "Whether delete keeps the replica disks." },
    }),
    timeouts: TIMEOUTS_INPUT,
    resourceName: text({
      doc: "The resource's name, set by the VrReplication constructor so progress lines can name it.",
      change: "none",
      output: "internal",
    }),
  },
  outputs: {
    replicationId: { doc: "The VRMS replication id, also the resource id.", type: "string" },
    vmName: { doc: "The VM's name, as the VRMS names the replication.", type: "string | null" },
    sourceVcId: {
      doc: "The source (local) vCenter's id, recorded at create.",
      type: "string | null",
    },
    vrmsId: {
      doc: "The VRMS that holds the replication, recorded at create: destructive steps check it.",
      type: "string | null",
    },
    status: {
      doc: "The VRMS status (OK, PAUSED, RPO_VIOLATION, ERROR, NOT_ACTIVE, ...) at the last read.",
      type: "ReplicationStatus | null",
    },
    health: {
      doc: "`ok`, `paused`, `rpo-violated`, `error`, `not-active` or `unknown`; anything not declared is repaired by the next `up` (resume, or sync).",
      type: "ReplicationHealth",
    },
    rpoViolationMinutes: {
      doc: "Minutes the last image is past the RPO (0 within it).",
      type: "number",
    },
    lastSyncTime: { doc: "ISO 8601 time of the last image.", type: "string | null" },
    problems: { doc: "Why it is not ok, in the VRMS's words; [] when healthy.", type: "string[]" },
    lastTask: {
      doc: "The last VRMS task this resource ran or waited for.",
      type: "LastTask | null",
    },
    ownership: {
      doc: "`created`, or `adopted` (adoptExisting); `recovered` only in state of versions that took over a killed run's configure unasked.",
      type: "ReplicationOwnership | null",
    },
  },
});

/**
 * The plain ReplicationInputs (generated into inputs.ts) is exactly what the schemas infer; a
 * stale one fails to compile here: run `npm run docs:fields`.
 */
export const REPLICATION_INPUTS_TYPE_IS_CURRENT: Same<
  ReplicationInputs,
  InputsOf<typeof VR_REPLICATION.inputs>
> = true;

/** Every input field of the table, typed loosely, for the generic readers. */
export const REPLICATION_INPUT_FIELDS: Record<
  keyof ReplicationInputs,
  InputField<ReplicationChange>
> = VR_REPLICATION.inputs;
