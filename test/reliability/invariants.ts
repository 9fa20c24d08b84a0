import * as assert from "assert";
import type { Simulator } from "../../simulator";
import type { Deployment, StateResource } from "../../tools/engine";

export interface InvariantOptions {
  /**
   * Remote vCenter ids whose pairing may exist on the VRMS without being in state, because
   * the program declares it and the next `up` adopts it (e.g. after the host was killed).
   */
  adoptable?: string[];
  /** Allow state to hold a pairing whose create task is still QUEUED/RUNNING on the VRMS. */
  allowPendingCreate?: boolean;
}

function remoteOf(r: StateResource): string {
  return String(r.outputs.remoteVcId ?? r.inputs.remoteVcId ?? "").toLowerCase();
}

/**
 * What Pulumi holds in state against what the VRMS holds: same pairings, none twice, none
 * orphaned. Every scenario ends with this.
 */
export function assertConsistent(
  sim: Simulator,
  deployment: Pick<Deployment, "state">,
  options: InvariantOptions = {},
): void {
  const pairings = sim.control.pairings();
  const tasks = sim.control.tasks();
  const resources = [...deployment.state.values()];

  // No duplicate on the VRMS: one pairing per remote vCenter.
  const remotes = pairings.map((p) => String(p.remote_vc_server?.id).toLowerCase());
  assert.strictEqual(new Set(remotes).size, remotes.length, `duplicate pairings: ${remotes}`);

  // No duplicate in state: two resources never track the same pairing.
  const ids = resources.map((r) => r.id);
  assert.strictEqual(new Set(ids).size, ids.length, `two resources share a pairing: ${ids}`);

  // Everything in state exists on the VRMS, with the remote vCenter it says.
  for (const r of resources) {
    assert.ok(r.id, `${r.name} has an id`);
    assert.strictEqual(r.outputs.pairingId, r.id, `${r.name}: pairingId output is its id`);
    const p = pairings.find((x) => x.pairing_id === r.id);
    if (!p) {
      const pending = tasks.find(
        (t) =>
          t.entity === r.id &&
          t.description === "Create pairing" &&
          (t.status === "QUEUED" || t.status === "RUNNING"),
      );
      assert.ok(
        options.allowPendingCreate && pending,
        `${r.name} (${r.id}) is in state but not on the VRMS`,
      );
      continue;
    }
    assert.strictEqual(
      String(p.remote_vc_server?.id).toLowerCase(),
      remoteOf(r),
      `${r.name}: remote vCenter in state matches the VRMS`,
    );
  }

  // Nothing on the VRMS is orphaned: tracked by exactly one resource, or adoptable.
  const adoptable = (options.adoptable ?? []).map((x) => x.toLowerCase());
  for (const p of pairings) {
    const owners = resources.filter((r) => r.id === p.pairing_id);
    if (owners.length === 1) continue;
    assert.strictEqual(owners.length, 0);
    assert.ok(
      adoptable.includes(String(p.remote_vc_server?.id).toLowerCase()),
      `pairing ${p.pairing_id} (${p.remote_vc_server?.name}) is on the VRMS but in no state: orphaned`,
    );
  }
}

/** The states of several stacks on one VRMS, checked as one (their URNs name their stacks). */
export function stacks(...deployments: Deployment[]): Pick<Deployment, "state"> {
  return { state: new Map(deployments.flatMap((d) => [...d.state])) };
}

/** Converged: consistent, and state holds exactly `names`, each connected. */
export function assertConverged(sim: Simulator, deployment: Deployment, names: string[]): void {
  assertConsistent(sim, deployment);
  const resources = [...deployment.state.values()];
  assert.deepStrictEqual(resources.map((r) => r.name).sort(), [...names].sort());
  assert.strictEqual(sim.control.pairings().length, names.length, "VRMS holds the same pairings");
  for (const r of resources) {
    assert.strictEqual(r.outputs.connectionStatus, "connected", `${r.name} is connected`);
  }
}
