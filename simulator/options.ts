// Options the simulator accepts, and their defaults.

export interface SimulatorUser {
  username: string;
  password: string;
  /** A user without privileges: every call that changes state answers 403. */
  readOnly?: boolean;
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
  /** Remote vCenters in the catalogue; default 3. */
  remoteSiteCount?: number;
  taskDurations?: TaskDurations;
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

/** Off until the provider opens remote sessions; then the vendor's contract is the default. */
export const DEFAULT_REMOTE_SITE_CONTRACT = false;

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
  remoteSiteCount: number;
  taskDurations: Required<TaskDurations>;
  rateLimit: Required<RateLimitOptions> | null;
  sessionIdleTimeoutMs: number | null;
  remoteSiteContract: boolean;
  logRequests: boolean;
  maxBodyBytes: number;
  controlSurface: boolean;
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
  return {
    port: nonNegative("port", options.port ?? 0),
    host: options.host ?? "127.0.0.1",
    tls: options.tls ?? true,
    users,
    remoteSiteCount: nonNegative("remoteSiteCount", options.remoteSiteCount ?? 3),
    taskDurations: durations,
    rateLimit,
    sessionIdleTimeoutMs:
      options.sessionIdleTimeoutMs === undefined
        ? null
        : nonNegative("sessionIdleTimeoutMs", options.sessionIdleTimeoutMs),
    remoteSiteContract: options.remoteSiteContract ?? DEFAULT_REMOTE_SITE_CONTRACT,
    logRequests: options.logRequests ?? false,
    maxBodyBytes: nonNegative("maxBodyBytes", options.maxBodyBytes ?? 1024 * 1024),
    controlSurface: options.controlSurface ?? true,
  };
}
