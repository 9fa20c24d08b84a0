// The control surface over HTTP, under /_simulator (outside the VRMS API base path), for the
// shell and demos. No authentication: the simulator listens on loopback by default.
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SimulatorControl } from "./control";
import type { SimulatorCore } from "./core";
import { UnknownObjectError } from "./api-errors";
import type { FaultSpec } from "./faults";
import { sendEmpty, sendJson } from "./http-util";
import { replicationControlRoutes } from "./replication-control";

export const CONTROL_BASE_PATH = "/_simulator";

type Body = Record<string, unknown>;
interface ControlRoute {
  method: string;
  pattern: RegExp;
  run(control: SimulatorControl, core: SimulatorCore, m: string[], body: Body): unknown;
}

class ControlBadRequest extends Error {}

function num(body: Body, key: string): number {
  const v = body[key];
  if (typeof v !== "number") throw new ControlBadRequest(`'${key}' must be a number`);
  return v;
}

const routes: ControlRoute[] = [
  {
    method: "GET",
    pattern: /^\/state$/,
    run: (c, core) => ({
      localVcId: core.state.local.vc.id,
      selfPairingId: core.state.local.selfPairingId,
      remoteSites: core.state.sites,
      pairings: c.pairings(),
      tasks: c.tasks(),
      counters: c.counters(),
      pendingFaults: core.faults.pending(),
      latencyMs: core.faults.latencyMs,
    }),
  },
  {
    method: "POST",
    pattern: /^\/sites\/([^/]+)\/down$/,
    run: (c, _k, m) => c.setSiteUp(m[1], false),
  },
  { method: "POST", pattern: /^\/sites\/([^/]+)\/up$/, run: (c, _k, m) => c.setSiteUp(m[1], true) },
  {
    method: "POST",
    pattern: /^\/sites\/([^/]+)\/password$/,
    run: (c, _k, m, b) => c.setSitePassword(m[1], typeof b.password === "string" ? b.password : ""),
  },
  {
    method: "POST",
    pattern: /^\/pairings\/([^/]+)\/break$/,
    run: (c, _k, m, b) => c.breakPairing(m[1], typeof b.reason === "string" ? b.reason : undefined),
  },
  {
    method: "POST",
    pattern: /^\/pairings\/([^/]+)\/repair$/,
    run: (c, _k, m) => c.repairPairing(m[1]),
  },
  { method: "DELETE", pattern: /^\/pairings\/([^/]+)$/, run: (c, _k, m) => c.deletePairing(m[1]) },
  { method: "POST", pattern: /^\/sessions\/expire$/, run: (c) => c.expireSessions() },
  {
    method: "POST",
    pattern: /^\/faults$/,
    run: (c, _k, _m, b) => {
      const kind = b.kind === "reset" ? "reset" : Number(b.kind);
      c.injectFaults({
        count: num(b, "count"),
        kind: kind as FaultSpec["kind"],
        method: typeof b.method === "string" ? b.method : undefined,
        pathPrefix: typeof b.pathPrefix === "string" ? b.pathPrefix : undefined,
        afterHandling: b.afterHandling === true,
      });
    },
  },
  { method: "DELETE", pattern: /^\/faults$/, run: (c) => c.clearFaults() },
  { method: "POST", pattern: /^\/latency$/, run: (c, _k, _m, b) => c.setLatencyMs(num(b, "ms")) },
  {
    method: "POST",
    pattern: /^\/tasks\/freeze$/,
    run: (c, _k, _m, b) => c.freezeTasks(b.frozen !== false),
  },
  {
    method: "POST",
    pattern: /^\/clock\/advance$/,
    run: (c, _k, _m, b) => c.advanceClock(num(b, "ms")),
  },
  { method: "POST", pattern: /^\/tasks\/([^/]+)\/cancel$/, run: (c, _k, m) => c.cancelTask(m[1]) },
  {
    method: "POST",
    pattern: /^\/tasks\/fail-next$/,
    run: (c, _k, _m, b) =>
      c.failNextTask(
        b.kind as "create" | "reconnect" | "delete",
        typeof b.message === "string" ? b.message : undefined,
        typeof b.details === "string" ? b.details : undefined,
      ),
  },
  { method: "GET", pattern: /^\/counters$/, run: (c) => c.counters() },
  { method: "POST", pattern: /^\/counters\/reset$/, run: (c) => c.resetCounters() },
  ...replicationControlRoutes.map((r): ControlRoute => ({
    ...r,
    run: (c, _k, m, b) => r.run(c.replication, m, b),
  })),
];

/** `raw` is the request body, already read by the server. */
export function handleControl(
  core: SimulatorCore,
  control: SimulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  subPath: string,
  raw: Buffer,
): void {
  const method = (req.method ?? "GET").toUpperCase();
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(subPath);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    let body: Body = {};
    try {
      if (raw.length > 0) {
        const parsed: unknown = JSON.parse(raw.toString("utf8"));
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
          throw new ControlBadRequest("the body must be a JSON object");
        }
        body = parsed as Body;
      }
      const params = m.map((s, i) => (i === 0 ? s : decodeURIComponent(s)));
      const result = route.run(control, core, params, body);
      if (result === undefined) sendEmpty(res, 204);
      else sendJson(res, 200, result);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      sendJson(res, err instanceof UnknownObjectError ? 404 : 400, { error: message });
    }
    return;
  }
  if (pathMatched)
    sendJson(res, 405, { error: `${method} not allowed on ${CONTROL_BASE_PATH}${subPath}` });
  else sendJson(res, 404, { error: `no control endpoint ${CONTROL_BASE_PATH}${subPath}` });
}
