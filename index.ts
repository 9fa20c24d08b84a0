// pulumi-vr-pairing: what a Pulumi program needs. The VRMS client is `pulumi-vr-pairing/sdk`,
// the local VRMS `pulumi-vr-pairing/simulator`, the provider internals `pulumi-vr-pairing/provider`.
export {
  VrPairing,
  VR_PAIRING_TYPE,
  getPairings,
  lookupPairing,
  PairingNotFoundError,
} from "./provider";
export type {
  VrPairingArgs,
  VrPairingState,
  VrPairingTimeouts,
  GetPairingsArgs,
  LookupPairingArgs,
  PairingInfo,
  VrmsConnectionArgs,
  ConnectionStatus,
  ServerSummary,
  PairingIssue,
  LastTask,
} from "./provider";
