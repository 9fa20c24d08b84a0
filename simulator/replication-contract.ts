// The vendor's `x-dr-remote-site-connectivity-contract` and `x-dr-permissions` for the
// replication and inventory operations, in one place (remote-contract.ts and permissions.ts
// hold the pairing ones):
//
//   operation                                  not-authenticated / server-down   here
//   GET    .../replications, /{id}, /{id}/disks PARTIAL_DATA / PARTIAL_DATA      _meta.errors on status
//   POST   .../replications (configure)         ERROR / ERROR                     400 / task ERROR
//   GET    .../replications/count               FULL_DATA / FULL_DATA             always full
//   GET    .../replications/issues              DEPENDS_ON_PROVIDED_PARAMS        full for source_vc_guid = this site
//   DELETE .../replications/{id}                OK / OK                           this site only
//   POST   .../actions/reconfigure|pause|resume|unconfigure  ERROR / ERROR       400 / task ERROR
//   POST   .../actions/sync                     OK / ERROR                        - / task ERROR
//   GET    .../vcenters/{vc}/…                  DEPENDS_ON_PROVIDED_PARAMS        full for this site's vCenter,
//                                                                                 400 / 500 for the remote one
import type { MetaError } from "../sdk/wire";
import { BadRequest, RemoteSiteUnreachable } from "./api-errors";
import {
  REMOTE_SESSION_REQUIRED,
  REMOTE_SITE_NOT_AUTHENTICATED,
  partialErrors,
  remoteView,
} from "./remote-contract";
import type { PairingSides } from "./replication-work";
import type { RequestContext } from "./route-types";

const HBR_MANAGEMENT = "Host.Hbr.HbrManagement";
const REPLICATION_VIEW = "HmsReplication.com.vmware.vcHms.Replication.View";
const SYSTEM_VIEW = "System.View";
const SYSTEM_READ = "System.Read";

/** Per operation, as `x-dr-permissions` in vsphere-replication-api-v2.json lists it. */
export const REPLICATION_OPERATION_PRIVILEGES: Record<string, readonly string[]> = {
  "GET /pairings/{pairing_id}/replications": [REPLICATION_VIEW, SYSTEM_VIEW],
  "POST /pairings/{pairing_id}/replications": [SYSTEM_VIEW, HBR_MANAGEMENT],
  "GET /pairings/{pairing_id}/replications/count": [REPLICATION_VIEW],
  "GET /pairings/{pairing_id}/replications/issues": [REPLICATION_VIEW],
  "GET /pairings/{pairing_id}/replications/{replication_id}": [SYSTEM_VIEW],
  "DELETE /pairings/{pairing_id}/replications/{replication_id}": [SYSTEM_VIEW, HBR_MANAGEMENT],
  "GET /pairings/{pairing_id}/replications/{replication_id}/disks": [
    SYSTEM_VIEW,
    "StorageProfile.View",
  ],
  "POST /pairings/{pairing_id}/replications/{replication_id}/actions/pause": [
    SYSTEM_VIEW,
    HBR_MANAGEMENT,
    "VirtualMachine.Hbr.ConfigureReplication",
  ],
  "POST /pairings/{pairing_id}/replications/{replication_id}/actions/resume": [
    SYSTEM_VIEW,
    HBR_MANAGEMENT,
    "VirtualMachine.Hbr.ConfigureReplication",
  ],
  "POST /pairings/{pairing_id}/replications/{replication_id}/actions/reconfigure": [
    SYSTEM_VIEW,
    SYSTEM_READ,
    HBR_MANAGEMENT,
  ],
  "POST /pairings/{pairing_id}/replications/{replication_id}/actions/sync": [
    SYSTEM_VIEW,
    HBR_MANAGEMENT,
  ],
  "POST /pairings/{pairing_id}/replications/{replication_id}/actions/unconfigure": [
    SYSTEM_VIEW,
    HBR_MANAGEMENT,
  ],
  "GET /pairings/{pairing_id}/vcenters/{vcenter_id}/vms": [SYSTEM_VIEW, SYSTEM_READ],
  "GET /pairings/{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/disks": ["StorageProfile.View"],
  "GET /pairings/{pairing_id}/vcenters/{vcenter_id}/vms/{vm_id}/capability": [
    "HmsRemote.com.vmware.vcHms.Hms.View",
  ],
  "GET /pairings/{pairing_id}/vcenters/{vcenter_id}/datastores": ["Datastore.FileManagement"],
  "GET /pairings/{pairing_id}/vcenters/{vcenter_id}/storage-policies": ["StorageProfile.View"],
};

/** `_meta.errors` marking `field` partial (PARTIAL_DATA); none when the view is full. */
export function replicationPartialErrors(
  ctx: RequestContext,
  sides: PairingSides,
  field: string,
): MetaError[] {
  if (!sides.pairing || !ctx.core.options.remoteSiteContract) {
    // Without the contract only a site that is down makes data partial.
    if (sides.pairing && !sides.pairing.site.up)
      return partialErrors("server-down", sides.pairing, field);
    return [];
  }
  return partialErrors(remoteView(ctx, sides.pairing), sides.pairing, field);
}

/**
 * ERROR when not authenticated: the remote site takes part, so this session must have a remote
 * session for the pairing (400 before any work starts). A site that is down fails the task.
 */
export function requireRemoteSession(
  ctx: RequestContext,
  sides: PairingSides,
  action: string,
): void {
  const rec = sides.pairing;
  if (!rec || !ctx.core.options.remoteSiteContract) return;
  if (remoteView(ctx, rec) !== "not-authenticated") return;
  throw new BadRequest(
    REMOTE_SESSION_REQUIRED,
    `To ${action}, this session needs a remote session with the remote site of vCenter Server ${rec.site.name}: log in to it first with POST /pairings/${rec.id}/remote-session (the remote site's SSO credentials as HTTP Basic authorization).`,
  );
}

/**
 * DEPENDS_ON_PROVIDED_PARAMS for the inventory reads: this site's vCenter answers whatever the
 * remote site's state; the remote vCenter needs a remote session (400) and an answering site (500).
 */
export function checkVcenterRead(ctx: RequestContext, sides: PairingSides, vcId: string): void {
  const rec = sides.pairing;
  if (!rec || vcId.toLowerCase() !== sides.targetVcId.toLowerCase()) return;
  if (!rec.site.up) throw new RemoteSiteUnreachable(rec.site.name);
  if (ctx.core.options.remoteSiteContract && !ctx.session?.remoteSessions.has(rec.id)) {
    throw new BadRequest(
      REMOTE_SITE_NOT_AUTHENTICATED,
      `Reading vCenter Server ${rec.site.name} needs a remote session for pairing ${rec.id}; open one with POST /pairings/${rec.id}/remote-session.`,
    );
  }
}
