// The replication bench line (issue 26): N VrReplications (default 200) over one pairing,
// configured and then refreshed the way `pulumi up` and `pulumi refresh` drive them (Check then
// Create for every resource at once, then Read for every one, each command through a fresh
// dynamic-provider host), against a simulator with its rate limits on. `npm run bench` prints
// it with the pairing lines; alone: `npm run bench:replication -- [N] [--fast-tasks]`.
import type { SimulatorOptions } from "../simulator";
import { VrReplication } from "../provider/replication/resource";
import { VrmsClient } from "../sdk";
import { checkAndCreate, openHarness, type BenchHarness } from "./harness";
import { measure, refreshAll, type Measured } from "./measure";
import { judgeTargets } from "./report";
import type { PreparedScale } from "./scale";
import { fewestReplicationRequests } from "./scale-floor";

const PROJECT = "vr-replication-bench";
const PB = 1024 ** 5;

/**
 * Starts the simulator with N VMs, pairs it (not measured: the pairing has its own lines),
 * starts the first host and captures the program of N replications.
 */
export async function prepareReplicationScale(
  n: number,
  simOptions: SimulatorOptions,
  log: (line: string) => void = () => undefined,
): Promise<PreparedScale> {
  const harness = await openHarness(PROJECT, simOptions);
  try {
    const { sim } = harness;
    const site = sim.remoteSites[0];
    sim.control.replication.seedInventory(sim.localVcId, { vmCount: n });
    // One datastore with room for every replica (the seeded ones hold a few dozen VMs).
    const datastoreId = `Datastore:datastore-99:${site.vcId}`;
    sim.control.replication.setInventory(site.vcId, {
      datastores: [
        {
          id: datastoreId,
          name: "bench-datastore",
          capacityBytes: PB,
          freeBytes: PB,
          fileSystemType: "VSAN",
        },
      ],
    });
    const pairingId = await pairSimulator(harness);
    const vms = sim.control.replication.inventory(sim.localVcId).vms.slice(0, n);
    const first = await harness.freshHost();
    const registered = await harness.capture(() => {
      for (const [i, vm] of vms.entries()) {
        new VrReplication(`r-${i}`, {
          vrmsUrl: sim.url,
          vrmsUsername: sim.users[0].username,
          vrmsPassword: sim.users[0].password,
          vrmsThumbprint: sim.thumbprints.sha256,
          pairing: pairingId,
          targetVcId: site.vcId,
          remoteUsername: site.username,
          remotePassword: site.password,
          vmId: vm.id,
          datastoreId,
          diskFormat: "THIN",
          rpo: 15,
        });
      }
    });
    const run = async () => {
      const configure = await measure(
        replicationsMeasured(harness, "create", n),
        harness,
        first,
        log,
        registered,
        (r) => checkAndCreate(first, r),
      );
      const made = configure.results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      // Each must read healthy.
      const refreshed = await refreshAll(
        replicationsMeasured(harness, "refresh", made.length),
        harness,
        await harness.freshHost(),
        made,
        log,
        ({ health }) => (health === "ok" ? undefined : `health ${String(health)}`),
      );
      return { rows: [configure.row, refreshed], first: null };
    };
    return { run, close: () => harness.close() };
  } catch (err) {
    await harness.close();
    throw err;
  }
}

/** A pairing with the first remote site, made through the sdk and waited for. */
async function pairSimulator({ sim }: BenchHarness): Promise<string> {
  const site = sim.remoteSites[0];
  const client = new VrmsClient({
    url: sim.url,
    username: sim.users[0].username,
    password: sim.users[0].password,
    tls: { thumbprint: sim.thumbprints.sha256 },
  });
  try {
    const task = await client.createPairing({
      pair_vc_id: site.vcId,
      pair_psc_info: { url: site.pscHost, username: site.username, password: site.password },
    });
    const pairingId = (await client.waitForTask(task)).result?.pairing_id;
    if (!pairingId) throw new Error(`pairing task ${task.id} named no pairing`);
    return String(pairingId);
  } finally {
    await client.close();
  }
}

function replicationsMeasured(
  harness: BenchHarness,
  operation: "create" | "refresh",
  count: number,
): Measured {
  return {
    resource: "replication",
    operation,
    count,
    fewest: fewestReplicationRequests(operation, count),
    left: () => harness.sim.control.replication.list().length,
    expected: count,
  };
}

if (require.main === module) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
  const taskDurations = process.argv.includes("--fast-tasks")
    ? { createMs: 40, reconnectMs: 40, deleteMs: 40, queuedMs: 10 }
    : undefined;
  const log = (line: string) => process.stderr.write(`bench: ${line}\n`);
  log(`replications: ${n} through the provider host`);
  prepareReplicationScale(n, { rateLimit: true, taskDurations }, log)
    .then((p) => p.run().finally(() => p.close()))
    .then(
      (run) => {
        // The same judgement as `npm run bench`'s targets table: 0 × 429, one login, no error.
        for (const t of judgeTargets({ wait: [], scale: run.rows, state: null }, "", "")) {
          log(`${t.pass ? "PASS" : "FAIL"} ${t.name}: ${t.measured}`);
          if (!t.pass) process.exitCode = 1;
        }
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
}
