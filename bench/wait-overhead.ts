// Wait overhead: how long after the server marked a task terminal (its complete_time, read
// from the simulator's own record) the client's wait returns, and how many task requests the
// simulator counted during the wait. Each run gets its own simulator and client, so runs may
// overlap without sharing a poll loop, a session or a counter.
import { monitorEventLoopDelay } from "node:perf_hooks";
import { startSimulator, type SimulatorOptions } from "../simulator";
import type { PairingSpec } from "../sdk/wire";
import type { Contender } from "./baselines";
import { waitRow, type WaitRow, type WaitSample } from "./report";

export interface WaitBenchOptions {
  contenders: Contender[];
  /** nominal task durations (queued + running) */
  tiersMs: number[];
  /** one run per factor; spreads the task's end across the poll schedules */
  durationFactors: number[];
  queuedMs: number;
  simulator: Omit<SimulatorOptions, "taskDurations">;
  /** gap between the starts of overlapping runs, so their polls do not coincide */
  staggerMs: number;
}

const taskRequests = (requests: Record<string, number>) =>
  Object.entries(requests)
    .filter(([k]) => k.startsWith("GET /tasks"))
    .reduce((n, [, v]) => n + v, 0);

async function oneRun(
  contender: Contender,
  taskMs: number,
  queuedMs: number,
  simOptions: WaitBenchOptions["simulator"],
): Promise<WaitSample> {
  const sim = await startSimulator({
    ...simOptions,
    taskDurations: { queuedMs, createMs: taskMs - queuedMs, reconnectMs: 1000, deleteMs: 1000 },
  });
  const session = await contender.open(sim);
  try {
    const site = sim.remoteSites[0];
    const spec: PairingSpec = {
      pair_vc_id: site.vcId,
      pair_psc_info: {
        url: site.pscHost,
        port: site.pscPort,
        thumbprint: site.thumbprint,
        username: site.username,
        password: site.password,
      },
    };
    const task = await session.create(spec);
    const settled = sim.control.whenTaskSettled(task.id);
    const before = taskRequests(sim.control.counters().requests);
    await session.wait(task);
    const returnedAt = Date.now();
    const end = await settled;
    if (end.status !== "SUCCESS" || typeof end.complete_time !== "number")
      throw new Error(`${contender.name}: task ended ${end.status} (${end.error?.message ?? ""})`);
    return {
      taskMs: end.complete_time - Number(end.queued_time),
      overheadMs: returnedAt - end.complete_time,
      requests: taskRequests(sim.control.counters().requests) - before,
    };
  } finally {
    await session.close().catch(() => undefined);
    await sim.stop();
  }
}

export async function runWaitBench(
  o: WaitBenchOptions,
): Promise<{ rows: WaitRow[]; eventLoopDelayMs: { p99: number; max: number } }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const rows: WaitRow[] = [];
  try {
    // Tiers run one after another; inside a tier every contender's runs overlap.
    for (const tier of o.tiersMs) {
      const jobs = o.contenders.flatMap((c, ci) =>
        o.durationFactors.map(async (f, fi) => {
          await new Promise((r) => setTimeout(r, (fi * o.contenders.length + ci) * o.staggerMs));
          return { c, sample: await oneRun(c, Math.round(tier * f), o.queuedMs, o.simulator) };
        }),
      );
      const done = await Promise.all(jobs);
      for (const c of o.contenders) {
        const samples = done.filter((d) => d.c === c).map((d) => d.sample);
        rows.push(waitRow(c.name, tier, samples));
      }
    }
  } finally {
    delay.disable();
  }
  return {
    rows,
    eventLoopDelayMs: { p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 },
  };
}
