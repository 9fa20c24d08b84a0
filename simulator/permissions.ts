// Who may call what: the privileges each operation needs, from the vendor file's
// `x-dr-permissions`, and the roles a simulated user can have. A user without a privilege an
// operation needs gets 403 naming it.
import { Forbidden } from "./api-errors";
import type { SimulatorUser } from "./simulator-options";
import { REPLICATION_OPERATION_PRIVILEGES } from "./replication-contract";

export const PRIVILEGES = {
  systemView: "System.View",
  hbrView: "HmsRemote.com.vmware.vcHms.Hbr.View",
  hmsView: "HmsRemote.com.vmware.vcHms.Hms.View",
  hmsManage: "HmsRemote.com.vmware.vcHms.Hms.Manage",
} as const;

export type Privilege = string;

/**
 * Per operation, as `x-dr-permissions` in vsphere-replication-api-v2.json lists it. Session
 * and remote-session operations list none: any logged-in user may call them.
 */
export const OPERATION_PRIVILEGES: Record<string, readonly Privilege[]> = {
  "GET /pairings": [PRIVILEGES.hbrView],
  "POST /pairings": [PRIVILEGES.hmsManage],
  "GET /pairings/{pairing_id}": [PRIVILEGES.hbrView],
  "DELETE /pairings/{pairing_id}": [PRIVILEGES.hmsManage],
  "POST /pairings/{pairing_id}/actions/reconnect": [PRIVILEGES.hmsManage],
  "GET /pairings/{pairing_id}/issues": [PRIVILEGES.hmsView],
  "GET /tasks": [PRIVILEGES.systemView],
  "GET /tasks/{task_id}": [PRIVILEGES.systemView],
  ...REPLICATION_OPERATION_PRIVILEGES,
};

export type Role = "administrator" | "operator" | "read-only";

/**
 * Inferred: the vendor names privileges, not roles. "operator" holds exactly what the pairing
 * operations need; "read-only" the view privileges; "administrator" everything.
 */
export const ROLE_PRIVILEGES: Record<Exclude<Role, "administrator">, readonly Privilege[]> = {
  operator: [PRIVILEGES.systemView, PRIVILEGES.hbrView, PRIVILEGES.hmsView, PRIVILEGES.hmsManage],
  "read-only": [PRIVILEGES.systemView, PRIVILEGES.hbrView, PRIVILEGES.hmsView],
};

export const ROLES: readonly Role[] = ["administrator", "operator", "read-only"];

/** What a user may do: null = every privilege (administrator). */
export function privilegesOf(user: SimulatorUser): ReadonlySet<Privilege> | null {
  if (user.privileges) return new Set(user.privileges);
  const role: Role = user.role ?? (user.readOnly ? "read-only" : "administrator");
  return role === "administrator" ? null : new Set(ROLE_PRIVILEGES[role]);
}

/** 403 naming the first privilege the user lacks for `operation` ("METHOD /template"). */
export function checkPrivileges(
  username: string,
  held: ReadonlySet<Privilege> | null,
  operation: string,
): void {
  if (held === null) return;
  const missing = (OPERATION_PRIVILEGES[operation] ?? []).filter((p) => !held.has(p));
  if (missing.length === 0) return;
  throw new Forbidden(
    "NOT_AUTHORIZED",
    `User '${username}' lacks the privilege ${missing.join(", ")} required to ${operation}`,
  );
}
