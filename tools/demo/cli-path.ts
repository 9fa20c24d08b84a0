import { spawn, spawnSync } from "child_process";
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as readline from "readline";
import type { Simulator } from "../../simulator";
import { createProgramFolder, REPO_ROOT } from "../engine";
import { BASIC_PROJECT, basicConfig } from "./example-config";
import { breakBehindPulumisBack, expect, simulatorPairing } from "./checks";
import { LifecycleResult } from "./sdk-path";
import { StepPrinter } from "./printer";

function pairingStatus(exported: string): string {
  const checkpoint = JSON.parse(exported) as {
    deployment?: { resources?: { type: string; outputs?: Record<string, unknown> }[] };
  };
  const r = checkpoint.deployment?.resources?.find((x) => x.type.endsWith(":VrPairing"));
  return String(r?.outputs?.connectionStatus ?? "missing");
}

/** The `pulumi` CLI's version when one is on PATH. */
export function findPulumiCli(): string | undefined {
  const r = spawnSync("pulumi", ["version"], { encoding: "utf8", timeout: 20_000 });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/**
 * Runs examples/basic with the real `pulumi` CLI: a local file backend and a generated
 * passphrase in a temporary folder, config set from the simulator, every command with --yes.
 */
export async function runWithCli(sim: Simulator, printer: StepPrinter): Promise<LifecycleResult> {
  const folder = createProgramFolder({ project: BASIC_PROJECT });
  const stateDir = path.join(folder.dir, ".pulumi-state");
  fs.mkdirSync(stateDir);
  for (const f of ["index.ts", "Pulumi.yaml", "tsconfig.json"]) {
    fs.copyFileSync(path.join(REPO_ROOT, "examples", "basic", f), path.join(folder.dir, f));
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PULUMI_BACKEND_URL: `file://${stateDir}`,
    PULUMI_CONFIG_PASSPHRASE: randomBytes(24).toString("base64url"),
    PULUMI_SKIP_UPDATE_CHECK: "true",
    PULUMI_DIY_BACKEND_NO_LEGACY_WARNING: "true",
  };
  const run = (args: string[], opts: { quiet?: boolean; stdin?: string } = {}): Promise<string> =>
    new Promise((resolve, reject) => {
      if (!opts.quiet) printer.command(`pulumi ${args.join(" ")}`);
      const child = spawn("pulumi", args, {
        cwd: folder.dir,
        env,
        stdio: ["pipe", "pipe", "pipe"],
      });
      let stdout = "";
      const echo = (line: string) => {
        if (!opts.quiet) printer.note(line);
      };
      readline.createInterface({ input: child.stdout }).on("line", (l) => {
        stdout += l + "\n";
        echo(l);
      });
      readline.createInterface({ input: child.stderr }).on("line", echo);
      child.stdin.end(opts.stdin ?? "");
      child.once("error", reject);
      child.once("exit", (code) =>
        code === 0
          ? resolve(stdout)
          : reject(new Error(`pulumi ${args[0]} exited with code ${code}`)),
      );
    });
  try {
    await run(["stack", "init", "demo", "--non-interactive"], { quiet: true });
    const config = basicConfig(sim);
    for (const [key, value] of Object.entries(config.values)) {
      const secret = config.secretKeys.includes(key);
      // Values go through stdin so no password shows in a process listing.
      await run(["config", "set", key, ...(secret ? ["--secret"] : []), "--non-interactive"], {
        quiet: true,
        stdin: value,
      });
    }
    await run(["up", "--yes", "--skip-preview", "--non-interactive"]);
    const pairingId = (await run(["stack", "output", "pairingId"], { quiet: true })).trim();
    breakBehindPulumisBack(sim, printer, pairingId);
    await run(["refresh", "--yes", "--skip-preview", "--non-interactive"]);
    // Refresh updates resource state, not stack outputs: read the status from the checkpoint.
    const statusAfterBreak = pairingStatus(await run(["stack", "export"], { quiet: true }));
    expect(statusAfterBreak !== "connected", "refresh did not notice the broken pairing");

    await run(["up", "--yes", "--skip-preview", "--non-interactive"]);
    const statusAfterRepair = (
      await run(["stack", "output", "connectionStatus"], { quiet: true })
    ).trim();
    expect(statusAfterRepair === "connected", `after up the pairing is ${statusAfterRepair}`);
    expect(
      simulatorPairing(sim, pairingId).healthy,
      "the simulator still reports the pairing broken",
    );

    await run(["destroy", "--yes", "--skip-preview", "--non-interactive"]);
    expect(sim.control.pairings().length === 0, "pairings are left on the simulator");
    await run(["stack", "rm", "demo", "--yes", "--non-interactive"], { quiet: true });
    return { pairingId, statusAfterBreak, statusAfterRepair };
  } finally {
    folder.dispose();
  }
}
