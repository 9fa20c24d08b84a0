import { Simulator, startSimulator, TaskDurations } from "../../simulator";
import { findPulumiCli, runWithCli } from "./cli-path";
import { runThroughHost, LifecycleResult } from "./sdk-path";
import { StepPrinter } from "./printer";
import { runReplicationThroughHost } from "./replication-path";

export interface DemoOptions {
  /** Simulator task durations; default: the simulator's realistic ones. */
  taskDurations?: TaskDurations;
  out?: (line: string) => void;
  /** "auto": use a `pulumi` CLI when one is on PATH; "never": always the SDK's host. */
  cli?: "auto" | "never";
  /** Called once the simulator runs (tests use it to inject faults). */
  onSimulator?: (sim: Simulator) => void;
}

export interface DemoResult extends LifecycleResult {
  path: "pulumi-cli" | "sdk-host";
  /** The replication examples/replication configured (and destroyed). */
  replicationId: string;
  durationMs: number;
}

/**
 * The main job: start the simulator and run examples/basic's whole lifecycle against it:
 * create, a pairing broken behind Pulumi's back, refresh, up (reconnect), destroy.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const out = options.out ?? ((line: string) => console.log(line));
  const printer = new StepPrinter(out);
  const started = Date.now();
  const sim = await startSimulator(
    options.taskDurations ? { taskDurations: options.taskDurations } : {},
  );
  try {
    options.onSimulator?.(sim);
    const site = sim.remoteSites[0];
    out(
      `VRMS simulator: ${sim.url} (self-signed; pinned SHA-256 ${sim.thumbprints.sha256.slice(0, 23)}...)`,
    );
    out(`Program: examples/basic, pairing with remote vCenter ${site.name} (${site.vcId})`);
    const cli = options.cli === "never" ? undefined : findPulumiCli();
    let result: LifecycleResult;
    if (cli) {
      out(`Using the pulumi CLI ${cli} with a local file backend in a temporary folder.`);
      result = await runWithCli(sim, printer);
    } else {
      out(
        "No pulumi CLI on PATH: driving the same program through @pulumi/pulumi's dynamic-provider host (the process `pulumi up` starts) over gRPC.",
      );
      result = await runThroughHost(sim, printer);
    }
    out("");
    out("Then examples/replication: a pairing and the replication of one VM over it.");
    const replicationId = await runReplicationThroughHost(sim, printer);
    const durationMs = Date.now() - started;
    out("");
    out(
      `Done in ${(durationMs / 1000).toFixed(1)}s: pairing ${result.pairingId} was created, found ` +
        `${result.statusAfterBreak} by refresh after breaking behind Pulumi's back, reconnected by up ` +
        `(${result.statusAfterRepair}), and destroyed; replication ${replicationId} was configured ` +
        "and unconfigured.",
    );
    return { ...result, replicationId, path: cli ? "pulumi-cli" : "sdk-host", durationMs };
  } finally {
    await sim.stop();
  }
}
