import * as path from "path";
import {
  createProgramFolder,
  Deployment,
  programFromFile,
  ProviderHost,
  REPO_ROOT,
} from "../engine";
import type { ExampleConfig } from "./example-config";
import { StepPrinter } from "./printer";

const STACK = "demo";

export interface ExampleStack {
  /** The example's index.ts, unchanged, as the program a deployment runs. */
  program: () => unknown;
  deployment: Deployment;
}

/**
 * examples/<example> as `pulumi up` runs it without the CLI: the program file in a program
 * folder, the SDK's dynamic-provider host with the stack config, and a deployment whose steps
 * and host lines go to the printer. Runs `steps` on them, then stops the host whatever happened.
 */
export async function withExampleStack<T>(
  example: "basic" | "replication",
  project: string,
  config: ExampleConfig,
  printer: StepPrinter,
  steps: (stack: ExampleStack) => Promise<T>,
): Promise<T> {
  const folder = createProgramFolder({ project });
  let host: ProviderHost | undefined;
  try {
    const program = programFromFile(path.join(REPO_ROOT, "examples", example, "index.ts"), folder);
    host = await ProviderHost.start({
      programDir: folder.dir,
      project,
      stack: STACK,
      config: config.values,
      onLine: (line) => printer.hostLine(line),
    });
    const deployment = new Deployment(host, {
      onStep: (e) => printer.step(e),
      program: {
        project,
        stack: STACK,
        config: config.values,
        secretConfigKeys: config.secretKeys,
      },
    });
    return await steps({ program, deployment });
  } finally {
    await host?.stop();
    folder.dispose();
  }
}
