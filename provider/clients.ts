import { createHash } from "crypto";
import { Logger, VrmsClient } from "../sdk";
import { debugEnabledByEnv } from "../sdk/logger";
import { normalizeBaseUrl } from "../sdk/url";
import type { ConnectionSettings } from "./connection";
import { loadCaBundle } from "./pem";

const logger: Logger = {
  debug: (msg) => {
    // VRMS_DEBUG=1 in the environment of `pulumi` turns on the sdk's request lines (redacted).
    if (debugEnabledByEnv()) console.error(`vr-pairing: debug: ${msg}`);
  },
  info: (msg) => console.log(`vr-pairing: ${msg}`),
  warn: (msg) => console.log(`vr-pairing: warning: ${msg}`),
};

const digest = (text: string | undefined) =>
  text === undefined ? "" : createHash("sha256").update(text).digest("hex");

/** The password is part of the key only as a digest, so a changed password gets a fresh login. */
export function connectionKey(c: ConnectionSettings): string {
  return JSON.stringify([
    normalizeBaseUrl(c.url),
    c.username,
    digest(c.password),
    c.thumbprint ?? "",
    digest(c.caBundle),
    c.insecure,
  ]);
}

function newClient(c: ConnectionSettings): VrmsClient {
  return new VrmsClient({
    url: normalizeBaseUrl(c.url),
    username: c.username,
    password: c.password,
    tls: {
      thumbprint: c.thumbprint,
      caBundle: c.caBundle === undefined ? undefined : loadCaBundle(c.caBundle),
      insecure: c.insecure,
    },
    logger,
    // No requestBudget or poll: the sdk reads VRMS_REQUEST_BUDGET ("45/60s", "100/1s", "off")
    // and VRMS_POLL_INTERVAL ("500ms") from the host's environment itself; unset, its
    // defaults (45 per 60 s, 500 ms) apply.
  });
}

/**
 * One client per connection: all pairings that share a pool share its session (N pairings,
 * 1 login) and its request budget against the VRMS rate limit.
 */
export class VrmsClientPool {
  private readonly clients = new Map<string, VrmsClient>();

  /** `onFirstClient` runs once, when the pool makes its first client. */
  constructor(private onFirstClient?: (pool: VrmsClientPool) => void) {}

  /** The pool's client for these settings, made on first use. */
  clientFor(c: ConnectionSettings): VrmsClient {
    const key = connectionKey(c);
    let client = this.clients.get(key);
    if (!client) {
      this.onFirstClient?.(this);
      this.onFirstClient = undefined;
      client = newClient(c);
      this.clients.set(key, client);
    }
    return client;
  }

  /** How many connections have a client. */
  get size(): number {
    return this.clients.size;
  }

  /** Logs every client out (and so the remote sessions each opened) and forgets it. */
  async dispose(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.allSettled(all.map((c) => c.close()));
  }
}

/** How long a stopping process waits for its logouts: the engine kills a plugin soon after. */
export const LOGOUT_ON_STOP_MS = 2000;

/**
 * The dynamic-provider host has no shutdown of its own: its gRPC server keeps it alive until
 * the engine signals it, and Cancel does nothing. So the host's pool hooks SIGTERM and SIGINT
 * (log out, for at most LOGOUT_ON_STOP_MS, then let the signal end the process as it would
 * have) and beforeExit (a process that embeds the provider and simply runs out of work).
 */
function logOutOnStop(pool: VrmsClientPool): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    const onSignal = () => {
      // Unhooked first: a second signal ends the process at once.
      process.removeListener(signal, onSignal);
      void logOutWithin(pool, LOGOUT_ON_STOP_MS).then(() => process.kill(process.pid, signal));
    };
    process.on(signal, onSignal);
  }
  process.on("beforeExit", () => {
    if (pool.size > 0) void pool.dispose();
  });
}

async function logOutWithin(pool: VrmsClientPool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([pool.dispose(), late]);
  clearTimeout(timer);
}

/** The provider host's pool: every lifecycle call in one process shares it. */
export const hostClients = new VrmsClientPool(logOutOnStop);

/** Lookup clients in use: a lookup's session ends when the last lookup sharing it ends. */
const lookups = new Map<string, { client: VrmsClient; users: number }>();

/**
 * Runs `read` with a client of its own for a lookup (getPairings, lookupPairing): lookups that
 * run at the same time share one login, and the last one to finish logs out, so a program
 * that only reads leaves no session open on the VRMS.
 */
export async function withLookupClient<T>(
  c: ConnectionSettings,
  read: (client: VrmsClient) => Promise<T>,
): Promise<T> {
  const key = connectionKey(c);
  let entry = lookups.get(key);
  if (!entry) {
    entry = { client: newClient(c), users: 0 };
    lookups.set(key, entry);
  }
  entry.users += 1;
  try {
    return await read(entry.client);
  } finally {
    entry.users -= 1;
    if (entry.users === 0) {
      lookups.delete(key);
      await entry.client.close();
    }
  }
}
