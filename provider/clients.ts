import { createHash } from "crypto";
import { Logger, VrmsClient } from "../sdk";
import { debugEnabledByEnv } from "../sdk/logger";
import { normalizeBaseUrl } from "../sdk/url";
import { ConnectionSettings, loadCaBundle } from "./connection";

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

/**
 * One client per connection: all pairings that share a pool share its session (N pairings,
 * 1 login) and its request budget against the VRMS rate limit.
 */
export class VrmsClientPool {
  private readonly clients = new Map<string, VrmsClient>();

  /** The pool's client for these settings, made on first use. */
  clientFor(c: ConnectionSettings): VrmsClient {
    const key = connectionKey(c);
    let client = this.clients.get(key);
    if (!client) {
      client = new VrmsClient({
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
      this.clients.set(key, client);
    }
    return client;
  }

  /** How many connections have a client. */
  get size(): number {
    return this.clients.size;
  }

  /** Logs every client out and forgets it (an embedder's shutdown; the host simply exits). */
  async dispose(): Promise<void> {
    const all = [...this.clients.values()];
    this.clients.clear();
    await Promise.allSettled(all.map((c) => c.dispose()));
  }
}

/** The provider host's pool: every lifecycle call and lookup in one process shares it. */
export const hostClients = new VrmsClientPool();
