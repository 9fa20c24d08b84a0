// The unreachable-site hold is kept by hand: one map entry per pairing holding the very error its
// callers get (retryAt, the site's message); a cockatiel breaker per pairing would answer its own.
// Remote sessions: the login on a pairing's remote site (POST /pairings/{id}/remote-session
// with the remote SSO credentials), which the VRMS ties to the local session. Without one,
// reads of the pairing are partial and a non-force delete is refused. One remote login per
// pairing per local session: concurrent callers share one in flight; a new local session (a
// re-login) or an answer saying the remote session is missing opens it again. A remote site
// that does not answer is not asked again for UNREACHABLE_HOLD_MS: callers fail at once.

import {
  VrmsAuthError,
  VrmsHttpError,
  VrmsRemoteAuthError,
  VrmsRemoteSiteUnreachableError,
} from "./vrms-errors";
import type { Send } from "./http";
import type { SafeLogger } from "./logger";
import { REMOTE_SITE_UNREACHABLE } from "./partial";
import type { Redactor } from "./redact";

export interface RemoteCredentials {
  username: string;
  password: string;
}

/** How long a remote site that did not answer is not asked again. */
export const UNREACHABLE_HOLD_MS = 60_000;

/** What the remote sessions need to know of the local one. */
export interface LocalSession {
  /** Changes whenever a new local session is logged in. */
  readonly loginCount: number;
}

const enc = encodeURIComponent;

export class RemoteSessions {
  /** Pairing id → the local login the remote session belongs to. */
  private readonly open = new Map<string, number>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly unreachable = new Map<string, VrmsRemoteSiteUnreachableError>();
  /** Remote logins sent so far (diagnostics). */
  loginCount = 0;

  constructor(
    /** The request path (retry → session → budget → transport). */
    private readonly send: Send,
    private readonly local: LocalSession,
    private readonly redactor: Redactor,
    private readonly log: SafeLogger,
  ) {}

  /** Opens the remote session for the pairing unless this local session already has one. */
  ensure(pairingId: string, creds: RemoteCredentials): Promise<void> {
    const down = this.unreachable.get(pairingId);
    if (down && Date.now() < down.retryAt) return Promise.reject(down);
    if (this.open.get(pairingId) === this.local.loginCount) return Promise.resolve();
    let p = this.pending.get(pairingId);
    if (!p) {
      p = this.login(pairingId, creds).finally(() => this.pending.delete(pairingId));
      this.pending.set(pairingId, p);
    }
    return p;
  }

  /**
   * Log in to the remote site on the next ensure, even if it was held back as unreachable: the
   * caller has seen the remote site answer again (an explicit createRemoteSession).
   */
  retryNow(pairingId: string): void {
    this.unreachable.delete(pairingId);
    this.forget(pairingId);
  }

  /** The server says this session has no remote session for the pairing: open it again next time. */
  forget(pairingId: string): void {
    if (this.open.delete(pairingId)) {
      this.log.debug(
        `remote session for pairing ${pairingId} is gone; will log in to the remote site again`,
      );
    }
  }

  /** The local session was logged out: the remote sessions it held ended with it. */
  clear(): void {
    this.open.clear();
  }

  private async login(pairingId: string, creds: RemoteCredentials): Promise<void> {
    const authorization = this.redactor.addBasic(creds.username, creds.password);
    this.loginCount += 1;
    try {
      await this.send<void>({
        method: "POST",
        path: `/pairings/${enc(pairingId)}/remote-session`,
        headers: { Authorization: authorization },
        label: `remote login for pairing ${pairingId}`,
      });
    } catch (err) {
      throw this.translate(err, pairingId, creds.username);
    }
    // Read after the answer: a local re-login on the way means the remote session is in the new one.
    this.open.set(pairingId, this.local.loginCount);
    this.unreachable.delete(pairingId);
  }

  private translate(err: unknown, pairingId: string, username: string): unknown {
    if (err instanceof VrmsHttpError && err.errorCode === REMOTE_SITE_UNREACHABLE) {
      const down = new VrmsRemoteSiteUnreachableError({
        pairingId,
        retryAt: Date.now() + UNREACHABLE_HOLD_MS,
        serverMessage: err.serverMessage,
        opId: err.opId,
      });
      this.unreachable.set(pairingId, down);
      return down;
    }
    const status =
      err instanceof VrmsHttpError || err instanceof VrmsAuthError ? err.status : undefined;
    if (status === 401 || status === 403) {
      const errorCode = err instanceof VrmsHttpError ? err.errorCode : undefined;
      return new VrmsRemoteAuthError({ pairingId, username, status, errorCode });
    }
    return err;
  }
}
