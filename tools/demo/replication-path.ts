import type { Simulator } from "../../simulator";
import { expect } from "./checks";
import { REPLICATION_PROJECT, replicationConfig } from "./example-config";
import { withExampleStack } from "./example-stack";
import { StepPrinter } from "./printer";

/**
 * Runs examples/replication with one VM through the SDK's dynamic-provider host: the pairing,
 * then the replication configured (its task's progress shown), then destroy.
 */
export async function runReplicationThroughHost(
  sim: Simulator,
  printer: StepPrinter,
): Promise<string> {
  return withExampleStack(
    "replication",
    REPLICATION_PROJECT,
    replicationConfig(sim),
    printer,
    async ({ program, deployment }) => {
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
    },
  );
}
