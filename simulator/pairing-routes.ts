// The routes under /pairings and how create, reconnect and delete end. The outcome of a task is
// decided when the task finishes, so the state of the sites at that moment counts; each failure
// has its own message, because a user has to act differently on each.
import { randomUUID } from "node:crypto";
import { API_BASE_PATH } from "../sdk/wire";
import type { MetaError, Pairing, PairingEntity, PairingList, TaskEntity } from "../sdk/wire";
import { BadRequest, NotFound } from "./api-errors";
import { remoteVrmsOf } from "./catalogue";
import { listMeta, listResponse, parseListQuery, selectPage } from "./listing";
import { asSeen, checkDelete, issueErrors, partialErrors, remoteView } from "./remote-contract";
import { fail, pscLoginFailure } from "./remote-login";
import type { Reply, RequestContext, Route } from "./route-types";
import { type CheckedPairingSpec, parsePairingSpec } from "./spec";
import type { SimulatorState } from "./state";
import type { TaskOutcome } from "./task-runner";
import { type PairingRecord, issuesOf } from "./pairing-store";

// ---- how the tasks end ----

function finishCreate(
  state: SimulatorState,
  pairingId: string,
  spec: CheckedPairingSpec,
): TaskOutcome {
  const site = state.siteById(spec.pair_vc_id);
  if (!site) {
    return fail(
      `Unknown remote vCenter Server: no vCenter Server with ID '${spec.pair_vc_id}' is registered at ${spec.pair_psc_info.url}.`,
      "Check pair_vc_id: it must be the instance UUID of the remote vCenter Server.",
    );
  }
  const existing = state.pairings.forSite(site);
  if (existing) {
    return fail(
      `Already paired: this site is already paired with vCenter Server ${site.name} (pairing ${existing.id}).`,
      "Reconnect or delete the existing pairing instead of creating a new one.",
    );
  }
  const failure = pscLoginFailure(site, spec);
  if (failure) return failure;
  state.pairings.add(pairingId, site, spec);
  return { ok: true, result: { pairing_id: pairingId } };
}

function finishReconnect(
  state: SimulatorState,
  pairingId: string,
  spec: CheckedPairingSpec,
): TaskOutcome {
  const pairing = state.pairings.get(pairingId);
  if (!pairing) {
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "A deleted pairing cannot be reconnected; create it again.",
    );
  }
  if (spec.pair_vc_id.toLowerCase() !== pairing.site.vcId.toLowerCase()) {
    return fail(
      `Unknown remote vCenter Server: the pairing ${pairingId} is with vCenter Server ${pairing.site.vcId}, not '${spec.pair_vc_id}'.`,
      "Reconnect keeps the remote vCenter Server; to pair with another one, create a new pairing.",
    );
  }
  const failure = pscLoginFailure(pairing.site, spec);
  if (failure) return failure;
  pairing.broken = null;
  pairing.pscPort = spec.pair_psc_info.port ?? 443;
  pairing.pscUsername = spec.pair_psc_info.username;
  return { ok: true, result: { pairing_id: pairingId } };
}

function finishDelete(state: SimulatorState, pairingId: string, force: boolean): TaskOutcome {
  const pairing = state.pairings.get(pairingId);
  if (!pairing) {
    return fail(
      `The pairing ${pairingId} no longer exists.`,
      "It was deleted while this task was queued.",
    );
  }
  if (!force && !pairing.site.up) {
    const vrms = remoteVrmsOf(pairing.site);
    return fail(
      `Remote site is down: cannot reach the remote vSphere Replication server ${vrms.name} to delete the pairing on both sites.`,
      "Delete with force=true to remove the pairing from this site only.",
    );
  }
  state.pairings.remove(pairingId);
  return { ok: true, result: { pairing_id: pairingId } };
}

// ---- routes ----

/** A pairing as this request's session sees it, with the `_meta.errors` that say how. */
function seenBy(
  ctx: RequestContext,
  pairing: Pairing,
  field: string,
): { pairing: Pairing; errors: MetaError[] } {
  const rec = ctx.core.state.pairings.get(pairing.pairing_id ?? "");
  const view = remoteView(ctx, rec);
  return { pairing: asSeen(pairing, view), errors: rec ? partialErrors(view, rec, field) : [] };
}

function taskReply(task: TaskEntity): Reply {
  return { status: 202, body: { ...task, _meta: { errors: [] } } };
}

function forceParam(ctx: RequestContext): boolean {
  const raw = ctx.query.get("force");
  if (raw === null || raw === "") return false;
  if (raw.toLowerCase() === "true") return true;
  if (raw.toLowerCase() === "false") return false;
  throw new BadRequest(
    "INVALID_PARAMETER",
    `Query parameter 'force' must be true or false, got '${raw}'`,
  );
}

/** The pairing a mutating route acts on: the self pairing is refused, an unknown id is 404. */
function changeablePairing(ctx: RequestContext, action: string): PairingRecord {
  const { pairings } = ctx.core.state;
  const id = ctx.params.pairing_id;
  if (pairings.isSelf(id)) {
    throw new BadRequest("INVALID_OPERATION", `The self pairing of this site cannot be ${action}`);
  }
  const rec = pairings.get(id);
  if (!rec) throw new NotFound();
  return rec;
}

export const pairingRoutes: Route[] = [
  {
    method: "GET",
    template: "/pairings",
    auth: "session",
    body: false,
    handle(ctx) {
      const q = parseListQuery(ctx.query);
      const seen = ctx.core.state.pairings.list(true).map((p) => seenBy(ctx, p, "").pairing);
      const page = selectPage(seen, q);
      const errors = page.items.flatMap(
        (p, i) => seenBy(ctx, p, `$.list[${i}].remote_vrms`).errors,
      );
      const body: PairingList = {
        list: page.items,
        _meta: listMeta(ctx.origin, `${API_BASE_PATH}/pairings`, ctx.query, q, page.total, errors),
      };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: "/pairings/{pairing_id}",
    auth: "session",
    body: false,
    handle(ctx) {
      const { pairings } = ctx.core.state;
      const id = ctx.params.pairing_id;
      if (pairings.isSelf(id)) {
        const body: PairingEntity = { ...pairings.selfPairing(), _meta: { errors: [] } };
        return { status: 200, body };
      }
      const rec = pairings.get(id);
      if (!rec) throw new NotFound();
      const seen = seenBy(ctx, pairings.render(rec), "$.remote_vrms");
      const body: PairingEntity = { ...seen.pairing, _meta: { errors: seen.errors } };
      return { status: 200, body };
    },
  },
  {
    method: "POST",
    template: "/pairings",
    auth: "session",
    body: true,
    handle(ctx) {
      const spec = parsePairingSpec(ctx.body);
      const { state, tasks } = ctx.core;
      const pairingId = randomUUID();
      const site = state.siteById(spec.pair_vc_id);
      const task = tasks.start({
        kind: "create",
        entity: pairingId,
        entityName: site?.name ?? spec.pair_psc_info.url,
        finish: () => finishCreate(state, pairingId, spec),
      });
      return taskReply(task);
    },
  },
  {
    method: "POST",
    template: "/pairings/{pairing_id}/actions/reconnect",
    auth: "session",
    body: true,
    handle(ctx) {
      const { state, tasks } = ctx.core;
      const rec = changeablePairing(ctx, "reconnected");
      const spec = parsePairingSpec(ctx.body);
      const task = tasks.start({
        kind: "reconnect",
        entity: rec.id,
        entityName: rec.site.name,
        finish: () => finishReconnect(state, rec.id, spec),
      });
      return taskReply(task);
    },
  },
  {
    method: "DELETE",
    template: "/pairings/{pairing_id}",
    auth: "session",
    body: false,
    handle(ctx) {
      const { state, tasks } = ctx.core;
      const force = forceParam(ctx);
      const rec = changeablePairing(ctx, "deleted");
      checkDelete(ctx, rec, force);
      const task = tasks.start({
        kind: "delete",
        entity: rec.id,
        entityName: rec.site.name,
        finish: () => finishDelete(state, rec.id, force),
      });
      return taskReply(task);
    },
  },
  {
    method: "GET",
    template: "/pairings/{pairing_id}/issues",
    auth: "session",
    body: false,
    handle(ctx) {
      const { state } = ctx.core;
      const id = ctx.params.pairing_id;
      const rec = state.pairings.get(id);
      if (!rec && !state.pairings.isSelf(id)) throw new NotFound();
      const issues = rec ? issuesOf(rec, state.siteDownSince.get(rec.site.vcId)) : [];
      const path = `${API_BASE_PATH}/pairings/${encodeURIComponent(id)}/issues`;
      const errors = issueErrors(ctx, rec);
      return { status: 200, body: listResponse(issues, ctx.origin, path, ctx.query, errors) };
    },
  },
];
