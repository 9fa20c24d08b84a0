// pulumi-vr-pairing/provider: the VrPairing resource, its lookups, and the provider that the
// serialized `__provider` loads. What a user needs and nothing else; tests import internals by path.
import { VrPairingProvider } from "./provider";

export { VrPairing, VR_PAIRING_TYPE } from "./resource";
export type { VrPairingArgs, VrPairingState, VrPairingTimeouts } from "./resource";
export { getPairings, lookupPairing, PairingNotFoundError } from "./lookups";
export type {
  GetPairingsArgs,
  LookupPairingArgs,
  PairingInfo,
  VrmsConnectionArgs,
} from "./lookups";
export type { ConnectionStatus, ServerSummary, PairingIssue, LastTask } from "./outputs";
export type { PairingInputs } from "./inputs";
export type { PairingOutputs } from "./outputs";
export { VrPairingProvider };
export {
  VrPairingError,
  PairingExistsError,
  CreateInFlightError,
  DuplicatePairingError,
  AdoptionError,
  ForceDeleteRequiredError,
  PartialFailureError,
  PartialCreateError,
  PartialUpdateError,
  PendingCreateFailedError,
} from "./errors";

/** A fresh provider: what the serialized `__provider` calls into, once per lifecycle call. */
export function connect(): VrPairingProvider {
  return new VrPairingProvider();
}
