// pulumi-vr-pairing: what a Pulumi program needs. The VRMS client is `pulumi-vr-pairing/sdk`,
// the local VRMS `pulumi-vr-pairing/simulator`, the provider internals `pulumi-vr-pairing/provider`.
export { VrPairing, VR_PAIRING_TYPE } from "./provider";
export type {
  VrPairingArgs,
  VrPairingTimeouts,
  ConnectionStatus,
  ServerSummary,
  PairingIssue,
  LastTask,
} from "./provider";
