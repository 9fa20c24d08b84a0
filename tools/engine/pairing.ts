import { VrPairing, VrPairingArgs } from "../../provider";
import type { RemoteSite, Simulator } from "../../simulator";
import { captureProgram, ProgramRunOptions, RegisteredResource } from "./capture";

export type CaptureOptions = Omit<ProgramRunOptions, "onResource">;

/**
 * Constructs the real VrPairing under `pulumi.runtime.setMocks` and returns what the engine
 * would receive for it: type, name, plain inputs with the real `__provider` text, and the keys
 * Pulumi keeps secret.
 */
export async function capturePairing(
  name: string,
  args: VrPairingArgs,
  options: CaptureOptions = {},
): Promise<RegisteredResource & { provider: string }> {
  const resources = await captureProgram(() => {
    new VrPairing(name, args);
  }, options);
  const found = resources.find((r) => r.name === name);
  if (!found?.provider) throw new Error(`VrPairing ${name} registered no __provider`);
  return found as RegisteredResource & { provider: string };
}

/** The contract's name for the same thing: the real `__provider` text and inputs. */
export const captureProvider = (args: VrPairingArgs, options?: CaptureOptions) =>
  capturePairing("pairing", args, options);

/** VrPairing inputs that pair the simulator's local VRMS with one of its remote sites, pinned. */
export function simulatorPairingArgs(
  sim: Simulator,
  site: RemoteSite = sim.remoteSites[0],
  overrides: Partial<VrPairingArgs> = {},
): VrPairingArgs {
  return {
    vrmsUrl: sim.url,
    vrmsUsername: sim.users[0].username,
    vrmsPassword: sim.users[0].password,
    vrmsThumbprint: sim.thumbprints.sha256,
    remoteVcId: site.vcId,
    remotePscHost: site.pscHost,
    remotePscPort: site.pscPort,
    remotePscThumbprint: site.thumbprint,
    remotePscUsername: site.username,
    remotePscPassword: site.password,
    ...overrides,
  };
}
