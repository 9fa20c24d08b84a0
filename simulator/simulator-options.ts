// Options the simulator accepts, and their defaults.
import { DEFAULT_LOCAL_SITE } from "./catalogue";
import { type Role, ROLES } from "./permissions";
import {
  type ProgressOptions,
  type ResolvedProgress,
  resolveProgressOptions,
} from "./progress-profiles";

export interface SimulatorUser {
  username: string;
  password: string;
  /**
   * "administrator" (the default: every privilege), "operator" (what the pairing operations
   * need) or "read-only" (view privileges only): see permissions.ts.
   */
  role?: Role;
  /** Same as role "read-only" (kept for older tests). */
  readOnly?: boolean;
  /** Exactly these privileges (overrides role), e.g. to take away one `x-dr-permissions` entry. */
  privileges?: string[];
}

export interface TaskRetention {
  /** Finished tasks older than this (since they finished) answer 404; default: kept. */
  maxAgeMs?: number;
  /** At most this many finished tasks are kept, the oldest go first; default 1000. */
  maxCount?: number;
}

export interface ClockOptions {
  /** The whole server's clock (Date header and task times) runs this far ahead (< 0: behind). */
  offsetMs?: number;
  /** Task times run this far ahead of the server's Date header (< 0: behind). */
  taskSkewMs?: number;
}

export interface TaskDurations {
  createMs?: number;
  reconnectMs?: number;
  deleteMs?: number;
  /** How long a new task stays QUEUED before it turns RUNNING. */
  queuedMs?: number;
}

export interface RateLimitOptions {
  perSession?: number;
  perClientIp?: number;
  windowMs?: number;
}

export interface SimulatorOptions {
  /** 0 = a free port (the default here); the CLI defaults to 8443. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default true: HTTPS with a certificate generated at start. false = plain HTTP. */
  tls?: boolean;
  /** Local SSO users; default one administrator (see DEFAULT_USER). */
  users?: SimulatorUser[];
  /**
   * Names the local site: the local vCenter, VRMS and self pairing ids derive from it, so
   * simulators with different names are different VRMSes. Default "local" (the same ids in
   * every simulator).
   */
  localSite?: string;
  /** Remote vCenters in the catalogue; default 3. */
  remoteSiteCount?: number;
  taskDurations?: TaskDurations;
  /** Progress profile per task kind, running-time jitter, seed (see progress-profiles.ts). */
  progress?: ProgressOptions;
  /** Off by default; true = 50 per session and 100 per client IP per 60 s window. */
  rateLimit?: boolean | RateLimitOptions;
  /** Off by default: sessions never expire while idle. */
  sessionIdleTimeoutMs?: number;
  /**
   * The vendor's remote-site connectivity contract: a session without a remote session for a
   * pairing reads it partially and cannot delete it without force=true. false = every session
   * reads full data, as before the contract was modelled. Default: DEFAULT_REMOTE_SITE_CONTRACT.
   */
  remoteSiteContract?: boolean;
  /** "base64" (default, as in the vendor's example): a base64-encoded UUID; "uuid": a bare one. */
  sessionIds?: "base64" | "uuid";
  taskRetention?: TaskRetention;
  clock?: ClockOptions;
  logRequests?: boolean;
  /** Largest accepted request body; default 1 MiB, larger answers 413. */
  maxBodyBytes?: number;
  /** The HTTP control surface under /_simulator; default true. */
  controlSurface?: boolean;
}

export const DEFAULT_USER: SimulatorUser = {
  username: "administrator@vsphere.local",
  password: "VMware1!",
};

export const DEFAULT_TASK_DURATIONS: Required<TaskDurations> = {
  createMs: 4000,
  reconnectMs: 3000,
  deleteMs: 2000,
  queuedMs: 300,
};

/** The vendor's contract; `false` keeps the world from before it was modelled (full data for all). */
export const DEFAULT_REMOTE_SITE_CONTRACT = true;

/** "Recent" tasks are undocumented; by default the last 1000 finished ones are kept. */
export const DEFAULT_TASK_RETENTION_COUNT = 1000;

export const DEFAULT_RATE_LIMIT: Required<RateLimitOptions> = {
  perSession: 50,
  perClientIp: 100,
  windowMs: 60_000,
};

export interface ResolvedOptions {
  port: number;
  host: string;
  tls: boolean;
  users: SimulatorUser[];
  localSite: string;
  remoteSiteCount: number;
  taskDurations: Required<TaskDurations>;
  progress: ResolvedProgress;
  rateLimit: Required<RateLimitOptions> | null;
  sessionIdleTimeoutMs: number | null;
  remoteSiteContract: boolean;
  sessionIds: "base64" | "uuid";
  taskRetention: { maxAgeMs: number | null; maxCount: number };
  clock: Required<ClockOptions>;
  logRequests: boolean;
  maxBodyBytes: number;
  controlSurface: boolean;
}

function finite(name: string, value: number): number {
  if (!Number.isFinite(value)) {
    throw new RangeError(`simulator option ${name} must be a finite number, got ${value}`);
  }
  return value;
}

function nonNegative(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) {
    throw new RangeError(`simulator option ${name} must be a non-negative number, got ${value}`);
  }
  return value;
}

export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const durations = { ...DEFAULT_TASK_DURATIONS, ...(options.taskDurations ?? {}) };
  for (const [k, v] of Object.entries(durations)) nonNegative(`taskDurations.${k}`, v);
  let rateLimit: Required<RateLimitOptions> | null = null;
  if (options.rateLimit === true) rateLimit = { ...DEFAULT_RATE_LIMIT };
  else if (options.rateLimit) rateLimit = { ...DEFAULT_RATE_LIMIT, ...options.rateLimit };
  const users = (options.users ?? [DEFAULT_USER]).map((u) => ({ ...u }));
  if (users.length === 0) throw new RangeError("simulator needs at least one user");
  for (const u of users) {
    if (u.role !== undefined && !ROLES.includes(u.role)) {
      throw new RangeError(
        `simulator user ${u.username}: role must be one of ${ROLES.join(", ")}, got '${u.role}'`,
      );
    }
  }
  return {
    port: nonNegative("port", options.port ?? 0),
    host: options.host ?? "127.0.0.1",
    tls: options.tls ?? true,
    users,
    localSite: localSiteName(options.localSite),
    remoteSiteCount: nonNegative("remoteSiteCount", options.remoteSiteCount ?? 3),
    taskDurations: durations,
    progress: resolveProgressOptions(options.progress),
    rateLimit,
    sessionIdleTimeoutMs:
      options.sessionIdleTimeoutMs === undefined
        ? null
        : nonNegative("sessionIdleTimeoutMs", options.sessionIdleTimeoutMs),
    remoteSiteContract: options.remoteSiteContract ?? DEFAULT_REMOTE_SITE_CONTRACT,
    sessionIds: sessionIdFormat(options.sessionIds),
    taskRetention: {
      maxAgeMs:
        options.taskRetention?.maxAgeMs === undefined
          ? null
          : nonNegative("taskRetention.maxAgeMs", options.taskRetention.maxAgeMs),
      maxCount: nonNegative(
        "taskRetention.maxCount",
        options.taskRetention?.maxCount ?? DEFAULT_TASK_RETENTION_COUNT,
      ),
    },
    clock: {
      offsetMs: finite("clock.offsetMs", options.clock?.offsetMs ?? 0),
      taskSkewMs: finite("clock.taskSkewMs", options.clock?.taskSkewMs ?? 0),
    },
    logRequests: options.logRequests ?? false,
    maxBodyBytes: nonNegative("maxBodyBytes", options.maxBodyBytes ?? 1024 * 1024),
    controlSurface: options.controlSurface ?? true,
  };
}

function localSiteName(value: string | undefined): string {
  if (value === undefined) return DEFAULT_LOCAL_SITE;
  if (!/^[a-z0-9][a-z0-9-]*$/.test(value)) {
    throw new RangeError(
      `simulator option localSite must be lowercase letters, digits and dashes, got '${value}'`,
    );
  }
  return value;
}

function sessionIdFormat(value: string | undefined): "base64" | "uuid" {
  if (value === undefined || value === "base64" || value === "uuid") return value ?? "base64";
  throw new RangeError(`simulator option sessionIds must be "base64" or "uuid", got '${value}'`);
}
