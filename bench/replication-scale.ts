// The replication bench line: N VrReplications (default 200) configured and then refreshed the
// way `pulumi up` and `pulumi refresh` drive them (Check then Create for every resource at once,
// then Read for every resource), through the real dynamic-provider host, against a simulator
// with its rate limits on (50 per session, 100 per IP, per 60 s). Printed against the fewest
// requests any client needs for the same work: one login, one remote login, one configure POST
// carrying every spec, one task list to see them finish, one replication list to refresh.
// Run: npm run build && node dist/bench/replication-scale.js [N] [--fast-tasks]
import { startSimulator } from "../simulator";
import { VrReplication } from "../provider/replication/resource";
import { VrmsClient } from "../sdk";
import { captureProgram, createProgramFolder, ProviderHost } from "../tools/engine";
import { clientBudgetFor } from "./scale";

export interface ReplicationBenchRow {
  replications: number;
  configureMs: number;
  refreshMs: number;
  requests: number;
  logins: number;
  remoteLogins: number;
  serverTooManyRequests: number;
  errors: number;
  fewestRequests: number;
  /** The time the fewest requests need at the documented limit, plus one configure task. */
  fewestMs: number;
}

const FEWEST_REQUESTS = 5;

export async function runReplicationBench(
  n: number,
  options: { fastTasks?: boolean; log?: (line: string) => void } = {},
): Promise<ReplicationBenchRow> {
  const log = options.log ?? (() => undefined);
  const taskDurations = options.fastTasks
    ? { createMs: 40, reconnectMs: 40, deleteMs: 40, queuedMs: 10 }
    : undefined;
  const sim = await startSimulator({ rateLimit: true, taskDurations });
  const folder = createProgramFolder({ project: "vr-replication-bench" });
  let host: ProviderHost | undefined;
  try {
    sim.control.replication.seedInventory(sim.localVcId, { vmCount: n });
    const site = sim.remoteSites[0];
    const remote = { username: site.username, password: site.password };
    const conn = {
      vrmsUrl: sim.url,
      vrmsUsername: sim.users[0].username,
      vrmsPassword: sim.users[0].password,
      vrmsThumbprint: sim.thumbprints.sha256,
    };
    // The pairing is made outside the measured part (its own bench is the pairing scale line).
    const setup = new VrmsClient({
      url: sim.url,
      ...{ username: conn.vrmsUsername, password: conn.vrmsPassword },
      tls: { thumbprint: conn.vrmsThumbprint },
    });
    const created = await setup.createPairing({
      pair_vc_id: site.vcId,
      pair_psc_info: { url: site.pscHost, username: site.username, password: site.password },
    });
    const pairingId = String((await setup.waitForTask(created)).result?.pairing_id);
    await setup.dispose();
    // One datastore with room for every replica (the seeded ones hold a few dozen VMs).
    const PB = 1024 ** 5;
    sim.control.replication.setInventory(site.vcId, {
      datastores: [
        {
          id: `Datastore:datastore-99:${site.vcId}`,
          name: "bench-datastore",
          capacityBytes: PB,
          freeBytes: PB,
          fileSystemType: "VSAN",
        },
      ],
    });
    const inventory = sim.control.replication.inventory(site.vcId);
    const vms = sim.control.replication.inventory(sim.localVcId).vms;
    const budget = clientBudgetFor({ rateLimit: true });
    host = await ProviderHost.start({
      programDir: folder.dir,
      project: "vr-replication-bench",
      stack: "bench",
      env: budget ? { VRMS_REQUEST_BUDGET: budget } : {},
    });
    await host.configure({});
    const registered = await captureProgram(
      () => {
        for (let i = 0; i < n; i++) {
          new VrReplication(`r-${i}`, {
            ...conn,
            pairing: pairingId,
            targetVcId: site.vcId,
            remoteUsername: remote.username,
            remotePassword: remote.password,
            vmId: vms[i].id,
            datastoreId: inventory.datastores[0].id,
            diskFormat: "THIN",
            rpo: 15,
          });
        }
      },
      { project: "vr-replication-bench", stack: "bench" },
    );
    sim.control.resetCounters();
    const h = host;
    log(`${n} replications: Check + Create of every one at once`);
    const started = Date.now();
    const results = await Promise.allSettled(
      registered.map(async (r) => {
        const urn = h.urn(r.type, r.name);
        const checked = await h.check({ urn, olds: {}, news: r.inputs });
        if (checked.failures.length) throw new Error(JSON.stringify(checked.failures));
        const made = await h.create({ urn, properties: checked.inputs });
        return { urn, id: made.id, props: made.properties };
      }),
    );
    const configureMs = Date.now() - started;
    const ok = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    log(`${n} replications: Read of every one at once (refresh)`);
    const refreshStarted = Date.now();
    const reads = await Promise.allSettled(
      ok.map((r) => h.read({ urn: r.urn, id: r.id, properties: r.props })),
    );
    const refreshMs = Date.now() - refreshStarted;
    const c = sim.control.counters();
    log(`requests: ${JSON.stringify(c.requests)}`);
    const errors =
      results.filter((r) => r.status === "rejected").length +
      reads.filter((r) => r.status === "rejected").length;
    const first = results.find((r) => r.status === "rejected");
    if (first?.status === "rejected") log(`first error: ${String(first.reason)}`);
    return {
      replications: n,
      configureMs,
      refreshMs,
      requests: c.total,
      logins: c.logins,
      remoteLogins: c.requests["POST /pairings/{pairing_id}/remote-session"] ?? 0,
      serverTooManyRequests: c.tooManyRequests,
      errors,
      fewestRequests: FEWEST_REQUESTS,
      fewestMs: 300 + 4000, // the default configure task: 300 ms queued, 4 s running
    };
  } finally {
    await host?.stop();
    folder.dispose();
    await sim.stop();
  }
}

export function replicationBenchLine(r: ReplicationBenchRow): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return (
    `| ${r.replications} replications | configure ${s(r.configureMs)}, refresh ${s(r.refreshMs)} | ` +
    `${r.requests} requests (${(r.requests / r.replications).toFixed(1)} per replication) | ` +
    `${r.serverTooManyRequests} × 429 | ${r.logins} local login(s), ${r.remoteLogins} remote | ` +
    `${r.errors} errors | fewest any client needs: ${r.fewestRequests} requests, ≥ ${s(r.fewestMs)} ` +
    `(configure took ${(r.configureMs / r.fewestMs).toFixed(1)}× that) |`
  );
}

if (require.main === module) {
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 200);
  const fastTasks = process.argv.includes("--fast-tasks");
  runReplicationBench(n, { fastTasks, log: (l) => process.stderr.write(`bench: ${l}\n`) }).then(
    (row) => console.log(replicationBenchLine(row)),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
