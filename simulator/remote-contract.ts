// The vendor's `x-dr-remote-site-connectivity-contract`, for every operation the simulator
// serves, in one place. Two conditions: `not-authenticated` (this session has no remote session
// for the pairing) and `server-down` (the remote site does not answer).
//
//   GET /pairings, /pairings/{id}, /pairings/{id}/issues   PARTIAL_DATA / PARTIAL_DATA
//   POST /pairings                                         (not listed) / ERROR (task ERROR)
//   POST /pairings/{id}/actions/reconnect                  OK / ERROR (task ERROR)
//   DELETE /pairings/{id}                                  DEPENDS_ON_PROVIDED_PARAMS (both)
//   GET /pairings/{id}/remote-session                      ERROR / ERROR
//   POST /pairings/{id}/remote-session                     OK / ERROR (500)
//   GET /tasks, /tasks/{id}                                FULL_DATA / FULL_DATA
//
// What a partial answer looks like is not documented; the shape chosen here is an inference
// (see simulator/README.md). With the `remoteSiteContract` option off, only the server-down
// rules the simulator always had apply (partial pairing reads, failing tasks, 500 on login).
import type { MetaError, Pairing } from "../sdk/wire";
import { BadRequest, RemoteSiteUnreachable } from "./api-errors";
import type { PairingRecord } from "./pairing-store";
import type { RequestContext } from "./route-types";

export const REMOTE_SITE_NOT_AUTHENTICATED = "REMOTE_SITE_NOT_AUTHENTICATED";
export const REMOTE_SITE_UNREACHABLE = "REMOTE_SITE_UNREACHABLE";
export const REMOTE_SESSION_REQUIRED = "REMOTE_SESSION_REQUIRED";

/** How the session behind this request sees the remote side of a pairing. */
export type RemoteView = "full" | "not-authenticated" | "server-down";

export function remoteView(ctx: RequestContext, rec: PairingRecord | undefined): RemoteView {
  if (!rec) return "full"; // the self pairing: its remote side is this site
  if (!rec.site.up) return "server-down";
  if (ctx.core.options.remoteSiteContract && !ctx.session?.remoteSessions.has(rec.id)) {
    return "not-authenticated";
  }
  return "full";
}

function remoteSessionPath(rec: PairingRecord): string {
  return `POST /pairings/${rec.id}/remote-session`;
}

/** The `_meta.errors` entry that marks `field` as partial; none for a full view. */
export function partialErrors(view: RemoteView, rec: PairingRecord, field: string): MetaError[] {
  if (view === "server-down") {
    return [
      {
        code: REMOTE_SITE_UNREACHABLE,
        message: `The remote site of vCenter Server ${rec.site.name} is not reachable; remote data may be stale.`,
        field,
      },
    ];
  }
  if (view === "not-authenticated") {
    return [
      {
        code: REMOTE_SITE_NOT_AUTHENTICATED,
        message: `This session has no remote session with the remote site of vCenter Server ${rec.site.name}; remote data is the last known. Log in to the remote site with ${remoteSessionPath(rec)}.`,
        field,
      },
    ];
  }
  return [];
}

/**
 * The pairing as a session without a remote session sees it: the remote VRMS keeps its last
 * known identity, and its status, which only the remote site can tell, is WARNING unless this
 * site already knows the connection is broken (ERROR).
 */
export function asSeen(pairing: Pairing, view: RemoteView): Pairing {
  if (view !== "not-authenticated" || !pairing.remote_vrms) return pairing;
  if (pairing.remote_vrms.server_status !== "OK") return pairing;
  return { ...pairing, remote_vrms: { ...pairing.remote_vrms, server_status: "WARNING" } };
}

/** Issues of the remote site are missing from a partial issue list (contract on only). */
export function issueErrors(ctx: RequestContext, rec: PairingRecord | undefined): MetaError[] {
  if (!rec || !ctx.core.options.remoteSiteContract) return [];
  return partialErrors(remoteView(ctx, rec), rec, "$.list");
}

/** DELETE without force=true: the remote site takes part, so a remote session is needed. */
export function checkDelete(ctx: RequestContext, rec: PairingRecord, force: boolean): void {
  if (force || remoteView(ctx, rec) !== "not-authenticated") return;
  throw new BadRequest(
    REMOTE_SESSION_REQUIRED,
    `Deleting pairing ${rec.id} on both sites needs a remote session with the remote site of vCenter Server ${rec.site.name}: log in to it first with ${remoteSessionPath(rec)} (the remote site's SSO credentials as HTTP Basic authorization), or delete with force=true to remove the pairing from this site only.`,
  );
}

/** GET .../remote-session answers ERROR under both conditions (contract on only). */
export function checkRemoteSessionRead(ctx: RequestContext, rec: PairingRecord | undefined): void {
  if (!rec || !ctx.core.options.remoteSiteContract) return;
  if (!ctx.session?.remoteSessions.has(rec.id)) {
    throw new BadRequest(
      REMOTE_SITE_NOT_AUTHENTICATED,
      `This session has no remote session for pairing ${rec.id} with vCenter Server ${rec.site.name}; open one with ${remoteSessionPath(rec)}.`,
    );
  }
  if (!rec.site.up) throw new RemoteSiteUnreachable(rec.site.name);
}
