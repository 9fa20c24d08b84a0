// The remote session of a pairing (POST/GET /pairings/{id}/remote-session): a login on the
// remote site's SSO, held by the local session that opened it.
import type { SessionInfo } from "../sdk/wire";
import {
  BadRequest,
  NotFound,
  RemoteAuthenticationFailed,
  RemoteSiteUnreachable,
} from "./api-errors";
import { parseBasicAuth } from "./http-util";
import { checkRemoteSessionRead } from "./remote-contract";
import { ssoAccepts } from "./remote-login";
import type { Route } from "./route-types";
import { findUser } from "./session-store";

function missingCredentials(): BadRequest {
  return new BadRequest(
    "MISSING_REMOTE_CREDENTIALS",
    "The remote site's credentials are required as HTTP Basic authorization",
  );
}

export const remoteSessionRoutes: Route[] = [
  {
    method: "POST",
    template: "/pairings/{pairing_id}/remote-session",
    auth: "session",
    body: false,
    handle(ctx) {
      const { state, options } = ctx.core;
      const id = ctx.params.pairing_id;
      const creds = parseBasicAuth(ctx.req.headers.authorization);
      if (state.pairings.isSelf(id)) {
        // The self pairing's remote site is this site: its own users log in.
        if (!creds) throw missingCredentials();
        if (!findUser(options.users, creds)) throw new RemoteAuthenticationFailed(creds.username);
        ctx.session!.remoteSessions.set(id, creds.username);
        return { status: 204 };
      }
      const pairing = state.pairings.get(id);
      if (!pairing) throw new NotFound();
      if (!creds) throw missingCredentials();
      if (!pairing.site.up) throw new RemoteSiteUnreachable(pairing.site.name);
      if (!ssoAccepts(pairing.site, creds)) throw new RemoteAuthenticationFailed(creds.username);
      ctx.session!.remoteSessions.set(id, creds.username);
      return { status: 204 };
    },
  },
  {
    method: "GET",
    template: "/pairings/{pairing_id}/remote-session",
    auth: "session",
    body: false,
    handle(ctx) {
      const id = ctx.params.pairing_id;
      const { pairings } = ctx.core.state;
      const rec = pairings.get(id);
      if (!pairings.isSelf(id) && !rec) throw new NotFound();
      checkRemoteSessionRead(ctx, rec);
      const username = ctx.session!.remoteSessions.get(id);
      // With the contract off: no remote login yet for this pairing in this session is 404.
      if (username === undefined) throw new NotFound();
      const body: SessionInfo = { username };
      return { status: 200, body };
    },
  },
];
