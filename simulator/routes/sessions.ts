// POST/GET/DELETE /session and the remote session of a pairing.
import type { SessionIdData, SessionInfo } from "../../sdk/wire";
import { HttpError, badRequest, notFound, parseBasicAuth, unauthorized } from "../http-util";
import type { Route } from "../route-types";

export const sessionRoutes: Route[] = [
  {
    method: "POST",
    template: "/session",
    auth: "basic",
    mutating: false,
    body: false,
    handle(ctx) {
      const creds = parseBasicAuth(ctx.req.headers.authorization);
      if (!creds) throw unauthorized();
      // SSO user names are case-insensitive; passwords are not.
      const user = ctx.core.options.users.find(
        (u) =>
          u.username.toLowerCase() === creds.username.toLowerCase() &&
          u.password === creds.password,
      );
      if (!user) throw unauthorized();
      const session = ctx.core.state.openSession(user.username, Boolean(user.readOnly));
      ctx.core.counters.logins += 1;
      const body: SessionIdData = { session_id: session.id };
      return { status: 200, body };
    },
  },
  {
    method: "GET",
    template: "/session",
    auth: "session",
    mutating: false,
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
    mutating: false,
    body: false,
    handle(ctx) {
      ctx.core.state.sessions.delete(ctx.session!.id);
      ctx.core.counters.logouts += 1;
      return { status: 204 };
    },
  },
  {
    method: "POST",
    template: "/pairings/{pairing_id}/remote-session",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const { state, options } = ctx.core;
      const id = ctx.params.pairing_id;
      const creds = parseBasicAuth(ctx.req.headers.authorization);
      if (id === state.local.selfPairingId) {
        if (!creds)
          throw badRequest(
            "MISSING_REMOTE_CREDENTIALS",
            "The remote site's credentials are required as HTTP Basic authorization",
          );
        const ok = options.users.some(
          (u) =>
            u.username.toLowerCase() === creds.username.toLowerCase() &&
            u.password === creds.password,
        );
        if (!ok) throw remoteLoginFailed(creds.username);
        ctx.session!.remoteSessions.set(id, creds.username);
        return { status: 204 };
      }
      const pairing = state.pairings.get(id);
      if (!pairing) throw notFound();
      if (!creds)
        throw badRequest(
          "MISSING_REMOTE_CREDENTIALS",
          "The remote site's credentials are required as HTTP Basic authorization",
        );
      if (!pairing.site.up) {
        throw new HttpError(
          500,
          "REMOTE_SITE_UNREACHABLE",
          `The remote site of vCenter Server ${pairing.site.name} is not reachable.`,
        );
      }
      if (
        creds.username.toLowerCase() !== pairing.site.username.toLowerCase() ||
        creds.password !== pairing.site.password
      ) {
        throw remoteLoginFailed(creds.username);
      }
      ctx.session!.remoteSessions.set(id, creds.username);
      return { status: 204 };
    },
  },
  {
    method: "GET",
    template: "/pairings/{pairing_id}/remote-session",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const id = ctx.params.pairing_id;
      const { state } = ctx.core;
      if (id !== state.local.selfPairingId && !state.pairings.has(id)) throw notFound();
      const username = ctx.session!.remoteSessions.get(id);
      // No remote login yet for this pairing in this session: 404, like an unknown resource.
      if (username === undefined) throw notFound();
      const body: SessionInfo = { username };
      return { status: 200, body };
    },
  },
];

function remoteLoginFailed(username: string): HttpError {
  return new HttpError(
    403,
    "REMOTE_AUTHENTICATION_FAILED",
    `Cannot log in to the remote site as '${username}': incorrect user name or password.`,
  );
}
