// The pairing endpoints: list, get, create, reconnect, delete, issues.
import { randomUUID } from "node:crypto";
import { API_BASE_PATH } from "../../sdk/wire";
import type { MetaError, Pairing, PairingEntity, PairingList, TaskEntity } from "../../sdk/wire";
import { badRequest, notFound } from "../http-util";
import { listMeta, listResponse, parseListQuery, selectPage } from "../listing";
import { finishCreate, finishDelete, finishReconnect } from "../operations";
import type { Reply, RequestContext, Route } from "../route-types";
import { parsePairingSpec } from "../spec";
import type { SimulatorState } from "../state";

/** While a remote site is down, reads are partial: the remote side is flagged in _meta.errors. */
function remoteErrors(state: SimulatorState, pairing: Pairing, prefix: string): MetaError[] {
  const rec = pairing.pairing_id ? state.pairings.get(pairing.pairing_id) : undefined;
  if (!rec || rec.site.up) return [];
  return [
    {
      code: "REMOTE_SITE_UNREACHABLE",
      message: `The remote site of vCenter Server ${rec.site.name} is not reachable; remote data may be stale.`,
      field: `${prefix}remote_vrms`,
    },
  ];
}

function taskReply(task: TaskEntity): Reply {
  return { status: 202, body: { ...task, _meta: { errors: [] } } };
}

function forceParam(ctx: RequestContext): boolean {
  const raw = ctx.query.get("force");
  if (raw === null || raw === "") return false;
  if (raw.toLowerCase() === "true") return true;
  if (raw.toLowerCase() === "false") return false;
  throw badRequest(
    "INVALID_PARAMETER",
    `Query parameter 'force' must be true or false, got '${raw}'`,
  );
}

export const pairingRoutes: Route[] = [
  {
    method: "GET",
    template: "/pairings",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const { state } = ctx.core;
      const q = parseListQuery(ctx.query);
      const page = selectPage(state.allPairings(true), q);
      const errors = page.items.flatMap((p, i) => remoteErrors(state, p, `$.list[${i}].`));
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
    mutating: false,
    body: false,
    handle(ctx) {
      const { state } = ctx.core;
      const id = ctx.params.pairing_id;
      if (id === state.local.selfPairingId) {
        const body: PairingEntity = { ...state.selfPairing(), _meta: { errors: [] } };
        return { status: 200, body };
      }
      const rec = state.pairings.get(id);
      if (!rec) throw notFound();
      const pairing = state.renderPairing(rec);
      const body: PairingEntity = {
        ...pairing,
        _meta: { errors: remoteErrors(state, pairing, "$.") },
      };
      return { status: 200, body };
    },
  },
  {
    method: "POST",
    template: "/pairings",
    auth: "session",
    mutating: true,
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
    mutating: true,
    body: true,
    handle(ctx) {
      const { state, tasks } = ctx.core;
      const id = ctx.params.pairing_id;
      if (id === state.local.selfPairingId) {
        throw badRequest(
          "INVALID_OPERATION",
          "The self pairing of this site cannot be reconnected",
        );
      }
      const rec = state.pairings.get(id);
      if (!rec) throw notFound();
      const spec = parsePairingSpec(ctx.body);
      const task = tasks.start({
        kind: "reconnect",
        entity: id,
        entityName: rec.site.name,
        finish: () => finishReconnect(state, id, spec),
      });
      return taskReply(task);
    },
  },
  {
    method: "DELETE",
    template: "/pairings/{pairing_id}",
    auth: "session",
    mutating: true,
    body: false,
    handle(ctx) {
      const { state, tasks } = ctx.core;
      const id = ctx.params.pairing_id;
      const force = forceParam(ctx);
      if (id === state.local.selfPairingId) {
        throw badRequest("INVALID_OPERATION", "The self pairing of this site cannot be deleted");
      }
      const rec = state.pairings.get(id);
      if (!rec) throw notFound();
      const task = tasks.start({
        kind: "delete",
        entity: id,
        entityName: rec.site.name,
        finish: () => finishDelete(state, id, force),
      });
      return taskReply(task);
    },
  },
  {
    method: "GET",
    template: "/pairings/{pairing_id}/issues",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const { state } = ctx.core;
      const id = ctx.params.pairing_id;
      const rec = state.pairings.get(id);
      if (!rec && id !== state.local.selfPairingId) throw notFound();
      const issues = rec ? state.issuesOf(rec) : [];
      const path = `${API_BASE_PATH}/pairings/${encodeURIComponent(id)}/issues`;
      return { status: 200, body: listResponse(issues, ctx.origin, path, ctx.query) };
    },
  },
];
