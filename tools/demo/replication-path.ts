import * as path from "path";
import type { Simulator } from "../../simulator";
import {
  createProgramFolder,
  Deployment,
  programFromFile,
  ProviderHost,
  REPO_ROOT,
} from "../engine";
import { expect } from "./checks";
import { StepPrinter } from "./printer";

export const REPLICATION_PROJECT = "vr-replication";
const STACK = "demo";

/** examples/replication's stack config pointing at the simulator: one VM, configured. */
function replicationConfig(sim: Simulator): {
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
    vmNames: JSON.stringify(["vm-001"]),
    pausedVms: JSON.stringify([]),
  };
  const secret: Record<string, string> = {
    vrmsPassword: sim.users[0].password,
    remotePscPassword: site.password,
  };
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...plain, ...secret })) {
    values[`${REPLICATION_PROJECT}:${k}`] = v;
  }
  return { values, secretKeys: Object.keys(secret).map((k) => `${REPLICATION_PROJECT}:${k}`) };
}

/**
 * Runs examples/replication with one VM through the SDK's dynamic-provider host: the pairing,
 * then the replication configured (its task's progress shown), then destroy.
 */
export async function runReplicationThroughHost(
  sim: Simulator,
  printer: StepPrinter,
): Promise<string> {
  const folder = createProgramFolder({ project: REPLICATION_PROJECT });
  const config = replicationConfig(sim);
  let host: ProviderHost | undefined;
  try {
    const program = programFromFile(
      path.join(REPO_ROOT, "examples", "replication", "index.ts"),
      folder,
    );
    host = await ProviderHost.start({
      programDir: folder.dir,
      project: REPLICATION_PROJECT,
      stack: STACK,
      config: config.values,
      onLine: (line) => printer.hostLine(line),
    });
    const deployment = new Deployment(host, {
      onStep: (e) => printer.step(e),
      program: {
        project: REPLICATION_PROJECT,
        stack: STACK,
        config: config.values,
        secretConfigKeys: config.secretKeys,
      },
    });
    printer.command("pulumi up --yes   # examples/replication, vmNames: [vm-001]");
    const created = await deployment.up(program);
    printer.outputs(created);
    printer.summary(created);
    const replications = sim.control.replication.list();
    expect(created.counts.create === 2, "up did not create the pairing and the replication");
    expect(
      replications.length === 1 && replications[0].status?.status === "OK",
      "the simulator shows no healthy replication",
    );
    printer.command("pulumi destroy --yes");
    const destroyed = await deployment.destroy();
    printer.summary(destroyed);
    expect(
      sim.control.replication.list().length === 0,
      "the replication is still on the simulator",
    );
    return String(replications[0].id);
  } finally {
    await host?.stop();
    folder.dispose();
  }
}
