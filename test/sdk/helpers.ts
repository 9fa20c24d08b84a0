// Shared helpers of the sdk suites: a pinned client on a simulator, and a record of
// everything the client logged or threw, for the secret scan.
import { inspect } from "node:util";
import type { Simulator } from "../../simulator";
import { VrmsClient, type VrmsClientOptions, type Logger } from "../../sdk";

export class Capture implements Logger {
  readonly lines: string[] = [];
  readonly thrown: unknown[] = [];
  private readonly watchers: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  debug(m: string): void {
    this.record(`debug ${m}`);
  }
  info(m: string): void {
    this.record(`info ${m}`);
  }
  warn(m: string): void {
    this.record(`warn ${m}`);
  }
  /** Resolves with the first line logged from now on that matches (a point to synchronise on). */
  whenLogged(pattern: RegExp): Promise<string> {
    return new Promise((resolve) => this.watchers.push({ pattern, resolve }));
  }
  private record(line: string): void {
    this.lines.push(line);
    for (const w of [...this.watchers]) {
      if (!w.pattern.test(line)) continue;
      this.watchers.splice(this.watchers.indexOf(w), 1);
      w.resolve(line);
    }
  }
  /** Awaits `p` expecting a rejection; records and returns the error. */
  async failure(p: Promise<unknown>): Promise<unknown> {
    try {
      await p;
    } catch (err) {
      this.thrown.push(err);
      return err;
    }
    throw new Error("expected a rejection");
  }
  /** Everything logged or thrown, rendered as fully as Node can (hidden props, causes). */
  text(): string {
    const errs = this.thrown.map(
      (e) =>
        `${String(e)}\n${(e as Error)?.stack ?? ""}\n${inspect(e, { showHidden: true, depth: 8 })}\n${JSON.stringify(e)}`,
    );
    return [...this.lines, ...errs].join("\n");
  }
}

/** Session ids the client held (read from its private state, for the secret scan only). */
export function sessionIdOf(client: VrmsClient): string | undefined {
  return (client as unknown as { path: { session: { sessionId?: string } } }).path.session
    .sessionId;
}

export function fastClient(
  sim: Simulator,
  capture: Capture,
  extra: Partial<VrmsClientOptions> = {},
): VrmsClient {
  return new VrmsClient({
    url: sim.url,
    username: sim.users[0].username,
    password: sim.users[0].password,
    tls: { thumbprint: sim.thumbprints.sha256 },
    retry: { retries: 4, minDelayMs: 5, maxDelayMs: 40, maxElapsedMs: 5_000 },
    poll: { initialIntervalMs: 10, maxIntervalMs: 50, backoffFactor: 1.5 },
    logger: capture,
    ...extra,
  });
}

export function basicToken(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString("base64");
}
