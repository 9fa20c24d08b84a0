export { VrPairing, VrPairingArgs, VrPairingTimeouts, VR_PAIRING_TYPE } from "./resource";
import { VrPairingProvider } from "./provider";
export { VrPairingProvider };
export { serializedProvider } from "./serialized";
export { checkInputs, CheckFailure, CheckOutcome, normalizeThumbprintText } from "./check";
export { diffPairing, PairingDiff } from "./diff";
export { PairingInputs } from "./inputs";
export {
  PairingOutputs,
  ComputedOutputs,
  ConnectionStatus,
  ServerSummary,
  PairingIssue,
  LastTask,
} from "./outputs";
export {
  ConnectionSettings,
  resolveConnection,
  setStackConfig,
  clearStackConfig,
  normalizeVrmsUrl,
  CONFIG_NAMESPACE,
  ENV_KEY,
} from "./connection";
export { disposeClients, cachedClientCount } from "./clients";
export { configureProgress, ProgressSettings } from "./progress";
export { parseDuration, DEFAULT_TIMEOUTS, Timeouts } from "./timeouts";
export * from "./errors";

/** A fresh provider: what the serialized `__provider` calls into, once per lifecycle call. */
export function connect(): VrPairingProvider {
  return new VrPairingProvider();
}
