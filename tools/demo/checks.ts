import type { Simulator } from "../../simulator";

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
