// The inputs of a VrReplication as the provider sees them, and their static check, both read
// off the field table (fields.ts): defaults filled, types and ranges checked, every problem
// named with the field and what to do.
import type { DiskFormat } from "../../sdk/replication-wire";
import { isUnknown, unwrapSecrets, withoutProvider, type EngineProps } from "../inputs";
import { type Timeouts, timeoutProblem } from "../timeouts";
import {
  DISK_FORMATS,
  FIELD_NAMES,
  REPLICATION_FIELDS,
  type ReplicationField,
  type ReplicationFieldName,
} from "./fields";

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

export type ReplicationInputs = {
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
  timeouts?: Partial<Timeouts>;
  /** Set by the VrReplication constructor so progress lines can name the resource. */
  resourceName?: string;
};

export interface CheckFailure {
  property: string;
  reason: string;
}

export function readReplicationInputs(props: EngineProps): ReplicationInputs {
  return withoutProvider(unwrapSecrets(props)) as ReplicationInputs;
}

const isBlank = (v: unknown) => v === undefined || v === null || v === "";

function typeProblem(field: ReplicationField, v: unknown): string | undefined {
  switch (field.type) {
    case "string":
      return typeof v === "string" ? undefined : `must be a string, got ${typeof v}`;
    case "number":
      return typeof v === "number" && Number.isFinite(v)
        ? undefined
        : `must be a number, got ${JSON.stringify(v)}`;
    case "boolean":
      return typeof v === "boolean" ? undefined : `must be true or false, got ${JSON.stringify(v)}`;
    case "disk-format":
      return DISK_FORMATS.includes(v as DiskFormat)
        ? undefined
        : `must be one of ${DISK_FORMATS.join(", ")}, got ${JSON.stringify(v)}`;
    case "timeouts":
      return timeoutsProblem(v);
    case "disks":
      return undefined; // disksProblems names each entry
  }
}

function timeoutsProblem(v: unknown): string | undefined {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    return "must be {create?, update?, delete?}";
  for (const [k, d] of Object.entries(v)) {
    if (!["create", "update", "delete"].includes(k))
      return `has an unknown key ${k} (create, update, delete)`;
    const p = isUnknown(d) ? undefined : timeoutProblem(d);
    if (p) return `${k} ${p}`;
  }
  return undefined;
}

function disksProblems(v: unknown): CheckFailure[] {
  if (!Array.isArray(v))
    return [
      {
        property: "disks",
        reason:
          "must be a list of {deviceKey, datastoreId?, diskFormat?, storagePolicyId?, enabled?}",
      },
    ];
  const out: CheckFailure[] = [];
  const seen = new Set<number>();
  v.forEach((d: unknown, i) => {
    const at = `disks[${i}]`;
    if (typeof d !== "object" || d === null) {
      out.push({ property: at, reason: "must be an object {deviceKey, ...}" });
      return;
    }
    const disk = d as Record<string, unknown>;
    const key = disk.deviceKey;
    if (isUnknown(key)) return;
    if (typeof key !== "number" || !Number.isInteger(key) || key < 0) {
      out.push({
        property: `${at}.deviceKey`,
        reason: `must be the disk's device key (a whole number; 0 = the VM home), got ${JSON.stringify(key)}`,
      });
    } else if (seen.has(key)) {
      out.push({ property: `${at}.deviceKey`, reason: `disk ${key} is listed twice` });
    } else seen.add(key);
    const fmt = disk.diskFormat;
    if (!isBlank(fmt) && !isUnknown(fmt) && !DISK_FORMATS.includes(fmt as DiskFormat)) {
      out.push({
        property: `${at}.diskFormat`,
        reason: `must be one of ${DISK_FORMATS.join(", ")}, got ${JSON.stringify(fmt)}`,
      });
    }
    for (const k of ["datastoreId", "storagePolicyId"]) {
      if (!isBlank(disk[k]) && !isUnknown(disk[k]) && typeof disk[k] !== "string") {
        out.push({ property: `${at}.${k}`, reason: "must be a string" });
      }
    }
    if (
      disk.enabled !== undefined &&
      typeof disk.enabled !== "boolean" &&
      !isUnknown(disk.enabled)
    ) {
      out.push({ property: `${at}.enabled`, reason: "must be true or false" });
    }
  });
  return out;
}

/**
 * Fills defaults and names every input that is missing or malformed. A field with a fallback
 * may be left out when its environment variable is set (stack configuration arrives as input).
 */
export function checkStatic(
  news: EngineProps,
  env: NodeJS.ProcessEnv = process.env,
): { inputs: EngineProps; failures: CheckFailure[] } {
  const inputs: EngineProps = { ...news };
  const failures: CheckFailure[] = [];
  for (const name of FIELD_NAMES) {
    const field: ReplicationField = REPLICATION_FIELDS[name];
    const raw = unwrapSecrets(inputs[name]);
    if (isUnknown(raw)) continue;
    if (isBlank(raw)) {
      if (field.defaultValue !== undefined) {
        inputs[name] = field.defaultValue;
        continue;
      }
      const fromEnv = field.fallback && !isBlank(env[field.fallback.env]);
      if (field.required && !fromEnv)
        failures.push({ property: name, reason: missing(name, field) });
      continue;
    }
    const problem = typeProblem(field, raw) ?? field.problem?.(raw);
    if (problem) failures.push({ property: name, reason: `${name} ${problem}` });
    if (field.type === "disks") failures.push(...disksProblems(raw));
  }
  return { inputs, failures };
}

function missing(name: ReplicationFieldName, field: ReplicationField): string {
  const where = field.fallback
    ? `; set it here, with \`pulumi config set vr-pairing:${field.fallback.config}\`, or with ${field.fallback.env}`
    : name === "pairingId" || name === "targetVcId" || name.startsWith("remote")
      ? "; give `pairing` a VrPairing to take it from there"
      : "";
  return `${name} is required: ${field.doc}${where}`;
}
