// Typed errors of the VRMS client. Every message is built from safe facts only
// (status, codes, ids, paths); none ever carries a password, a session id or an
// Authorization value, and no raw axios error (which holds request headers) is attached.

import type { Task, TaskStatus } from "./wire";

export class VrmsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export interface VrmsHttpErrorFacts {
  status: number;
  method: string;
  path: string;
  errorCode?: string;
  opId?: string;
  serverMessage?: string;
  /** The full URL of the request, without its query (never with credentials). */
  url?: string;
}

function describeHttp(f: VrmsHttpErrorFacts): string {
  const parts = [`VRMS answered ${f.status} to ${f.method} ${f.path}`];
  if (f.errorCode) parts.push(`error_code ${f.errorCode}`);
  if (f.serverMessage) parts.push(f.serverMessage);
  if (f.opId) parts.push(`op_id ${f.opId}`);
  return parts.join(": ");
}

export class VrmsHttpError extends VrmsError {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly errorCode?: string;
  readonly opId?: string;
  /** The `message` field of the server's error body, if it sent one. */
  readonly serverMessage?: string;
  readonly url?: string;
  constructor(facts: VrmsHttpErrorFacts, message?: string) {
    super(message ?? describeHttp(facts));
    this.url = facts.url;
    this.status = facts.status;
    this.method = facts.method;
    this.path = facts.path;
    this.errorCode = facts.errorCode;
    this.opId = facts.opId;
    this.serverMessage = facts.serverMessage;
  }
}

export class VrmsNotFoundError extends VrmsHttpError {}

export class VrmsRateLimitError extends VrmsHttpError {
  readonly retryAfterMs?: number;
  constructor(facts: VrmsHttpErrorFacts, retryAfterMs?: number) {
    super(
      facts,
      `${describeHttp(facts)}: rate limit reached` +
        (retryAfterMs !== undefined ? ` (retry after ${retryAfterMs} ms)` : ""),
    );
    this.retryAfterMs = retryAfterMs;
  }
}

export class VrmsAuthError extends VrmsError {
  readonly username?: string;
  readonly status?: number;
  constructor(message: string, facts: { username?: string; status?: number } = {}) {
    super(message);
    this.username = facts.username;
    this.status = facts.status;
  }
}

export interface TaskFacts {
  taskId: string;
  description?: string;
  operation?: string;
}

function taskLabel(f: TaskFacts): string {
  const what = f.operation ?? f.description ?? "task";
  return `${what} (task ${f.taskId}${f.description && f.operation ? `, "${f.description}"` : ""})`;
}

export class VrmsTaskFailedError extends VrmsError {
  readonly taskId: string;
  readonly description?: string;
  readonly operation?: string;
  readonly taskMessage?: string;
  readonly details?: string;
  readonly task?: Task;
  constructor(facts: TaskFacts & { taskMessage?: string; details?: string; task?: Task }) {
    let message = `${taskLabel(facts)} failed`;
    if (facts.taskMessage) message += `: ${facts.taskMessage}`;
    if (facts.details) message += ` (${facts.details})`;
    super(message);
    this.taskId = facts.taskId;
    this.description = facts.description;
    this.operation = facts.operation;
    this.taskMessage = facts.taskMessage;
    this.details = facts.details;
    this.task = facts.task;
  }
}

export class VrmsTaskCancelledError extends VrmsError {
  readonly taskId: string;
  readonly description?: string;
  readonly operation?: string;
  constructor(facts: TaskFacts) {
    super(`${taskLabel(facts)} was cancelled`);
    this.taskId = facts.taskId;
    this.description = facts.description;
    this.operation = facts.operation;
  }
}

export class VrmsTaskTimeoutError extends VrmsError {
  readonly taskId: string;
  readonly elapsedMs: number;
  readonly lastStatus: TaskStatus | "UNKNOWN";
  readonly lastProgress?: number;
  readonly operation?: string;
  constructor(
    facts: TaskFacts & {
      elapsedMs: number;
      lastStatus: TaskStatus | "UNKNOWN";
      lastProgress?: number;
    },
  ) {
    super(
      `timed out after ${facts.elapsedMs} ms waiting for ${taskLabel(facts)}; last status ` +
        `${facts.lastStatus}${facts.lastProgress !== undefined ? ` at ${facts.lastProgress}%` : ""}` +
        `. The task may still finish on the server.`,
    );
    this.taskId = facts.taskId;
    this.elapsedMs = facts.elapsedMs;
    this.lastStatus = facts.lastStatus;
    this.lastProgress = facts.lastProgress;
    this.operation = facts.operation;
  }
}

export class VrmsTlsError extends VrmsError {
  readonly reason: string;
  readonly presentedSha256?: string;
  readonly presentedSha1?: string;
  readonly host?: string;
  constructor(facts: {
    reason: string;
    presentedSha256?: string;
    presentedSha1?: string;
    host?: string;
  }) {
    let message = `TLS trust failure${facts.host ? ` for ${facts.host}` : ""}: ${facts.reason}`;
    if (facts.presentedSha256 || facts.presentedSha1) {
      message +=
        `. The server presented a certificate with SHA-256 thumbprint ` +
        `${facts.presentedSha256 ?? "(unknown)"} and SHA-1 thumbprint ${facts.presentedSha1 ?? "(unknown)"}` +
        `; pin one of them if you trust it`;
    }
    super(message);
    this.reason = facts.reason;
    this.presentedSha256 = facts.presentedSha256;
    this.presentedSha1 = facts.presentedSha1;
    this.host = facts.host;
  }
}

export class VrmsAbortError extends VrmsError {
  readonly taskId?: string;
  constructor(message: string, taskId?: string) {
    super(message);
    this.taskId = taskId;
  }
}

/** What to check after a network failure, by its code. */
const NETWORK_HINTS: Record<string, string> = {
  ENOTFOUND: "the host name is unknown (DNS); check the host in the VRMS url",
  EAI_AGAIN:
    "the host name could not be resolved (DNS unavailable); check the host in the VRMS url and the DNS",
  ECONNREFUSED:
    "nothing accepts connections there; check the host and port in the VRMS url, that the VRMS is running and that no firewall rejects the port",
  EHOSTUNREACH: "the host is unreachable; check the host in the VRMS url and the network route",
  ENETUNREACH: "the network is unreachable; check the network route to the VRMS",
  ETIMEDOUT: "no answer in time; check that the VRMS is running and reachable",
  ECONNABORTED: "no answer in time; check that the VRMS is running and reachable",
};

export interface VrmsNetworkErrorFacts {
  code: string;
  method: string;
  path: string;
  detail?: string;
  /** The full URL tried (never with credentials). */
  url?: string;
}

export class VrmsNetworkError extends VrmsError {
  readonly code: string;
  readonly method: string;
  readonly path: string;
  readonly url?: string;
  constructor(facts: VrmsNetworkErrorFacts) {
    const hint = NETWORK_HINTS[facts.code];
    super(
      `network error on ${facts.method} ${facts.url ?? facts.path}: ${facts.code}` +
        (facts.detail && facts.detail !== facts.code ? ` (${facts.detail})` : "") +
        (hint && facts.url ? `: ${hint}` : ""),
    );
    this.code = facts.code;
    this.method = facts.method;
    this.path = facts.path;
    this.url = facts.url;
  }
}

/**
 * The client cannot be used as configured: plain http:// without `insecure`, a pin or CA
 * bundle over http://, a base path with no VRMS API behind it, or http:// to an HTTPS server.
 * Thrown before any credential is sent, or on the first answer that proves it.
 */
export class VrmsConfigError extends VrmsError {
  /** The VRMS url concerned (never with credentials). */
  readonly url: string;
  constructor(message: string, url: string) {
    super(message);
    this.url = url;
  }
}

/** The remote site's SSO refused the remote credentials (REMOTE_AUTHENTICATION_FAILED, 401/403). */
export class VrmsRemoteAuthError extends VrmsAuthError {
  readonly pairingId: string;
  readonly errorCode?: string;
  constructor(facts: { pairingId: string; username: string; status: number; errorCode?: string }) {
    super(
      `remote site login for pairing ${facts.pairingId} failed for user ${facts.username}: HTTP ` +
        `${facts.status}${facts.errorCode ? ` ${facts.errorCode}` : ""} (check the remote user name ` +
        `and password)`,
      { username: facts.username, status: facts.status },
    );
    this.pairingId = facts.pairingId;
    this.errorCode = facts.errorCode;
  }
}

/**
 * The remote site of a pairing does not answer (REMOTE_SITE_UNREACHABLE on the remote login).
 * Not retried: the client does not try that remote login again before `retryAt`.
 */
export class VrmsRemoteSiteUnreachableError extends VrmsError {
  readonly pairingId: string;
  /** Epoch ms before which the client fails this remote login at once. */
  readonly retryAt: number;
  readonly serverMessage?: string;
  readonly opId?: string;
  constructor(facts: {
    pairingId: string;
    retryAt: number;
    serverMessage?: string;
    opId?: string;
  }) {
    super(
      `the remote site of pairing ${facts.pairingId} is not reachable` +
        (facts.serverMessage ? ` (${facts.serverMessage})` : "") +
        `; the remote login is not tried again before ${new Date(facts.retryAt).toISOString()}` +
        (facts.opId ? `: op_id ${facts.opId}` : ""),
    );
    this.pairingId = facts.pairingId;
    this.retryAt = facts.retryAt;
    this.serverMessage = facts.serverMessage;
    this.opId = facts.opId;
  }
}
