// Check: the table's parse (pairing-fields.ts), then what only the whole connection shows.
import { connectionFailures } from "./connection";
import type { Checked } from "./fields/parse";
import { inputParser } from "./fields/parse";
import { EngineProps, PairingInputs, unwrapSecrets, withoutProvider } from "./inputs";
import { VR_PAIRING } from "./pairing-fields";

export type { CheckFailure } from "./fields/parse";

const parsePairing = inputParser(VR_PAIRING.resource, VR_PAIRING.inputs);

/**
 * Every input validated and defaulted, or every failure at once. Values unknown during preview
 * pass through untouched; they are checked again once known. Nothing from the environment is
 * copied into the inputs: it would land in state.
 */
export function checkInputs(
  news: EngineProps,
  env: NodeJS.ProcessEnv = process.env,
): Checked<PairingInputs> {
  const given = withoutProvider(unwrapSecrets(news ?? {}));
  const parsed = parsePairing(given);
  const failing = new Set(parsed.failures.map((f) => f.property));
  const failures = [...parsed.failures, ...connectionFailures(parsed.inputs, env, failing)];
  return { inputs: parsed.inputs, failures };
}
