// Validation of the ConfigureReplicationSpec list and the ReconfigureReplicationSpec bodies:
// anything the vendor's schema rules out (a missing required field, a wrong type, an RPO
// outside 5..1440, an unknown disk format) is a synchronous 400 naming the field. Whether the
// VM, disks and datastores exist is decided when the task finishes (replication-work.ts).
import {
  type ConfigureReplicationSpec,
  type ConfigureReplicationVmDisk,
  DISK_FORMATS,
  type DiskFormat,
  type ReconfigureReplicationSpec,
  RPO_MAX_MINUTES,
  RPO_MIN_MINUTES,
  type VmDisk,
} from "../sdk/replication-wire";
import { BadRequest } from "./api-errors";

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function invalid(message: string): BadRequest {
  return new BadRequest("INVALID_REQUEST_BODY", message);
}

function requireBool(o: Obj, key: string, where: string): boolean {
  const v = o[key];
  if (typeof v !== "boolean")
    throw invalid(`Field '${where}${key}' is required and must be a boolean`);
  return v;
}

function optionalBool(o: Obj, key: string, where: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw invalid(`Field '${where}${key}' must be a boolean`);
  return v;
}

function requireString(o: Obj, key: string, where: string): string {
  const v = o[key];
  if (typeof v !== "string" || v.trim() === "") {
    throw invalid(`Field '${where}${key}' is required and must be a non-empty string`);
  }
  return v;
}

function optionalString(o: Obj, key: string, where: string): string | null | undefined {
  const v = o[key];
  if (v === undefined || v === null) return v;
  if (typeof v !== "string") throw invalid(`Field '${where}${key}' must be a string or null`);
  return v;
}

function optionalInt(o: Obj, key: string, where: string, min: number): number | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) {
    throw invalid(`Field '${where}${key}' must be an integer >= ${min}`);
  }
  return v;
}

function parseRpo(o: Obj, where: string): number {
  const v = o.rpo;
  if (typeof v !== "number" || !Number.isInteger(v)) {
    throw invalid(`Field '${where}rpo' is required and must be an integer (minutes)`);
  }
  if (v < RPO_MIN_MINUTES || v > RPO_MAX_MINUTES) {
    throw invalid(
      `Field '${where}rpo' must be between ${RPO_MIN_MINUTES} and ${RPO_MAX_MINUTES} minutes, got ${v}`,
    );
  }
  return v;
}

function parseVmDisk(o: unknown, where: string): VmDisk {
  if (!isObject(o)) throw invalid(`Field '${where}' is required and must be an object (VmDisk)`);
  const vmId = requireString(o, "vm_id", `${where}.`);
  const deviceKey = optionalInt(o, "device_key", `${where}.`, 0);
  const isVmHome = optionalBool(o, "is_vm_home", `${where}.`);
  return {
    vm_id: vmId,
    ...(deviceKey !== undefined ? { device_key: deviceKey } : {}),
    ...(isVmHome !== undefined ? { is_vm_home: isVmHome } : {}),
  };
}

function parseDisk(o: unknown, where: string): ConfigureReplicationVmDisk {
  if (!isObject(o))
    throw invalid(`Field '${where}' must be an object (ConfigureReplicationVmDisk)`);
  const format = o.destination_disk_format;
  if (typeof format !== "string" || !DISK_FORMATS.includes(format as DiskFormat)) {
    throw invalid(
      `Field '${where}.destination_disk_format' is required and must be one of ${DISK_FORMATS.join(", ")}`,
    );
  }
  return {
    vm_disk: parseVmDisk(o.vm_disk, `${where}.vm_disk`),
    enabled_for_replication: requireBool(o, "enabled_for_replication", `${where}.`),
    use_seeds: optionalBool(o, "use_seeds", `${where}.`) ?? false,
    destination_storage_policy_id:
      optionalString(o, "destination_storage_policy_id", `${where}.`) ?? null,
    destination_path: optionalString(o, "destination_path", `${where}.`) ?? null,
    destination_datastore_id: requireString(o, "destination_datastore_id", `${where}.`),
    destination_disk_format: format as DiskFormat,
  };
}

function parseSettings(o: Obj, where: string): ReconfigureReplicationSpec {
  if (!Array.isArray(o.disks))
    throw invalid(`Field '${where}disks' is required and must be an array`);
  const disks = o.disks.map((d, i) => parseDisk(d, `${where}disks[${i}]`));
  const mpitEnabled = requireBool(o, "mpit_enabled", where);
  return {
    quiesce_enabled: optionalBool(o, "quiesce_enabled", where) ?? false,
    rpo: parseRpo(o, where),
    network_compression_enabled: requireBool(o, "network_compression_enabled", where),
    mpit_enabled: mpitEnabled,
    mpit_instances: optionalInt(o, "mpit_instances", where, mpitEnabled ? 1 : 0) ?? 0,
    mpit_days: optionalInt(o, "mpit_days", where, mpitEnabled ? 1 : 0) ?? 0,
    auto_replicate_new_disks: requireBool(o, "auto_replicate_new_disks", where),
    target_replication_server_id: optionalString(o, "target_replication_server_id", where) ?? null,
    lwd_encryption_enabled: requireBool(o, "lwd_encryption_enabled", where),
    vm_data_sets_replication_enabled:
      optionalBool(o, "vm_data_sets_replication_enabled", where) ?? false,
    disks,
  };
}

/** POST /pairings/{id}/replications: a non-empty list of ConfigureReplicationSpec. */
export function parseConfigureSpecs(body: unknown): ConfigureReplicationSpec[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw invalid("The request body must be a non-empty JSON array of ConfigureReplicationSpec");
  }
  const specs = body.map((item, i): ConfigureReplicationSpec => {
    const where = `[${i}].`;
    if (!isObject(item))
      throw invalid(`Item ${i} of the body must be an object (ConfigureReplicationSpec)`);
    return {
      ...parseSettings(item, where),
      target_vc_id: requireString(item, "target_vc_id", where),
      vm_id: requireString(item, "vm_id", where),
    };
  });
  const seen = new Set<string>();
  for (const s of specs) {
    if (seen.has(s.vm_id)) throw invalid(`VM ${s.vm_id} is listed twice in one configure request`);
    seen.add(s.vm_id);
  }
  return specs;
}

/** POST .../actions/reconfigure: one ReconfigureReplicationSpec. */
export function parseReconfigureSpec(body: unknown): ReconfigureReplicationSpec {
  if (!isObject(body)) {
    throw invalid("The request body must be a JSON object (ReconfigureReplicationSpec)");
  }
  return parseSettings(body, "");
}

/** retain_replica_disks: true or false, default false. */
export function retainParam(query: URLSearchParams): boolean {
  return booleanParam(query, "retain_replica_disks");
}

/** A boolean query parameter (extended_info, suitable_for_replication); default false. */
export function booleanParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  if (raw === null || raw === "") return false;
  if (raw.toLowerCase() === "true") return true;
  if (raw.toLowerCase() === "false") return false;
  throw new BadRequest(
    "INVALID_PARAMETER",
    `Query parameter '${name}' must be true or false, got '${raw}'`,
  );
}
