// Scale: N pairings created at once the way `pulumi up` creates them: the real VrPairing's
// `__provider`, the SDK's dynamic-provider host as a child process, Check then Create over
// gRPC for every resource in parallel, against a simulator with its rate limits on.
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
import type { ScaleRow } from "./report";

export interface ScaleRun {
  row: ScaleRow;
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
  /** Check + Create of every pairing at once; measured. */
  run(): Promise<ScaleRun>;
  close(): Promise<void>;
}

/**
 * Starts the simulator and the host and captures the program (not measured), so that a run
 * overlapping other measurements only overlaps its throttled, child-process part.
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
  let host: ProviderHost | undefined;
  const close = async () => {
    await host?.stop();
    folder.dispose();
    await sim.stop();
  };
  try {
    const budget = clientBudgetFor(simOptions);
    host = await ProviderHost.start({
      programDir: folder.dir,
      project,
      stack,
      env: budget ? { VRMS_REQUEST_BUDGET: budget } : {},
    });
    await host.configure({});
    // One program declaring all N pairings, as a user's stack would.
    const registered = await captureProgram(
      () => {
        for (let i = 0; i < pairings; i++)
          new VrPairing(`pairing-${i}`, simulatorPairingArgs(sim, sim.remoteSites[i]));
      },
      { project, stack },
    );
    const h = host;
    return { run: () => measure(pairings, sim, h, registered, log), close };
  } catch (err) {
    await close();
    throw err;
  }
}

async function measure(
  pairings: number,
  sim: Simulator,
  host: ProviderHost,
  registered: RegisteredResource[],
  log: (line: string) => void,
): Promise<ScaleRun> {
  sim.control.resetCounters();
  const started = Date.now();
  const results = await Promise.allSettled(
    registered.map(async (r) => {
      const urn = host.urn(r.type, r.name);
      const checked = await host.check({ urn, olds: {}, news: r.inputs });
      if (checked.failures.length)
        throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
      const created = await host.create({ urn, properties: checked.inputs });
      return { provider: r.provider ?? "", inputs: checked.inputs, outputs: created.properties };
    }),
  );
  const wallMs = Date.now() - started;
  const counters = sim.control.counters();
  const memory = memoryOf(host.pid);
  const errorMessages = results.flatMap((r) =>
    r.status === "rejected" ? [String((r.reason as Error)?.message ?? r.reason)] : [],
  );
  const first = results[0]?.status === "fulfilled" ? results[0].value : null;
  log(
    `scale ${pairings}: ${(wallMs / 1000).toFixed(1)} s, ${counters.total} requests, ` +
      `${counters.logins} logins, ${counters.requests["POST /pairings/{pairing_id}/remote-session"] ?? 0} remote logins, ` +
      `${counters.tooManyRequests} 429s at the server, ${errorMessages.length} errors`,
  );
  return {
    row: {
      pairings,
      wallMs,
      requests: counters.total,
      logins: counters.logins,
      // The read-back after each create logs in to the pairing's remote site (issue 12).
      remoteLogins: counters.requests["POST /pairings/{pairing_id}/remote-session"] ?? 0,
      serverTooManyRequests: counters.tooManyRequests,
      // A 429 is visible if a create failed on it or the host printed it (pulumi up shows both).
      userVisibleTooManyRequests:
        errorMessages.filter((m) => RATE_LIMITED.test(m)).length +
        host.lines.filter((l) => RATE_LIMITED.test(l.text)).length,
      errors: errorMessages.length,
      errorMessages,
      hostLines429: host.lines.filter((l) => RATE_LIMITED.test(l.text)).map((l) => l.text),
      pairingsInSimulator: sim.control.pairings().length,
      hostPeakRssKb: memory.peakKb,
      hostRssKb: memory.rssKb,
    },
    first,
  };
}
