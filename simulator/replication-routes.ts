// The routes under /pairings/{pairing_id}/replications and /pairings/{pairing_id}/vcenters:
// configure (a list of specs, a list of tasks), count, issues, read, delete, the actions, and
// the inventory reads, with the vendor's paging and filters (listing.ts).
import { API_BASE_PATH } from "../sdk/wire";
import type { IssueInfo, TaskEntity, TaskList, Task } from "../sdk/wire";
import type {
  CountDataEntity,
  ReplicationInfoEntity,
  VirtualMachine,
  VmCapabilitiesEntity,
  VmDisk,
} from "../sdk/replication-wire";
import { NotFound } from "./api-errors";
import { type InventoryVm, datastoreWire, storagePolicyWire } from "./inventory";
import { listMeta, listResponse, parseListQuery, selectPage } from "./listing";
import {
  checkVcenterRead,
  replicationPartialErrors,
  requireRemoteSession,
} from "./replication-contract";
import {
  booleanParam,
  parseConfigureSpecs,
  parseReconfigureSpec,
  retainParam,
} from "./replication-spec";
import {
  type ReplicationAction,
  type ReplicationRecord,
  newReplicationId,
} from "./replication-store";
import {
  type ActionWork,
  type PairingSides,
  finishAction,
  finishConfigure,
  pauseWork,
  reconfigureTo,
  removeWork,
  resumeWork,
  sidesOf,
  syncWork,
} from "./replication-work";
import type { Reply, RequestContext, Route } from "./route-types";
import type { TaskKind, TaskOutcome } from "./task-runner";

function sidesOrNotFound(ctx: RequestContext): PairingSides {
  const sides = sidesOf(ctx.core.state, ctx.params.pairing_id);
  if (!sides) throw new NotFound();
  return sides;
}

function replicationOrNotFound(ctx: RequestContext, sides: PairingSides): ReplicationRecord {
  const rec = ctx.core.state.replications.inPairing(sides.pairingId, ctx.params.replication_id);
  if (!rec) throw new NotFound();
  return rec;
}

function pathOf(ctx: RequestContext): string {
  return `${API_BASE_PATH}${ctx.relPath}`;
}

// ---- tasks ----

/** Running time and progress profile of each action, borrowed from the pairing task kinds. */
const ACTION_KIND: Record<ReplicationAction, TaskKind> = {
  configure: "create",
  reconfigure: "reconnect",
  pause: "reconnect",
  resume: "reconnect",
  sync: "reconnect",
  unconfigure: "delete",
  destroy: "delete",
};

/** Descriptions never contain "create", "reconnect" or "delete": those name pairing tasks. */
const ACTION_LABEL: Record<ReplicationAction, string> = {
  configure: "Configure replication",
  reconfigure: "Reconfigure replication",
  pause: "Pause replication",
  resume: "Resume replication",
  sync: "Synchronize replication",
  unconfigure: "Unconfigure replication",
  destroy: "Destroy replication",
};

export const REPLICATION_TASK_ID_PREFIX = "com.vmware.vr.replication.";

function startTask(
  ctx: RequestContext,
  action: ReplicationAction,
  entity: string,
  entityName: string,
  finish: () => TaskOutcome,
): Task {
  const failure = ctx.core.state.replications.takeArmedFailure(action);
  return ctx.core.tasks.start({
    kind: ACTION_KIND[action],
    entity,
    entityName,
    label: { text: ACTION_LABEL[action], id: `${REPLICATION_TASK_ID_PREFIX}${action}` },
    finish: failure ? () => ({ ok: false, ...failure }) : finish,
  });
}

function taskReply(task: Task): Reply {
  const body: TaskEntity = { ...task, _meta: { errors: [] } };
  return { status: 202, body };
}

// ---- inventory rendering ----

function vmDisksWire(vm: InventoryVm, names: (dsId: string) => string | null): VmDisk[] {
  return vm.disks.map((d) => ({
    vm_id: vm.id,
    ...(d.isVmHome
      ? {}
      : { device_key: d.deviceKey, controller_key: 1000, controller_label: "SCSI controller 0" }),
    is_vm_home: d.isVmHome,
    encrypted: false,
    capacity: d.capacityKb,
    source_disk_format: d.format,
    source_path: {
      datastore_id: d.datastoreId,
      datastore_name: names(d.datastoreId),
      path: vm.name,
      filename: d.isVmHome ? `${vm.name}.vmx` : `${vm.name}_${d.deviceKey - 2000}.vmdk`,
    },
    source_storage_policy_name: null,
    source_storage_policy_id: null,
    label: d.label,
    supported_for_replication: true,
  }));
}

function vmWire(vm: InventoryVm, names: (dsId: string) => string | null): VirtualMachine {
  return {
    id: vm.id,
    name: vm.name,
    power_state: vm.powerState,
    connection_state: "CONNECTED",
    template: vm.template,
    managed_by_info: null,
    vr_privilege_granted: true,
    disks: vmDisksWire(vm, names),
  };
}

function vcenterOf(ctx: RequestContext, sides: PairingSides): string {
  const vcId = ctx.params.vcenter_id;
  const known = [sides.sourceVcId, sides.targetVcId].some(
    (v) => v.toLowerCase() === vcId.toLowerCase(),
  );
  if (!known) throw new NotFound();
  checkVcenterRead(ctx, sides, vcId);
  return vcId;
}

function vmOrNotFound(ctx: RequestContext, vcId: string): InventoryVm {
  const vm = ctx.core.state.inventory.vm(vcId, ctx.params.vm_id);
  if (!vm) throw new NotFound();
  return vm;
}

function datastoreNames(ctx: RequestContext, vcId: string): (dsId: string) => string | null {
  return (dsId) => ctx.core.state.inventory.datastore(vcId, dsId)?.name ?? null;
}

// ---- routes ----

const R = "/pairings/{pairing_id}/replications";
const ONE = `${R}/{replication_id}`;
const VC = "/pairings/{pairing_id}/vcenters/{vcenter_id}";

interface ActionRow {
  action: Exclude<ReplicationAction, "configure" | "destroy">;
  /** Takes a JSON body. */
  body: boolean;
  /** Refused (400) from a session without a remote session for the pairing. */
  remoteSession: boolean;
  /** Reads the request when it arrives (a bad one is refused then); the task ends with the work. */
  work(ctx: RequestContext): ActionWork;
}

/** POST .../replications/{replication_id}/actions/{action}: each answers one task. */
const ACTIONS: ActionRow[] = [
  {
    action: "reconfigure",
    body: true,
    remoteSession: true,
    work: (ctx) => reconfigureTo(parseReconfigureSpec(ctx.body)),
  },
  { action: "pause", body: false, remoteSession: true, work: () => pauseWork },
  { action: "resume", body: false, remoteSession: true, work: () => resumeWork },
  { action: "sync", body: false, remoteSession: false, work: () => syncWork },
  {
    action: "unconfigure",
    body: false,
    remoteSession: true,
    work: (ctx) => removeWork(retainParam(ctx.query)),
  },
];

function actionRoute(row: ActionRow): Route {
  const { action } = row;
  return {
    method: "POST",
    template: `${ONE}/actions/${action}`,
    auth: "session",
    body: row.body,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const rec = replicationOrNotFound(ctx, sides);
      const work = row.work(ctx);
      if (row.remoteSession) requireRemoteSession(ctx, sides, `${action} replication ${rec.id}`);
      const { state } = ctx.core;
      return taskReply(
        startTask(ctx, action, rec.id, rec.vmName, () =>
          finishAction(state, rec.pairingId, rec.id, work),
        ),
      );
    },
  };
}

export const replicationRoutes: Route[] = [
  {
    method: "GET",
    template: R,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const q = parseListQuery(ctx.query);
      const extended = booleanParam(ctx.query, "extended_info");
      const sourceVc = ctx.query.get("source_vc_guid");
      const { replications } = ctx.core.state;
      const all = replications
        .ofPairing(sides.pairingId)
        .filter((r) => !sourceVc || r.sourceVcId.toLowerCase() === sourceVc.toLowerCase())
        .map((r) => replications.render(r, extended));
      const page = selectPage(all, q);
      const errors = page.items.flatMap((_r, i) =>
        replicationPartialErrors(ctx, sides, `$.list[${i}].status`),
      );
      return {
        status: 200,
        body: {
          list: page.items,
          _meta: listMeta(ctx.origin, pathOf(ctx), ctx.query, q, page.total, errors),
        },
      };
    },
  },
  {
    method: "POST",
    template: R,
    auth: "session",
    body: true,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const specs = parseConfigureSpecs(ctx.body);
      requireRemoteSession(ctx, sides, "configure replications");
      const { state } = ctx.core;
      const list = specs.map((spec) => {
        const replicationId = newReplicationId();
        const vmName = state.inventory.vm(sides.sourceVcId, spec.vm_id)?.name ?? spec.vm_id;
        // The task is executed upon the VM: the replication's id exists only once it succeeds.
        return startTask(ctx, "configure", spec.vm_id, vmName, () =>
          finishConfigure(state, sides.pairingId, replicationId, spec),
        );
      });
      const q = parseListQuery(new URLSearchParams({ limit: String(Math.max(list.length, 1)) }));
      const body: TaskList = {
        list,
        _meta: listMeta(
          ctx.origin,
          `${API_BASE_PATH}/tasks`,
          new URLSearchParams(),
          q,
          list.length,
        ),
      };
      return { status: 202, body };
    },
  },
  {
    method: "GET",
    template: `${R}/count`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const body: CountDataEntity = {
        count: ctx.core.state.replications.ofPairing(sides.pairingId).length,
        _meta: { errors: [] },
      };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: `${R}/issues`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const sourceVc = ctx.query.get("source_vc_guid");
      const { replications } = ctx.core.state;
      const issues: IssueInfo[] = replications
        .ofPairing(sides.pairingId)
        .filter((r) => !sourceVc || r.sourceVcId.toLowerCase() === sourceVc.toLowerCase())
        .flatMap((r) => replications.issuesOf(r));
      // Issues of this site's own replications need nothing from the remote site.
      const local = !!sourceVc && sourceVc.toLowerCase() === sides.sourceVcId.toLowerCase();
      const errors = local ? [] : replicationPartialErrors(ctx, sides, "$.list");
      return {
        status: 200,
        body: listResponse(issues, ctx.origin, pathOf(ctx), ctx.query, errors),
      };
    },
  },
  {
    method: "GET",
    template: ONE,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const rec = replicationOrNotFound(ctx, sides);
      const body: ReplicationInfoEntity = {
        ...ctx.core.state.replications.render(rec, false),
        _meta: { errors: replicationPartialErrors(ctx, sides, "$.status") },
      };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: `${ONE}/disks`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const rec = replicationOrNotFound(ctx, sides);
      const disks = ctx.core.state.replications.disksOf(rec);
      const errors = replicationPartialErrors(ctx, sides, "$.list");
      return { status: 200, body: listResponse(disks, ctx.origin, pathOf(ctx), ctx.query, errors) };
    },
  },
  {
    method: "DELETE",
    template: ONE,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const rec = replicationOrNotFound(ctx, sides);
      const retain = retainParam(ctx.query);
      const { state } = ctx.core;
      return taskReply(
        startTask(ctx, "destroy", rec.id, rec.vmName, () =>
          finishAction(state, sides.pairingId, rec.id, removeWork(retain), true),
        ),
      );
    },
  },
  ...ACTIONS.map(actionRoute),
  {
    method: "GET",
    template: `${VC}/vms`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const vcId = vcenterOf(ctx, sides);
      const suitable = booleanParam(ctx.query, "suitable_for_replication");
      const { inventory, replications } = ctx.core.state;
      const vms = inventory
        .of(vcId)
        .vms.filter((vm) => !suitable || (!vm.template && !replications.forVm(vm.id)))
        .map((vm) => vmWire(vm, datastoreNames(ctx, vcId)));
      return { status: 200, body: listResponse(vms, ctx.origin, pathOf(ctx), ctx.query) };
    },
  },
  {
    method: "GET",
    template: `${VC}/vms/{vm_id}/disks`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const vcId = vcenterOf(ctx, sides);
      const vm = vmOrNotFound(ctx, vcId);
      const disks = vmDisksWire(vm, datastoreNames(ctx, vcId));
      return { status: 200, body: listResponse(disks, ctx.origin, pathOf(ctx), ctx.query) };
    },
  },
  {
    method: "GET",
    template: `${VC}/vms/{vm_id}/capability`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const vcId = vcenterOf(ctx, sides);
      const vm = vmOrNotFound(ctx, vcId);
      const configured = ctx.core.state.replications.forVm(vm.id);
      const status = vm.template ? "IS_VM_TEMPLATE" : configured ? "ALREADY_CONFIGURED" : "OK";
      const body: VmCapabilitiesEntity = {
        vm_id: vm.id,
        vm_validation_status: status,
        quiescing_supported: true,
        network_compression_supported: true,
        mpit_supported: true,
        lwd_encryption_supported: true,
        vm_crypt_supported: false,
        vm_encrypted: false,
        vm_encryption_key_provider_type: null,
        replication_not_supported_reasons: status === "OK" ? [] : [status],
        auto_replicate_new_disks_supported: true,
        min_rpo_mins: 5,
        nvme_disk_controller_supported: true,
        ds_cluster_as_target_supported: false,
        reconfigure_vm_disks_supported: true,
        _meta: { errors: [] },
      };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: `${VC}/datastores`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const vcId = vcenterOf(ctx, sides);
      const list = ctx.core.state.inventory.of(vcId).datastores.map(datastoreWire);
      return { status: 200, body: listResponse(list, ctx.origin, pathOf(ctx), ctx.query) };
    },
  },
  {
    method: "GET",
    template: `${VC}/storage-policies`,
    auth: "session",
    body: false,
    handle(ctx) {
      const sides = sidesOrNotFound(ctx);
      const vcId = vcenterOf(ctx, sides);
      const list = ctx.core.state.inventory.of(vcId).policies.map(storagePolicyWire);
      return { status: 200, body: listResponse(list, ctx.origin, pathOf(ctx), ctx.query) };
    },
  },
];
