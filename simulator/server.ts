// The request pipeline: control surface, routing, faults, latency, rate limits, sessions,
// bodies, and answers. Nothing a client sends may crash it: every failure becomes a 4xx/5xx.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_BASE_PATH, SESSION_HEADER } from "../sdk/wire";
import type { SimulatorControl } from "./control";
import { CONTROL_BASE_PATH, handleControl } from "./control-http";
import type { SimulatorCore } from "./core";
import { countRequest } from "./counters";
import type { FaultKind } from "./faults";
import { HttpError, errorBody, readBody, sendEmpty, sendError, sendJson } from "./http-util";
import { retryAfterSeconds } from "./rate-limit";
import { type RouteMatch, matchRoute } from "./router";
import type { Reply, RequestContext } from "./route-types";
import { apiRoutes } from "./routes";

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createRequestHandler(
  core: SimulatorCore,
  control: SimulatorControl,
  origin: () => string,
): RequestHandler {
  const scheme = core.options.tls ? "https" : "http";
  return (req, res) => {
    const started = Date.now();
    req.on("error", () => res.destroy());
    if (core.options.logRequests) {
      res.on("finish", () => {
        // The path only: query strings hold no secrets, headers do and are never logged.
        const path = (req.url ?? "").split("?")[0];
        console.log(
          `[vrms-sim] ${req.method} ${path} -> ${res.statusCode} (${Date.now() - started} ms)`,
        );
      });
    }
    core.openRequests += 1;
    handle(core, control, req, res, scheme, origin)
      .catch((err: unknown) => {
        if (err instanceof HttpError) {
          sendError(res, err);
          return;
        }
        console.error("[vrms-sim] internal error:", err);
        sendJson(res, 500, errorBody("INTERNAL_ERROR", "Unexpected error in the simulator"));
      })
      .finally(() => {
        core.openRequests -= 1;
      });
  };
}

function clientOrigin(req: IncomingMessage, scheme: string, fallback: string): string {
  const host = req.headers.host;
  return host && /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/.test(host)
    ? `${scheme}://${host}`
    : fallback;
}

function delay(ms: number): Promise<void> {
  // unref: a request parked in added latency must not keep the process alive after stop().
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
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
    const err = tooMany(core, 1000, "session");
    sendJson(res, 429, errorBody(err.errorCode, err.message), err.headers);
    return;
  }
  const code =
    kind === 500 ? "INTERNAL_ERROR" : kind === 502 ? "BAD_GATEWAY" : "SERVICE_UNAVAILABLE";
  sendJson(res, kind, errorBody(code, `Simulated ${kind} fault`), { connection: "close" });
}

function isJsonContentType(header: string | undefined): boolean {
  if (header === undefined) return true; // lenient: no content type, try JSON
  const media = header.split(";")[0].trim().toLowerCase();
  return media === "application/json" || media.endsWith("+json");
}

function counterKey(method: string, match: RouteMatch): string {
  if (match.kind === "route") return `${method} ${match.route.template}`;
  if (match.kind === "method-not-allowed") return `${method} ${match.template}`;
  return `${method} (unknown)`;
}

function tooMany(core: SimulatorCore, waitMs: number, scope: string): HttpError {
  core.counters.tooManyRequests += 1;
  return new HttpError(429, "TOO_MANY_REQUESTS", `Rate limit per ${scope} exceeded; retry later`, {
    "retry-after": retryAfterSeconds(waitMs),
  });
}

async function handle(
  core: SimulatorCore,
  control: SimulatorControl,
  req: IncomingMessage,
  res: ServerResponse,
  scheme: string,
  origin: () => string,
): Promise<void> {
  // Read the whole body before answering anything: a server that answers early and closes
  // makes keep-alive clients see ECONNRESET instead of the answer.
  const raw = await readBody(req, core.options.maxBodyBytes);
  let url: URL;
  try {
    url = new URL(req.url ?? "/", "http://simulator.invalid");
  } catch {
    throw new HttpError(400, "INVALID_URL", "The request URL cannot be parsed");
  }
  const path = url.pathname;
  if (
    core.options.controlSurface &&
    (path === CONTROL_BASE_PATH || path.startsWith(`${CONTROL_BASE_PATH}/`))
  ) {
    handleControl(core, control, req, res, path.slice(CONTROL_BASE_PATH.length), raw);
    return;
  }
  const method = (req.method ?? "GET").toUpperCase();
  if (path !== API_BASE_PATH && !path.startsWith(`${API_BASE_PATH}/`)) {
    countRequest(core.counters, `${method} (unknown)`);
    throw new HttpError(404, "NOT_FOUND", "");
  }
  const relPath = path.slice(API_BASE_PATH.length) || "/";
  const match = matchRoute(apiRoutes, method, relPath);
  countRequest(core.counters, counterKey(method, match));

  const before = core.faults.take(method, relPath, false);
  if (before !== null) {
    applyFault(core, before, req, res);
    return;
  }
  await core.hooks.runBefore(method, relPath);
  if (core.faults.latencyMs > 0) await delay(core.faults.latencyMs);

  const ip = req.socket.remoteAddress ?? "unknown";
  if (core.rateLimiter) {
    const wait = core.rateLimiter.checkIp(ip);
    if (wait !== null) {
      throw tooMany(core, wait, "client IP");
    }
  }
  if (match.kind === "none") {
    throw new HttpError(404, "NOT_FOUND", "");
  }
  if (match.kind === "method-not-allowed") {
    throw new HttpError(405, "METHOD_NOT_ALLOWED", "", { allow: match.allow.join(", ") });
  }
  const route = match.route;
  let session = null;
  if (route.auth === "session") {
    const header = req.headers[SESSION_HEADER];
    session = core.state.useSession(typeof header === "string" ? header : undefined) ?? null;
    if (!session) {
      throw new HttpError(401, "UNAUTHORIZED", "");
    }
    if (core.rateLimiter) {
      const wait = core.rateLimiter.checkSession(session.id);
      if (wait !== null) {
        throw tooMany(core, wait, "session");
      }
    }
    if (route.mutating && session.readOnly) {
      throw new HttpError(
        403,
        "NOT_AUTHORIZED",
        `User '${session.username}' has no privilege to ${method} ${route.template}`,
      );
    }
  }
  let body: unknown = undefined;
  if (route.body) {
    if (!isJsonContentType(req.headers["content-type"])) {
      throw new HttpError(
        415,
        "UNSUPPORTED_MEDIA_TYPE",
        `Content type '${req.headers["content-type"]}' is not supported; send application/json`,
      );
    }
    if (raw.length === 0)
      throw new HttpError(400, "MISSING_REQUEST_BODY", "The request body is required");
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch {
      throw new HttpError(400, "MALFORMED_JSON", "The request body is not valid JSON");
    }
  }
  const ctx: RequestContext = {
    core,
    req,
    method,
    relPath,
    params: match.params,
    query: url.searchParams,
    session,
    origin: clientOrigin(req, scheme, origin()),
    body,
  };
  const reply: Reply = await route.handle(ctx);
  const after = core.faults.take(method, relPath, true);
  if (after !== null) {
    applyFault(core, after, req, res);
    return;
  }
  if (reply.body === undefined) sendEmpty(res, reply.status, reply.headers);
  else sendJson(res, reply.status, reply.body, reply.headers);
}
