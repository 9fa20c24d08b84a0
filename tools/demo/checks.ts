import type { Simulator } from "../../simulator";
import type { StepPrinter } from "./printer";

/** A step of the demo did not leave the world as it should: the demo exits non-zero. */
export class DemoCheckError extends Error {
  override readonly name = "DemoCheckError";
}

export function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new DemoCheckError(message);
}

/** The simulator's view of one pairing: exists, and whether every server reports OK. */
export function simulatorPairing(
  sim: Simulator,
  pairingId: string,
): { exists: boolean; healthy: boolean } {
  const p = sim.control.pairings().find((x) => x.pairing_id === pairingId);
  if (!p) return { exists: false, healthy: false };
  const servers = [p.local_vc_server, p.remote_vc_server, p.local_vrms, p.remote_vrms];
  return {
    exists: true,
    healthy: servers.every((s) => !s?.server_status || s.server_status === "OK"),
  };
}

/** Checks the new pairing is healthy, then breaks it in the simulator, as an outage would. */
export function breakBehindPulumisBack(sim: Simulator, printer: StepPrinter, pairingId: string) {
  expect(
    simulatorPairing(sim, pairingId).healthy,
    `the simulator has no healthy pairing ${pairingId}`,
  );
  printer.note("");
  printer.note(
    `# Behind Pulumi's back: the simulator breaks pairing ${pairingId} (remote VRMS stops answering).`,
  );
  sim.control.breakPairing(pairingId, "the remote VRMS stopped answering (simulated outage)");
  expect(!simulatorPairing(sim, pairingId).healthy, "the simulator did not break the pairing");
}
