// The control surface of the replication world (control.replication, and /_simulator/… over
// HTTP): inventories set as data, and the states and faults a replication can be in.
import type { ReplicationInfo } from "../sdk/replication-wire";
import type { SimulatorCore } from "./core";
import {
  type InventoryUpdate,
  type SeedOptions,
  type VcInventory,
  seededInventory,
} from "./inventory";
import {
  REPLICATION_ACTIONS,
  REPLICATION_FAULT_KINDS,
  type ReplicationAction,
  type ReplicationFaultKind,
} from "./replication-store";

export interface ReplicationControl {
  /** The vCenter's VMs, datastores and storage policies (seeded on first use). */
  inventory(vcId: string): VcInventory;
  /** Replaces the parts given (VMs, datastores, policies); the rest stays. */
  setInventory(vcId: string, update: InventoryUpdate): void;
  /** Replaces the vCenter's inventory with the seeded one, with `vmCount` VMs. */
  seedInventory(vcId: string, options?: SeedOptions): void;
  /** Free space of a datastore, in bytes (0 = full). */
  setDatastoreFreeSpace(vcId: string, datastoreId: string, bytes: number): void;
  /** The VM is deleted at the source: its replications turn NOT_ACTIVE with a configuration error. */
  deleteVm(vcId: string, vmId: string): void;
  /** Puts a replication into a fault state (null clears it), as data. */
  setFault(replicationId: string, fault: ReplicationFaultKind | null, message?: string): void;
  /** Pauses or resumes a replication behind the client's back (no task). */
  setPaused(replicationId: string, paused: boolean): void;
  /** Removes a replication behind the client's back (no task). */
  remove(replicationId: string): void;
  /** The next task of this action ends ERROR with this message, whatever the world says. */
  failNext(action: ReplicationAction, message?: string, details?: string): void;
  /** Every replication in wire shape, oldest first. */
  list(): ReplicationInfo[];
}

export function createReplicationControl(core: SimulatorCore): ReplicationControl {
  const { state } = core;
  const known = (vcId: string): string => {
    const ok =
      vcId.toLowerCase() === state.local.vc.id.toLowerCase() || state.siteById(vcId) !== undefined;
    if (!ok)
      throw new RangeError(`simulator: no vCenter ${vcId} (the local one or a remote site's)`);
    return vcId;
  };
  return {
    inventory(vcId) {
      return state.inventory.of(known(vcId));
    },
    setInventory(vcId, update) {
      state.inventory.set(known(vcId), update);
    },
    seedInventory(vcId, options) {
      state.inventory.set(known(vcId), seededInventory(vcId, options));
    },
    setDatastoreFreeSpace(vcId, datastoreId, bytes) {
      const ds = state.inventory.requireDatastore(known(vcId), datastoreId);
      if (!Number.isFinite(bytes) || bytes < 0 || bytes > ds.capacityBytes) {
        throw new RangeError(
          `free space must be between 0 and ${ds.capacityBytes} bytes, got ${bytes}`,
        );
      }
      ds.freeBytes = bytes;
    },
    deleteVm(vcId, vmId) {
      state.inventory.removeVm(known(vcId), vmId);
      state.replications.vmDeleted(vmId);
    },
    setFault(replicationId, fault, message) {
      if (fault !== null && !REPLICATION_FAULT_KINDS.includes(fault)) {
        throw new RangeError(
          `unknown fault ${String(fault)} (one of ${REPLICATION_FAULT_KINDS.join(", ")}, or null)`,
        );
      }
      state.replications.setFault(state.replications.require(replicationId), fault, message);
    },
    setPaused(replicationId, paused) {
      state.replications.require(replicationId).paused = paused;
    },
    remove(replicationId) {
      state.replications.remove(state.replications.require(replicationId).id);
    },
    failNext(
      action,
      message = `Simulated failure of the ${action} task`,
      details = "Injected from the simulator's control surface.",
    ) {
      if (!REPLICATION_ACTIONS.includes(action)) {
        throw new RangeError(
          `unknown replication action ${String(action)} (one of ${REPLICATION_ACTIONS.join(", ")})`,
        );
      }
      state.replications.armFailure(action, message, details);
    },
    list() {
      return state.replications.all().map((r) => state.replications.render(r, false));
    },
  };
}

type Body = Record<string, unknown>;

/** The same over HTTP (registered in control-http.ts); a bad body is a RangeError (400). */
export interface ReplicationControlRoute {
  method: string;
  pattern: RegExp;
  run(control: ReplicationControl, m: string[], body: Body): unknown;
}

function text(body: Body, key: string): string | undefined {
  return typeof body[key] === "string" ? body[key] : undefined;
}

export const replicationControlRoutes: ReplicationControlRoute[] = [
  { method: "GET", pattern: /^\/replications$/, run: (c) => c.list() },
  {
    method: "POST",
    pattern: /^\/replications\/([^/]+)\/fault$/,
    run: (c, m, b) =>
      c.setFault(
        m[1],
        b.fault === null ? null : (text(b, "fault") as ReplicationFaultKind),
        text(b, "message"),
      ),
  },
  {
    method: "POST",
    pattern: /^\/replications\/([^/]+)\/paused$/,
    run: (c, m, b) => c.setPaused(m[1], b.paused !== false),
  },
  { method: "DELETE", pattern: /^\/replications\/([^/]+)$/, run: (c, m) => c.remove(m[1]) },
  {
    method: "POST",
    pattern: /^\/replications\/fail-next$/,
    run: (c, _m, b) =>
      c.failNext(text(b, "action") as ReplicationAction, text(b, "message"), text(b, "details")),
  },
  { method: "GET", pattern: /^\/vcenters\/([^/]+)\/inventory$/, run: (c, m) => c.inventory(m[1]) },
  {
    method: "POST",
    pattern: /^\/vcenters\/([^/]+)\/inventory\/seed$/,
    run: (c, m, b) =>
      c.seedInventory(m[1], { vmCount: typeof b.vmCount === "number" ? b.vmCount : undefined }),
  },
  {
    method: "POST",
    pattern: /^\/vcenters\/([^/]+)\/datastores\/([^/]+)\/free-space$/,
    run: (c, m, b) =>
      c.setDatastoreFreeSpace(m[1], m[2], typeof b.bytes === "number" ? b.bytes : NaN),
  },
  {
    method: "DELETE",
    pattern: /^\/vcenters\/([^/]+)\/vms\/([^/]+)$/,
    run: (c, m) => c.deleteVm(m[1], m[2]),
  },
];
