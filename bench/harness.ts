// The scale benches' one set-up (pairings and replications alike): a simulator with its rate
// limits, a program folder, and the SDK's dynamic-provider host driven over gRPC with the client
// budget for those limits, a fresh one per command as the engine starts one per run.
import * as fs from "node:fs";
import { startSimulator, type Simulator, type SimulatorOptions } from "../simulator";
import {
  captureProgram,
  createProgramFolder,
  ProviderHost,
  type PropertyMap,
  type RegisteredResource,
} from "../tools/engine";

const STACK = "bench";

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

export interface BenchHarness {
  readonly sim: Simulator;
  /** Stops the running host, if any (its logout on SIGTERM), and starts a configured one. */
  freshHost(): Promise<ProviderHost>;
  /** What the engine receives from a program that declares the resources. */
  capture(program: () => void): Promise<RegisteredResource[]>;
  close(): Promise<void>;
}

export async function openHarness(
  project: string,
  simOptions: SimulatorOptions,
): Promise<BenchHarness> {
  const sim = await startSimulator(simOptions);
  const folder = createProgramFolder({ project });
  const budget = clientBudgetFor(simOptions);
  let host: ProviderHost | undefined;
  return {
    sim,
    async freshHost() {
      await host?.stop();
      host = undefined;
      host = await ProviderHost.start({
        programDir: folder.dir,
        project,
        stack: STACK,
        env: budget ? { VRMS_REQUEST_BUDGET: budget } : {},
      });
      await host.configure({});
      return host;
    },
    capture: (program) => captureProgram(program, { project, stack: STACK }),
    async close() {
      await host?.stop();
      folder.dispose();
      await sim.stop();
    },
  };
}

/** A resource the bench created, as the engine's state keeps it. */
export interface Created {
  urn: string;
  id: string;
  provider: string;
  inputs: PropertyMap;
  outputs: PropertyMap;
}

/** What `pulumi up` does for a new resource: Check, then Create with the checked inputs. */
export async function checkAndCreate(host: ProviderHost, r: RegisteredResource): Promise<Created> {
  const urn = host.urn(r.type, r.name);
  const checked = await host.check({ urn, olds: {}, news: r.inputs });
  if (checked.failures.length) throw new Error(`check failed: ${JSON.stringify(checked.failures)}`);
  const created = await host.create({ urn, properties: checked.inputs });
  return {
    urn,
    id: created.id,
    provider: r.provider ?? "",
    inputs: checked.inputs,
    outputs: created.properties,
  };
}

/** What `pulumi refresh` does for a resource: Read from its state; the same id must answer. */
export async function refreshOne(host: ProviderHost, r: Created): Promise<PropertyMap> {
  const read = await host.read({ urn: r.urn, id: r.id, properties: r.outputs, inputs: r.inputs });
  if (read.id !== r.id) throw new Error(`refresh of ${r.id} answered id "${read.id}"`);
  return read.properties;
}
