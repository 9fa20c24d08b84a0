// Shared set-up for the provider suites that run against the simulator.
import type { Simulator } from "../../simulator";
import { checkInputs } from "../../provider/check";
import { disposeClients } from "../../provider/clients";
import { configureProgress } from "../../provider/progress";
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

/** Collects progress lines instead of printing them; resets clients between tests. */
export function useProviderSandbox(): { lines: string[] } {
  const box = { lines: [] as string[] };
  beforeEach(() => {
    box.lines = [];
    configureProgress({ write: (l) => box.lines.push(l) });
  });
  afterEach(async () => {
    configureProgress();
    await disposeClients();
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
