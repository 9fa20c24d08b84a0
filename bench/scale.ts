// Scale: N pairings created, refreshed and destroyed at once the way `pulumi up`, `pulumi
// refresh` and `pulumi destroy` do it: the real VrPairing's `__provider`, the SDK's
// dynamic-provider host as a child process (a fresh one per command, as the engine starts one
// per run), Check + Create, then Read, then Delete over gRPC for every resource in parallel,
// against a simulator with its rate limits on.
import * as fs from "node:fs";
import { startSimulator, type Simulator, type SimulatorOptions } from "../simulator";
import { VrPairing } from "../provider";
import {
  captureProgram,
  createProgramFolder,
  ProviderHost,
  type PropertyMap,
  type RegisteredResource,
} from "../tools/engine";
import { simulatorPairingArgs } from "../tools/engine/pairing";
import type { ScaleOperation, ScaleRow } from "./report";
import { fewestRequests } from "./scale-floor";

export interface ScaleRun {
  /** create, refresh, destroy */
  rows: ScaleRow[];
  /** the first resource's state, for the state-size measurement */
  first: { provider: string; inputs: PropertyMap; outputs: PropertyMap } | null;
}

const RATE_LIMITED = /\b429\b|rate.?limit|too many requests/i;

/** VmHWM / VmRSS of a Linux process in KiB (null elsewhere). */
export function memoryOf(pid: number | undefined): { peakKb: number | null; rssKb: number | null } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => {
      const m = new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status);
      return m ? Number(m[1]) : null;
    };
    return { peakKb: kb("VmHWM"), rssKb: kb("VmRSS") };
  } catch {
    return { peakKb: null, rssKb: null };
  }
}

/**
 * The host's client budget for the simulator's limits: 90 % of the per-session limit per
 * window (the sdk's default, 45 per 60 s, for the documented 50 per 60 s), as a user would
 * set VRMS_REQUEST_BUDGET for a gateway configured otherwise. No limit: the inherited one.
 */
export function clientBudgetFor(simOptions: SimulatorOptions): string | undefined {
  const rl = simOptions.rateLimit;
  if (!rl) return undefined;
  const perSession = rl === true ? 50 : (rl.perSession ?? 50);
  const windowMs = rl === true ? 60_000 : (rl.windowMs ?? 60_000);
  return `${Math.max(1, Math.floor(perSession * 0.9))}/${windowMs}ms`;
}

export interface PreparedScale {
  /** Create, refresh and destroy of every pairing at once; each measured on its own. */
  run(): Promise<ScaleRun>;
  close(): Promise<void>;
}

const REMOTE_LOGIN = "POST /pairings/{pairing_id}/remote-session";

/**
 * Starts the simulator and the first host and captures the program (not measured), so that a
 * run overlapping other measurements only overlaps its throttled, child-process part.
 */
export async function prepareScale(
  pairings: number,
  simOptions: SimulatorOptions,
  log: (line: string) => void = () => undefined,
): Promise<PreparedScale> {
  const project = "vr-pairing-bench";
  const stack = "bench";
  const sim = await startSimulator({
    ...simOptions,
    remoteSiteCount: Math.max(pairings, simOptions.remoteSiteCount ?? 3),
  });
  const folder = createProgramFolder({ project });
  const budget = clientBudgetFor(simOptions);
  let host: ProviderHost | undefined;
  const startHost = async () => {
    host = await ProviderHost.start({
      programDir: folder.dir,
      project,
      stack,
      env: budget ? { VRMS_REQUEST_BUDGET: budget } : {},
    });
    await host.configure({});
    return host;
  };
  const close = async () => {
    await host?.stop();
    folder.dispose();
    await sim.stop();
  };
  try {
    const first = await startHost();
    // One program declaring all N pairings, as a user's stack would.
    const registered = await captureProgram(
      () => {
        for (let i = 0; i < pairings; i++)
          new VrPairing(`pairing-${i}`, simulatorPairingArgs(sim, sim.remoteSites[i]));
      },
      { project, stack },
    );
    const run = async (): Promise<ScaleRun> => {
      const created = await createAll(sim, first, registered, log);
      // Each command is a new engine run with its own host (not measured: start-up and the
      // previous host's logout on SIGTERM).
      await first.stop();
      const refreshHost = await startHost();
      const refreshed = await refreshAll(sim, refreshHost, created.resources, log);
      await refreshHost.stop();
      const destroyHost = await startHost();
      const destroyed = await destroyAll(sim, destroyHost, created.resources, log);
      return { rows: [created.row, refreshed, destroyed], first: created.first };
    };
    return { run, close };
  } catch (err) {
    await close();
    throw err;
  }
}

interface Resource {
  urn: string;
  id: string;
  provider: string;
  inputs: PropertyMap;
  outputs: PropertyMap;
}

async function createAll(
  sim: Simulator,
  host: ProviderHost,
  registered: RegisteredResource[],
  log: (line: string) => void,
): Promise<{ row: ScaleRow; resources: Resource[]; first: ScaleRun["first"] }> {
  const m = await measure("create", registered.length, sim, host, log, () =>
    Promise.allSettled(
      registered.map(async (r): Promise<Resource> => {
        const urn = host.urn(r.type, r.name);
        const checked = await host.check({ urn, olds: {}, news: r.inputs });
        if (checked.failures.length)
          throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
        const created = await host.create({ urn, properties: checked.inputs });
        return {
          urn,
          id: created.id,
          provider: r.provider ?? "",
          inputs: checked.inputs,
          outputs: created.properties,
        };
      }),
    ),
  );
  const resources = m.results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const first = resources[0]
    ? {
        provider: resources[0].provider,
        inputs: resources[0].inputs,
        outputs: resources[0].outputs,
      }
    : null;
  return { row: m.row(sim.control.pairings().length), resources, first };
}

/** `pulumi refresh`: Read of every resource from its state; a full read must say "connected". */
async function refreshAll(
  sim: Simulator,
  host: ProviderHost,
  resources: Resource[],
  log: (line: string) => void,
): Promise<ScaleRow> {
  const m = await measure("refresh", resources.length, sim, host, log, () =>
    Promise.allSettled(
      resources.map(async (r) => {
        const read = await host.read({
          urn: r.urn,
          id: r.id,
          properties: r.outputs,
          inputs: r.inputs,
        });
        if (read.id !== r.id) throw new Error(`refresh of ${r.id} answered id "${read.id}"`);
        const status = read.properties.connectionStatus;
        if (status !== "connected")
          throw new Error(`refresh of ${r.id}: connectionStatus ${String(status)}`);
      }),
    ),
  );
  return m.row(sim.control.pairings().length);
}

async function destroyAll(
  sim: Simulator,
  host: ProviderHost,
  resources: Resource[],
  log: (line: string) => void,
): Promise<ScaleRow> {
  const m = await measure("destroy", resources.length, sim, host, log, () =>
    Promise.allSettled(
      resources.map((r) =>
        host.delete({ urn: r.urn, id: r.id, properties: r.outputs, oldInputs: r.inputs }),
      ),
    ),
  );
  return m.row(sim.control.pairings().length);
}

const LABEL: Record<ScaleOperation, string> = {
  create: "scale",
  refresh: "refresh",
  destroy: "destroy",
};

/** Runs one operation on every pairing, timed and counted from a fresh set of counters. */
async function measure<T>(
  operation: ScaleOperation,
  pairings: number,
  sim: Simulator,
  host: ProviderHost,
  log: (line: string) => void,
  work: () => Promise<PromiseSettledResult<T>[]>,
): Promise<{ results: PromiseSettledResult<T>[]; row: (left: number) => ScaleRow }> {
  const linesBefore = host.lines.length;
  sim.control.resetCounters();
  const started = Date.now();
  const results = await work();
  const wallMs = Date.now() - started;
  const counters = sim.control.counters();
  const memory = memoryOf(host.pid);
  const lines = host.lines.slice(linesBefore);
  const errorMessages = results.flatMap((r) =>
    r.status === "rejected" ? [String((r.reason as Error)?.message ?? r.reason)] : [],
  );
  const remoteLogins = counters.requests[REMOTE_LOGIN] ?? 0;
  const fewest = fewestRequests(operation, pairings);
  log(
    `${LABEL[operation]} ${pairings}: ${(wallMs / 1000).toFixed(1)} s, ${counters.total} requests ` +
      `(fewest possible ${fewest.count}), ${counters.logins} logins, ${remoteLogins} remote logins, ` +
      `${counters.tooManyRequests} 429s at the server, ${errorMessages.length} errors`,
  );
  const row = (left: number): ScaleRow => ({
    operation,
    pairings,
    wallMs,
    requests: counters.total,
    fewestRequests: fewest.count,
    fewestRequestsWhy: fewest.why,
    requestsByKind: counters.requests,
    logins: counters.logins,
    remoteLogins,
    serverTooManyRequests: counters.tooManyRequests,
    // A 429 is visible if an operation failed on it or the host printed it (pulumi shows both).
    userVisibleTooManyRequests:
      errorMessages.filter((msg) => RATE_LIMITED.test(msg)).length +
      lines.filter((l) => RATE_LIMITED.test(l.text)).length,
    errors: errorMessages.length,
    errorMessages,
    hostLines429: lines.filter((l) => RATE_LIMITED.test(l.text)).map((l) => l.text),
    hostWaitLines: lines.filter((l) => /^vr-pairing: waiting /.test(l.text)).map((l) => l.text),
    pairingsInSimulator: left,
    pairingsExpected: operation === "destroy" ? 0 : pairings,
    hostPeakRssKb: memory.peakKb,
    hostRssKb: memory.rssKb,
  });
  return { results, row };
}
