import type { Simulator } from "../../simulator";
import { BASIC_PROJECT, basicConfig } from "./example-config";
import { withExampleStack } from "./example-stack";
import { breakBehindPulumisBack, expect, simulatorPairing } from "./checks";
import { StepPrinter } from "./printer";

export interface LifecycleResult {
  pairingId: string;
  statusAfterBreak: string;
  statusAfterRepair: string;
}

/**
 * Runs examples/basic through the SDK's dynamic-provider host, the process `pulumi up` would
 * start: up, break behind Pulumi's back, refresh, up (repair), destroy, checking the simulator
 * after each step.
 */
export async function runThroughHost(
  sim: Simulator,
  printer: StepPrinter,
): Promise<LifecycleResult> {
  return withExampleStack(
    "basic",
    BASIC_PROJECT,
    basicConfig(sim),
    printer,
    async ({ program, deployment }) => {
      const stateOf = () => [...deployment.state.values()][0];

      printer.command("pulumi up --yes");
      const created = await deployment.up(program);
      printer.outputs(created);
      printer.summary(created);
      const pairingId = String(created.outputs.pairingId ?? "");
      expect(created.counts.create === 1, "up did not create the pairing");
      expect(
        created.outputs.connectionStatus === "connected",
        `new pairing is ${created.outputs.connectionStatus}`,
      );
      breakBehindPulumisBack(sim, printer, pairingId);

      printer.command("pulumi refresh --yes");
      const refreshed = await deployment.refresh();
      printer.summary(refreshed);
      const statusAfterBreak = String(stateOf()?.outputs.connectionStatus);
      expect(statusAfterBreak !== "connected", "refresh did not notice the broken pairing");

      printer.command("pulumi up --yes");
      const repaired = await deployment.up(program);
      printer.outputs(repaired);
      printer.summary(repaired);
      const statusAfterRepair = String(repaired.outputs.connectionStatus);
      expect(repaired.counts.update === 1, "up did not reconnect the pairing");
      expect(statusAfterRepair === "connected", `after up the pairing is ${statusAfterRepair}`);
      expect(
        repaired.outputs.pairingId === pairingId,
        "up replaced the pairing instead of reconnecting it",
      );
      expect(
        simulatorPairing(sim, pairingId).healthy,
        "the simulator still reports the pairing broken",
      );
      const reconnect = sim.control.tasks().filter((t) => t.description === "Reconnect pairing");
      expect(
        reconnect.at(-1)?.status === "SUCCESS",
        "no successful reconnect task on the simulator",
      );

      printer.command("pulumi destroy --yes");
      const destroyed = await deployment.destroy();
      printer.summary(destroyed);
      expect(destroyed.counts.delete === 1, "destroy did not delete the pairing");
      expect(!simulatorPairing(sim, pairingId).exists, "the pairing is still on the simulator");
      expect(sim.control.pairings().length === 0, "pairings are left on the simulator");
      return { pairingId, statusAfterBreak, statusAfterRepair };
    },
  );
}
