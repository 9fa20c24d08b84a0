// The session layer of the request path: every request carries the local VRMS session,
// logged in lazily, one login in flight at a time however many calls need it; a request
// answered 401 drops that session, logs in again and is sent once more; dispose logs out.

import { VrmsAuthError, VrmsConfigError, VrmsHttpError, VrmsNotFoundError } from "./vrms-errors";
import type { HttpRequest, HttpResponse, Send } from "./http";
import type { SafeLogger } from "./logger";
import type { Redactor } from "./redact";
import { API_BASE_PATH, SESSION_HEADER, type SessionIdData } from "./wire";

/** How the session reaches the server: the login retried and paced, the logout neither. */
export interface SessionExchange {
  login: Send;
  /** Best effort on dispose: must not queue for the budget or wait out retries. */
  logout: Send;
}

export class SessionManager {
  private sessionId?: string;
  private pending?: Promise<string>;
  private readonly basic: string;
  private closed = false;
  /** Logins performed by this client (for tests and diagnostics). */
  loginCount = 0;

  constructor(
    private readonly exchange: SessionExchange,
    readonly username: string,
    password: string,
    private readonly log: SafeLogger,
    private readonly redactor: Redactor,
  ) {
    this.basic = redactor.addBasic(username, password);
  }

  /** Sends `req` with the session; a 401 logs in again and sends it once more. */
  async send<T>(req: HttpRequest, next: Send): Promise<HttpResponse<T>> {
    for (let fresh = false; ; fresh = true) {
      const sid = await this.ensure();
      try {
        return await next<T>({ ...req, headers: { ...req.headers, [SESSION_HEADER]: sid } });
      } catch (err) {
        if (!(err instanceof VrmsHttpError) || err.status !== 401) throw err;
        if (fresh) {
          throw new VrmsAuthError(
            `VRMS refused ${req.method} ${req.path} with 401 even after a fresh login as ` +
              `${this.username}`,
            { username: this.username, status: 401 },
          );
        }
        this.invalidate(sid);
      }
    }
  }

  /** The current session id, logging in first if there is none. */
  ensure(): Promise<string> {
    if (this.closed) return Promise.reject(new VrmsAuthError("the VRMS client has been disposed"));
    if (this.sessionId) return Promise.resolve(this.sessionId);
    if (!this.pending) {
      this.pending = this.login().finally(() => {
        this.pending = undefined;
      });
    }
    return this.pending;
  }

  /** Forget `sid` after the server refused it; a newer session is kept. */
  invalidate(sid: string): void {
    if (this.sessionId === sid) {
      this.sessionId = undefined;
      this.log.debug("session rejected by VRMS (401); will log in again");
    }
  }

  private async login(): Promise<string> {
    this.log.debug(`logging in as ${this.username}`);
    let data: SessionIdData;
    try {
      ({ data } = await this.exchange.login<SessionIdData>({
        method: "POST",
        path: "/session",
        headers: { Authorization: this.basic },
        label: "login",
      }));
    } catch (err) {
      if (err instanceof VrmsNotFoundError) {
        // Every VRMS answers POST /session: a 404 means nothing here speaks its API.
        const tried = err.url ?? "/session";
        throw new VrmsConfigError(
          `VRMS answered 404 to POST ${tried}: no VRMS REST API at this address; the base path ` +
            `is probably wrong (the VRMS serves it under ${API_BASE_PATH}; a url of just ` +
            `"host[:port]" uses that)`,
          tried.replace(/\/session$/, ""),
        );
      }
      if (err instanceof VrmsHttpError && (err.status === 401 || err.status === 403)) {
        throw new VrmsAuthError(
          `VRMS login failed for user ${this.username}: HTTP ${err.status} (check the user name and password)`,
          { username: this.username, status: err.status },
        );
      }
      throw err;
    }
    const sid = data && typeof data.session_id === "string" ? data.session_id : "";
    if (!sid) {
      throw new VrmsAuthError(`VRMS login for user ${this.username} returned no session id`, {
        username: this.username,
      });
    }
    this.redactor.add(sid);
    this.loginCount += 1;
    if (this.closed) {
      await this.logoutSession(sid);
      throw new VrmsAuthError("the VRMS client has been disposed");
    }
    this.sessionId = sid;
    return sid;
  }

  private async logoutSession(sid: string): Promise<void> {
    try {
      await this.exchange.logout({
        method: "DELETE",
        path: "/session",
        headers: { [SESSION_HEADER]: sid },
      });
    } catch (err) {
      this.log.debug(`logout failed: ${err instanceof Error ? err.message : "error"}`);
    }
  }

  /** Logs out (best effort) and refuses further use. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.pending) await this.pending.catch(() => undefined);
    const sid = this.sessionId;
    this.sessionId = undefined;
    if (sid) await this.logoutSession(sid);
  }
}
