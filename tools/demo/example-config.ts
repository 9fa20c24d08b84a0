import type { Simulator } from "../../simulator";

export const BASIC_PROJECT = "vr-pairing-basic";
export const REPLICATION_PROJECT = "vr-replication";

export interface ExampleConfig {
  /** "project:key" → value, plain */
  values: Record<string, string>;
  /** the keys whose values Pulumi keeps secret */
  secretKeys: string[];
}

/**
 * An example's stack config pointing at the simulator: the local VRMS and its first remote
 * site, as examples/basic and examples/replication both read them, plus the example's own keys.
 */
export function exampleConfig(
  project: string,
  sim: Simulator,
  own: Record<string, string> = {},
): ExampleConfig {
  const site = sim.remoteSites[0];
  const plain: Record<string, string> = {
    vrmsUrl: sim.url,
    vrmsUsername: sim.users[0].username,
    vrmsThumbprint: sim.thumbprints.sha256,
    remoteVcId: site.vcId,
    remotePscHost: site.pscHost,
    remotePscThumbprint: site.thumbprint,
    remotePscUsername: site.username,
    ...own,
  };
  const secret: Record<string, string> = {
    vrmsPassword: sim.users[0].password,
    remotePscPassword: site.password,
  };
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...plain, ...secret })) values[`${project}:${k}`] = v;
  return { values, secretKeys: Object.keys(secret).map((k) => `${project}:${k}`) };
}

/** examples/basic's stack config pointing at the simulator. */
export const basicConfig = (sim: Simulator) => exampleConfig(BASIC_PROJECT, sim);

/** examples/replication's stack config pointing at the simulator: one VM, configured. */
export const replicationConfig = (sim: Simulator) =>
  exampleConfig(REPLICATION_PROJECT, sim, {
    vmNames: JSON.stringify(["vm-001"]),
    pausedVms: JSON.stringify([]),
  });
