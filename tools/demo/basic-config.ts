import type { Simulator } from "../../simulator";

export const BASIC_PROJECT = "vr-pairing-basic";

/** examples/basic's stack config pointing at the simulator (values plain; which keys are secret). */
export function basicConfig(sim: Simulator): {
  values: Record<string, string>;
  secretKeys: string[];
} {
  const site = sim.remoteSites[0];
  const plain: Record<string, string> = {
    vrmsUrl: sim.url,
    vrmsUsername: sim.users[0].username,
    vrmsThumbprint: sim.thumbprints.sha256,
    remoteVcId: site.vcId,
    remotePscHost: site.pscHost,
    remotePscThumbprint: site.thumbprint,
    remotePscUsername: site.username,
  };
  const secret: Record<string, string> = {
    vrmsPassword: sim.users[0].password,
    remotePscPassword: site.password,
  };
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...plain, ...secret })) values[`${BASIC_PROJECT}:${k}`] = v;
  return { values, secretKeys: Object.keys(secret).map((k) => `${BASIC_PROJECT}:${k}`) };
}
