// The shape of an API route and of what a handler sees.
import type { IncomingMessage } from "node:http";
import type { SimulatorCore } from "./core";
import type { Session } from "./session-store";

export interface RequestContext {
  core: SimulatorCore;
  req: IncomingMessage;
  method: string;
  /** Path relative to the API base, e.g. "/pairings/123". */
  relPath: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** The live session, present on every route with auth "session". */
  session: Session | null;
  /** "https://host:port" as the client addressed us, for absolute links. */
  origin: string;
  /** The parsed JSON body (routes with body: true). */
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST" | "DELETE";
  /** Relative to the API base, with {param} segments. */
  template: string;
  /** "session": needs x-dr-session; "basic": login with Basic auth. */
  auth: "session" | "basic";
  /** Expects a JSON body. */
  body: boolean;
  handle(ctx: RequestContext): Reply | Promise<Reply>;
}
