// Check: a table's parse (pairing-fields.ts, replication/fields.ts), then what only the whole
// connection shows.
import { connectionFailures } from "./connection";
import type { Checked } from "./fields/parse";
import { inputParser } from "./fields/parse";
import { EngineProps, PairingInputs, unwrapSecrets, withoutProvider } from "./inputs";
import { VR_PAIRING } from "./pairing-fields";

export type { CheckFailure } from "./fields/parse";

/**
 * The Check of a resource whose inputs `parse` reads: every input validated and defaulted, or
 * every failure at once. Values unknown during preview pass through untouched; they are
 * checked again once known. Nothing from the environment is copied into the inputs: it would
 * land in state.
 */
export function tableCheck<T>(parse: (props: Record<string, unknown>) => Checked<T>) {
  return (news: EngineProps, env: NodeJS.ProcessEnv = process.env): Checked<T> => {
    const given = withoutProvider(unwrapSecrets(news ?? {}));
    const parsed = parse(given);
    const failing = new Set(parsed.failures.map((f) => f.property));
    const failures = [...parsed.failures, ...connectionFailures(parsed.inputs, env, failing)];
    return { inputs: parsed.inputs, failures };
  };
}

export const checkInputs: (news: EngineProps, env?: NodeJS.ProcessEnv) => Checked<PairingInputs> =
  tableCheck(inputParser(VR_PAIRING.resource, VR_PAIRING.inputs));
