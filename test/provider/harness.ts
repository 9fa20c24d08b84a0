// Shared set-up for the provider suites that run against the simulator.
import type { Simulator } from "../../simulator";
import { checkInputs } from "../../provider/check";
import { VrmsClientPool } from "../../provider/clients";
import { HOST_PROGRESS } from "../../provider/progress";
import { VrPairingProvider } from "../../provider/provider";
import type { ProviderServices } from "../../provider/services";
import { simulatorPairingArgs } from "../../tools/engine/pairing";

export type Raw = Record<string, unknown>;

/** Checked inputs for a pairing to remote site `index`, pinned to the simulator's certificate. */
export function inputsFor(sim: Simulator, index = 0, over: Raw = {}): Raw {
  const news: Raw = {
    ...simulatorPairingArgs(sim, sim.remoteSites[index]),
    resourceName: `pairing-${index}`,
    ...over,
  };
  for (const k of Object.keys(news)) if (news[k] === undefined) delete news[k];
  const { inputs, failures } = checkInputs(news, process.env);
  if (failures.length > 0) throw new Error(`bad test inputs: ${JSON.stringify(failures)}`);
  // What the host adds: the serialized provider travels with the inputs.
  return { ...inputs, __provider: "exports.handler = () => ({});" };
}

export interface ProviderSandbox {
  /** Progress lines of the current test. */
  lines: string[];
  /** The current test's client pool (one login per connection, as in a host). */
  clients: VrmsClientPool;
  /** A fresh provider on the current test's services, as the host makes one per call. */
  provider(): VrPairingProvider;
}

/**
 * Progress lines collected instead of printed, per test, and a client pool that is logged out
 * after every test (clients made in a `before` hook included), handed to every provider made
 * through `provider()`.
 */
export function useProviderSandbox(): ProviderSandbox {
  const box: ProviderSandbox = {
    lines: [],
    clients: new VrmsClientPool(),
    provider: () => new VrPairingProvider(services),
  };
  const services: ProviderServices = {
    get clients() {
      return box.clients;
    },
    progress: { ...HOST_PROGRESS, write: (l) => box.lines.push(l) },
  };
  beforeEach(() => {
    box.lines = [];
  });
  afterEach(async () => {
    const used = box.clients;
    box.clients = new VrmsClientPool();
    await used.dispose();
  });
  return box;
}

/** Every value is plain JSON: no undefined, no Dates, no class instances. */
export function isPlainJson(value: unknown): boolean {
  return (
    JSON.stringify(JSON.parse(JSON.stringify(value))) === JSON.stringify(value) &&
    !JSON.stringify(value, (_k, v) => (v === undefined ? "__undefined__" : v)).includes(
      "__undefined__",
    )
  );
}

export async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error("expected a rejection");
}
