// Kept by hand: the stages are the simulated gateway's own order (faults and latency before limits,
// limits before auth, 404/405 counted); a framework's middleware order would be restated, not saved.
// The request pipeline, one named stage after the other: read the body, hand control paths to
// the control surface, route, injected faults, test hooks and latency, rate limits,
// authentication and authorization, the JSON body, the route's handler, and the answer.
// Nothing a client sends may crash it: every failure becomes a 4xx/5xx.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_BASE_PATH, SESSION_HEADER } from "../sdk/wire";
import type { SimulatorControl } from "./control";
import { CONTROL_BASE_PATH, handleControl } from "./control-http";
import type { SimulatorCore } from "./core";
import { countRequest } from "./counters";
import {
  ApiError,
  BadRequest,
  MethodNotAllowed,
  NotFound,
  TooManyRequests,
  Unauthorized,
  UnsupportedMediaType,
} from "./api-errors";
import type { FaultKind } from "./faults";
import { errorBody, readBody, sendEmpty, sendError, sendJson } from "./http-util";
import { pairingRoutes } from "./pairing-routes";
import { checkPrivileges } from "./permissions";
import { retryAfterSeconds } from "./request-limits";
import { remoteSessionRoutes } from "./remote-session-routes";
import { replicationRoutes } from "./replication-routes";
import { type RouteMatch, matchRoute } from "./router";
import type { Reply, RequestContext, Route } from "./route-types";
import { type Session, sessionRoutes } from "./session-store";
import { taskRoutes } from "./task-runner";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Every API route, relative to the base path. */
const apiRoutes: Route[] = [
  ...sessionRoutes,
  ...remoteSessionRoutes,
  ...pairingRoutes,
  ...replicationRoutes,
  ...taskRoutes,
];

export function createRequestHandler(
  core: SimulatorCore,
  control: SimulatorControl,
  origin: () => string,
): RequestHandler {
  const scheme = core.options.tls ? "https" : "http";
  return (req, res) => {
    req.on("error", () => res.destroy());
    // Node stamps the real time; a server whose clock is off stamps its own.
    if (core.clockMoved) {
      res.setHeader("date", new Date(core.serverNow()).toUTCString());
    }
    if (core.options.logRequests) logWhenFinished(req, res);
    core.openRequests += 1;
    handle(core, control, req, res, () => clientOrigin(req, scheme, origin()))
      .catch((err: unknown) => answerFailure(res, err))
      .finally(() => {
        core.openRequests -= 1;
      });
  };
}

async function handle(
  core: SimulatorCore,
  control: SimulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  origin: () => string,
): Promise<void> {
  // Read the whole body before answering anything: a server that answers early and closes
  // makes keep-alive clients see ECONNRESET instead of the answer.
  const raw = await readBody(req, core.options.maxBodyBytes);
  const url = parseUrl(req);
  if (core.options.controlSurface && isControlPath(url.pathname)) {
    handleControl(core, control, req, res, url.pathname.slice(CONTROL_BASE_PATH.length), raw);
    return;
  }
  const method = (req.method ?? "GET").toUpperCase();
  const relPath = apiPath(core, method, url.pathname);
  const match = matchRoute(apiRoutes, method, relPath);
  countRequest(core.counters, counterKey(method, match));
  if (injectFault(core, method, relPath, false, req, res)) return;
  await core.hooks.runBefore(method, relPath);
  if (core.faults.latencyMs > 0) await delay(core.faults.latencyMs);
  limitClientIp(core, req);
  const route = routeOf(match);
  const session = authenticate(core, req, route);
  if (session) {
    limitSession(core, session);
    authorize(route, session, method);
  }
  const ctx: RequestContext = {
    core,
    req,
    method,
    relPath,
    params: match.kind === "route" ? match.params : {},
    query: url.searchParams,
    session,
    origin: origin(),
    body: route.body ? jsonBody(req, raw) : undefined,
  };
  const reply = await route.handle(ctx);
  if (injectFault(core, method, relPath, true, req, res)) return;
  send(res, reply);
}

// ---- the stages ----

function parseUrl(req: IncomingMessage): URL {
  try {
    return new URL(req.url ?? "/", "http://simulator.invalid");
  } catch {
    throw new BadRequest("INVALID_URL", "The request URL cannot be parsed");
  }
}

function isControlPath(path: string): boolean {
  return path === CONTROL_BASE_PATH || path.startsWith(`${CONTROL_BASE_PATH}/`);
}

/** The path relative to the API base; anything outside it is an unknown route (404). */
function apiPath(core: SimulatorCore, method: string, path: string): string {
  if (path !== API_BASE_PATH && !path.startsWith(`${API_BASE_PATH}/`)) {
    countRequest(core.counters, `${method} (unknown)`);
    throw new NotFound();
  }
  return path.slice(API_BASE_PATH.length) || "/";
}

function counterKey(method: string, match: RouteMatch): string {
  if (match.kind === "route") return `${method} ${match.route.template}`;
  if (match.kind === "method-not-allowed") return `${method} ${match.template}`;
  return `${method} (unknown)`;
}

/** Answers an armed fault instead of (or after) the work; true when it did. */
function injectFault(
  core: SimulatorCore,
  method: string,
  relPath: string,
  afterHandling: boolean,
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const kind = core.faults.take(method, relPath, afterHandling);
  if (kind === null) return false;
  applyFault(core, kind, req, res);
  return true;
}

function applyFault(
  core: SimulatorCore,
  kind: FaultKind,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  core.counters.faultsInjected += 1;
  if (kind === "reset") {
    req.socket.destroy();
    return;
  }
  if (kind === 429) {
    // A forced rate-limit answer, shaped like the limiter's own, so tests reach it by construction.
    sendError(res, tooMany(core, 1000, "session"));
    return;
  }
  const code =
    kind === 500 ? "INTERNAL_ERROR" : kind === 502 ? "BAD_GATEWAY" : "SERVICE_UNAVAILABLE";
  sendJson(res, kind, errorBody(code, `Simulated ${kind} fault`), { connection: "close" });
}

function delay(ms: number): Promise<void> {
  // unref: a request parked in added latency must not keep the process alive after stop().
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

function tooMany(core: SimulatorCore, waitMs: number, scope: string): TooManyRequests {
  core.counters.tooManyRequests += 1;
  return new TooManyRequests(retryAfterSeconds(waitMs), scope);
}

function limitClientIp(core: SimulatorCore, req: IncomingMessage): void {
  const wait = core.rateLimiter?.checkIp(req.socket.remoteAddress ?? "unknown") ?? null;
  if (wait !== null) throw tooMany(core, wait, "client IP");
}

function routeOf(match: RouteMatch): Route {
  if (match.kind === "none") throw new NotFound();
  if (match.kind === "method-not-allowed") throw new MethodNotAllowed(match.allow);
  return match.route;
}

/** The live session of a route that needs one (401 without); null for the login route. */
function authenticate(core: SimulatorCore, req: IncomingMessage, route: Route): Session | null {
  if (route.auth !== "session") return null;
  const header = req.headers[SESSION_HEADER];
  const session = core.state.sessions.use(typeof header === "string" ? header : undefined);
  if (!session) throw new Unauthorized();
  return session;
}

function limitSession(core: SimulatorCore, session: Session): void {
  const wait = core.rateLimiter?.checkSession(session.id) ?? null;
  if (wait !== null) throw tooMany(core, wait, "session");
}

/** The privileges `x-dr-permissions` lists for this operation (403 naming a missing one). */
function authorize(route: Route, session: Session, method: string): void {
  checkPrivileges(session.username, session.privileges, `${method} ${route.template}`);
}

function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return true; // lenient: no content type, try JSON
  const media = header.split(";")[0].trim().toLowerCase();
  return media === "application/json" || media.endsWith("+json");
}

function jsonBody(req: IncomingMessage, raw: Buffer): unknown {
  const contentType = req.headers["content-type"];
  if (!isJsonContentType(contentType)) throw new UnsupportedMediaType(contentType);
  if (raw.length === 0)
    throw new BadRequest("MISSING_REQUEST_BODY", "The request body is required");
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    throw new BadRequest("MALFORMED_JSON", "The request body is not valid JSON");
  }
}

function send(res: ServerResponse, reply: Reply): void {
  if (reply.body === undefined) sendEmpty(res, reply.status, reply.headers);
  else sendJson(res, reply.status, reply.body, reply.headers);
}

function answerFailure(res: ServerResponse, err: unknown): void {
  if (err instanceof ApiError) {
    sendError(res, err);
    return;
  }
  console.error("[vrms-sim] internal error:", err);
  sendJson(res, 500, errorBody("INTERNAL_ERROR", "Unexpected error in the simulator"));
}

function clientOrigin(req: IncomingMessage, scheme: string, fallback: string): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
    ? `${scheme}://${host}`
    : fallback;
}

function logWhenFinished(req: IncomingMessage, res: ServerResponse): void {
  const started = Date.now();
  res.on("finish", () => {
    // The path only: query strings hold no secrets, headers do and are never logged.
    const path = (req.url ?? "").split("?")[0];
    console.log(
      `[vrms-sim] ${req.method} ${path} -> ${res.statusCode} (${Date.now() - started} ms)`,
    );
  });
}
