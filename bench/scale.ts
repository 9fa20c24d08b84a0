// Scale: N pairings created, refreshed and destroyed at once the way `pulumi up`, `pulumi
// refresh` and `pulumi destroy` do it: the real VrPairing's `__provider`, the SDK's
// dynamic-provider host as a child process (a fresh one per command, as the engine starts one
// per run), Check + Create, then Read, then Delete over gRPC for every resource in parallel,
// against a simulator with its rate limits on.
import type { SimulatorOptions } from "../simulator";
import { VrPairing } from "../provider";
import type { PropertyMap, ProviderHost, RegisteredResource } from "../tools/engine";
import { simulatorPairingArgs } from "../tools/engine/pairing";
import { checkAndCreate, openHarness, type BenchHarness, type Created } from "./harness";
import { measure, refreshAll } from "./measure";
import type { ScaleOperation, ScaleRow } from "./report";
import { fewestPairingRequests } from "./scale-floor";

export interface ScaleRun {
  /** in order: create, refresh (and destroy, for pairings) */
  rows: ScaleRow[];
  /** the first resource's state, for the state-size measurement */
  first: { provider: string; inputs: PropertyMap; outputs: PropertyMap } | null;
}

export interface PreparedScale {
  /** Every operation on every resource at once; each measured on its own. */
  run(): Promise<ScaleRun>;
  close(): Promise<void>;
}

/**
 * Starts the simulator and the first host and captures the program (not measured), so that a
 * run overlapping other measurements only overlaps its throttled, child-process part.
 */
export async function prepareScale(
  pairings: number,
  simOptions: SimulatorOptions,
  log: (line: string) => void = () => undefined,
): Promise<PreparedScale> {
  const harness = await openHarness("vr-pairing-bench", {
    ...simOptions,
    remoteSiteCount: Math.max(pairings, simOptions.remoteSiteCount ?? 3),
  });
  try {
    const first = await harness.freshHost();
    // One program declaring all N pairings, as a user's stack would.
    const sim = harness.sim;
    const registered = await harness.capture(() => {
      for (let i = 0; i < pairings; i++)
        new VrPairing(`pairing-${i}`, simulatorPairingArgs(sim, sim.remoteSites[i]));
    });
    const run = async (): Promise<ScaleRun> => {
      const created = await createAll(harness, first, registered, log);
      // Each command is a new engine run with its own host (not measured: start-up and the
      // previous host's logout on SIGTERM).
      // A full read must say "connected".
      const refreshed = await refreshAll(
        pairingsMeasured(harness, "refresh", created.resources.length),
        harness,
        await harness.freshHost(),
        created.resources,
        log,
        ({ connectionStatus: s }) =>
          s === "connected" ? undefined : `connectionStatus ${String(s)}`,
      );
      const destroyed = await destroyAll(
        harness,
        await harness.freshHost(),
        created.resources,
        log,
      );
      return { rows: [created.row, refreshed, destroyed], first: created.first };
    };
    return { run, close: () => harness.close() };
  } catch (err) {
    await harness.close();
    throw err;
  }
}

async function createAll(
  harness: BenchHarness,
  host: ProviderHost,
  registered: RegisteredResource[],
  log: (line: string) => void,
): Promise<{ row: ScaleRow; resources: Created[]; first: ScaleRun["first"] }> {
  const m = await measure(
    pairingsMeasured(harness, "create", registered.length),
    harness,
    host,
    log,
    registered,
    (r) => checkAndCreate(host, r),
  );
  const resources = m.results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const [one] = resources;
  const first = one ? { provider: one.provider, inputs: one.inputs, outputs: one.outputs } : null;
  return { row: m.row, resources, first };
}

async function destroyAll(
  harness: BenchHarness,
  host: ProviderHost,
  resources: Created[],
  log: (line: string) => void,
): Promise<ScaleRow> {
  const m = await measure(
    pairingsMeasured(harness, "destroy", resources.length),
    harness,
    host,
    log,
    resources,
    (r) => host.delete({ urn: r.urn, id: r.id, properties: r.outputs, oldInputs: r.inputs }),
  );
  return m.row;
}

function pairingsMeasured(harness: BenchHarness, operation: ScaleOperation, count: number) {
  return {
    resource: "pairing" as const,
    operation,
    count,
    fewest: fewestPairingRequests(operation, count),
    left: () => harness.sim.control.pairings().length,
    expected: operation === "destroy" ? 0 : count,
  };
}
