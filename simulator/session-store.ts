// The session object: local logins (POST/GET/DELETE /session), their idle expiry, and the
// remote sessions each one holds. A remote session belongs to the local session that opened it,
// so it ends with it (logout, idle expiry, expireSessions).
import { randomUUID } from "node:crypto";
import type { SessionIdData, SessionInfo } from "../sdk/wire";
import { Unauthorized } from "./api-errors";
import { parseBasicAuth } from "./http-util";
import type { SimulatorUser } from "./simulator-options";
import { type Privilege, privilegesOf } from "./permissions";
import type { Route } from "./route-types";

export interface Session {
  id: string;
  username: string;
  /** null: every privilege (see permissions.ts). */
  privileges: ReadonlySet<Privilege> | null;
  createdAt: number;
  lastUsedAt: number;
  /** pairing id -> remote SSO user name */
  remoteSessions: Map<string, string>;
}

export class SessionStore {
  private readonly live = new Map<string, Session>();
  /** Every session id ever handed out, kept after expiry so tests can look for leaks. */
  readonly issuedIds: string[] = [];

  constructor(
    private readonly idleTimeoutMs: number | null,
    private readonly idFormat: "base64" | "uuid",
  ) {}

  open(username: string, privileges: ReadonlySet<Privilege> | null): Session {
    const now = Date.now();
    const uuid = randomUUID();
    const session: Session = {
      // The vendor's example session id is a base64-encoded UUID.
      id: this.idFormat === "base64" ? Buffer.from(uuid).toString("base64") : uuid,
      username,
      privileges,
      createdAt: now,
      lastUsedAt: now,
      remoteSessions: new Map(),
    };
    this.live.set(session.id, session);
    this.issuedIds.push(session.id);
    return session;
  }

  /** The live session for this header value, touching its idle clock; undefined if none. */
  use(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.live.get(id);
    if (!session) return undefined;
    const now = Date.now();
    if (this.idleTimeoutMs !== null && now - session.lastUsedAt > this.idleTimeoutMs) {
      this.live.delete(id);
      return undefined;
    }
    session.lastUsedAt = now;
    return session;
  }

  close(id: string): void {
    this.live.delete(id);
  }

  expireAll(): void {
    this.live.clear();
  }

  /** A pairing is gone: no session keeps a remote session for it. */
  forgetPairing(pairingId: string): void {
    for (const s of this.live.values()) s.remoteSessions.delete(pairingId);
  }
}

/** SSO user names are case-insensitive; passwords are not. */
export function findUser(
  users: SimulatorUser[],
  creds: { username: string; password: string },
): SimulatorUser | undefined {
  return users.find(
    (u) =>
      u.username.toLowerCase() === creds.username.toLowerCase() && u.password === creds.password,
  );
}

export const sessionRoutes: Route[] = [
  {
    method: "POST",
    template: "/session",
    auth: "basic",
    body: false,
    handle(ctx) {
      const creds = parseBasicAuth(ctx.req.headers.authorization);
      if (!creds) throw new Unauthorized();
      const user = findUser(ctx.core.options.users, creds);
      if (!user) throw new Unauthorized();
      const session = ctx.core.state.sessions.open(user.username, privilegesOf(user));
      ctx.core.counters.logins += 1;
      const body: SessionIdData = { session_id: session.id };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: "/session",
    auth: "session",
    body: false,
    handle(ctx) {
      const body: SessionInfo = { username: ctx.session!.username };
      return { status: 200, body };
    },
  },
  {
    method: "DELETE",
    template: "/session",
    auth: "session",
    body: false,
    handle(ctx) {
      ctx.core.state.sessions.close(ctx.session!.id);
      ctx.core.counters.logouts += 1;
      return { status: 204 };
    },
  },
];
