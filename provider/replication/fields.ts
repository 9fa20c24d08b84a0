// The VrReplication table: every input, once, with what it is (doc), its type, whether it is
// secret, where it falls back to, its default, how it is checked, and what a change means.
// Check (check.ts), Diff (diff.ts), the secret outputs (resource.ts) and the docs read it.
// Self-contained in the spirit of the field tables of the `fields` branch (provider/fields),
// which was not committed when this was written: port it onto that mechanism once it lands.
import { type DiskFormat, RPO_MAX_MINUTES, RPO_MIN_MINUTES } from "../../sdk/replication-wire";

/**
 * What a change of an input means:
 *   replace      another replication: unconfigure the old one first, configure anew
 *   reconfigure  the replication's settings: a reconfigure task
 *   pause        pause or resume task
 *   record       saved in state without a VRMS call (credentials, delete options, time-outs)
 *   none         matters only at create
 */
export type ReplicationChange = "replace" | "reconfigure" | "pause" | "record" | "none";

export type FieldType = "string" | "number" | "boolean" | "disk-format" | "disks" | "timeouts";

export interface ReplicationField {
  readonly doc: string;
  readonly type: FieldType;
  readonly required?: boolean;
  readonly secret?: boolean;
  readonly change: ReplicationChange;
  /** Filled in by Check when the input leaves it out. */
  readonly defaultValue?: unknown;
  /** `vr-pairing:<key>` stack configuration, then this environment variable. */
  readonly fallback?: { config: string; env: string };
  /** Why a known value is wrong, beyond its type; undefined when it is fine. */
  readonly problem?: (value: unknown) => string | undefined;
}

export const DISK_FORMATS: readonly DiskFormat[] = [
  "SAME_AS_SOURCE",
  "SAME_AS_PRIMARY",
  "AS_DEFINED_IN_PROFILE",
  "FLAT",
  "THICK",
  "NATIVE_THICK",
  "THIN",
  "RDM",
];

const wholeInRange = (min: number, max: number) => (v: unknown) =>
  typeof v === "number" && Number.isInteger(v) && v >= min && v <= max
    ? undefined
    : `must be a whole number from ${min} to ${max}, got ${JSON.stringify(v)}`;

export const REPLICATION_FIELDS = {
  vrmsUrl: {
    doc: "The local VRMS (the source site): URL or host[:port]. Taken from a VrPairing given as `pairing`.",
    type: "string",
    required: true,
    change: "replace",
    fallback: { config: "url", env: "VRMS_URL" },
  },
  vrmsUsername: {
    doc: "The local VRMS login (an SSO user).",
    type: "string",
    required: true,
    change: "record",
    fallback: { config: "username", env: "VRMS_USERNAME" },
  },
  vrmsPassword: {
    doc: "The local VRMS password.",
    type: "string",
    required: true,
    secret: true,
    change: "record",
    fallback: { config: "password", env: "VRMS_PASSWORD" },
  },
  vrmsThumbprint: {
    doc: "Pin of the VRMS certificate (SHA-256 or SHA-1).",
    type: "string",
    change: "record",
    fallback: { config: "thumbprint", env: "VRMS_THUMBPRINT" },
  },
  vrmsCaBundle: {
    doc: "PEM text or path of the certificate authorities to trust for the VRMS.",
    type: "string",
    change: "record",
    fallback: { config: "caBundle", env: "VRMS_CA_BUNDLE" },
  },
  vrmsInsecure: {
    doc: "Skip certificate checks and allow http:// (a simulator).",
    type: "boolean",
    change: "record",
    fallback: { config: "insecure", env: "VRMS_INSECURE" },
  },
  pairingId: {
    doc: "The pairing the replication goes over (its id, or a VrPairing given as `pairing`). Another pairing is another target site: a replace.",
    type: "string",
    required: true,
    change: "replace",
  },
  targetVcId: {
    doc: "The target vCenter's id: the pairing's remote vCenter (taken from a VrPairing). A change is a replace.",
    type: "string",
    required: true,
    change: "replace",
  },
  remoteUsername: {
    doc: "The target site's SSO user, for the remote session the VRMS needs to configure, pause, resume and unconfigure (taken from a VrPairing).",
    type: "string",
    required: true,
    change: "record",
  },
  remotePassword: {
    doc: "The target site's SSO password (taken from a VrPairing). Always a secret.",
    type: "string",
    required: true,
    secret: true,
    change: "record",
  },
  vmId: {
    doc: 'The VM to replicate, on the source vCenter ("VirtualMachine:vm-80:<vCenter uuid>"; getVms finds it by name). Another VM is a replace.',
    type: "string",
    required: true,
    change: "replace",
  },
  datastoreId: {
    doc: "The target datastore of every disk (getDatastores lists them); a disk entry may name its own.",
    type: "string",
    required: true,
    change: "reconfigure",
  },
  diskFormat: {
    doc: "The replica disks' format (THIN, THICK, SAME_AS_SOURCE, ...); a disk entry may name its own.",
    type: "disk-format",
    change: "reconfigure",
    defaultValue: "SAME_AS_SOURCE",
  },
  storagePolicyId: {
    doc: "The target storage policy of every disk (getStoragePolicies lists them); unset: the datastore's default.",
    type: "string",
    change: "reconfigure",
  },
  disks: {
    doc: "Per-disk settings `{deviceKey, datastoreId?, diskFormat?, storagePolicyId?, enabled?}` (deviceKey 0 = the VM home); disks not listed follow the settings for all disks.",
    type: "disks",
    change: "reconfigure",
    defaultValue: [],
  },
  rpo: {
    doc: `The recovery point objective in minutes, ${RPO_MIN_MINUTES} to ${RPO_MAX_MINUTES}.`,
    type: "number",
    change: "reconfigure",
    defaultValue: 60,
    problem: wholeInRange(RPO_MIN_MINUTES, RPO_MAX_MINUTES),
  },
  quiesce: {
    doc: "Quiesce the guest file system before each image.",
    type: "boolean",
    change: "reconfigure",
    defaultValue: false,
  },
  networkCompression: {
    doc: "Compress replication traffic.",
    type: "boolean",
    change: "reconfigure",
    defaultValue: false,
  },
  encryption: {
    doc: "Encrypt replication traffic (LWD encryption).",
    type: "boolean",
    change: "reconfigure",
    defaultValue: false,
  },
  autoReplicateNewDisks: {
    doc: "Replicate disks added to the VM later.",
    type: "boolean",
    change: "reconfigure",
    defaultValue: false,
  },
  pointInTimeInstances: {
    doc: "Point-in-time instances kept per day (0 = none); with pointInTimeDays.",
    type: "number",
    change: "reconfigure",
    defaultValue: 0,
    problem: wholeInRange(0, 24),
  },
  pointInTimeDays: {
    doc: "Days point-in-time instances are kept (0 = none).",
    type: "number",
    change: "reconfigure",
    defaultValue: 0,
    problem: wholeInRange(0, 24),
  },
  paused: {
    doc: "Whether replication is paused. A change pauses or resumes it; refresh notices a replication paused behind the program's back and the next `up` resumes it.",
    type: "boolean",
    change: "pause",
    defaultValue: false,
  },
  adoptExisting: {
    doc: "What create does when the VM is already replicated, or a configure of it is running that this deployment did not post: `true` adopts that replication (waiting for a running configure first); otherwise create fails, naming the replication or task and this line. It never takes one over on its own.",
    type: "boolean",
    change: "none",
    defaultValue: false,
  },
  forceDelete: {
    doc: "Delete with the vendor's DELETE (this site only) instead of unconfigure: for a target site that is gone.",
    type: "boolean",
    change: "record",
    defaultValue: false,
  },
  retainReplicaDisks: {
    doc: "Keep the replica disks on the target datastore when the replication is removed.",
    type: "boolean",
    change: "record",
    defaultValue: false,
  },
  timeouts: {
    doc: 'How long create, update and delete wait for their VRMS tasks ("30m" each by default).',
    type: "timeouts",
    change: "record",
  },
} as const satisfies Record<string, ReplicationField>;

export type ReplicationFieldName = keyof typeof REPLICATION_FIELDS;

export const FIELD_NAMES = Object.keys(REPLICATION_FIELDS) as ReplicationFieldName[];

const fieldsWith = (pred: (f: ReplicationField) => boolean) =>
  FIELD_NAMES.filter((n) => pred(REPLICATION_FIELDS[n]));

export const SECRET_FIELDS = fieldsWith((f) => f.secret === true);
export const REPLACE_FIELDS = fieldsWith((f) => f.change === "replace");
export const RECONFIGURE_FIELDS = fieldsWith((f) => f.change === "reconfigure");
