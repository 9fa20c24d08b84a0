// A root hook plugin of the unit tier only (`npm run test:unit`): a test there may start no
// child process (provider host, simulator CLI, npm, tsc, node -e). A test that does fails,
// naming the command, so the file is renamed to *.process.test.ts and runs in the full tier.
// Asynchronous spawns are seen on node's "child_process" channel; the synchronous calls, which
// publish nothing there, are wrapped (recorded, then run unchanged).
import type { ChildProcess } from "node:child_process";
import { subscribe } from "node:diagnostics_channel";
import { createRequire } from "node:module";

// The module object itself (an ES import would be a copy): the wrappers must replace its
// functions for every caller that reads them at call time, as compiled imports do.
const childProcess = createRequire(__filename)(
  "node:child_process",
) as typeof import("node:child_process");

const started: string[] = [];

subscribe("child_process", (message) => {
  const child = (message as { process?: ChildProcess }).process;
  // The arguments are set just after the channel is told; read them when the test ends.
  started.push("");
  const at = started.length - 1;
  setImmediate(() => (started[at] = child?.spawnargs.join(" ") ?? "a child process"));
});

type SyncSpawn = "execFileSync" | "execSync" | "spawnSync";
for (const name of ["execFileSync", "execSync", "spawnSync"] as const satisfies SyncSpawn[]) {
  const original = childProcess[name] as (...args: unknown[]) => unknown;
  Object.assign(childProcess, {
    [name]: (...args: unknown[]) => {
      started.push(`${name} ${String(args[0])}`);
      return original(...args);
    },
  });
}

export const mochaHooks = {
  afterEach(this: Mocha.Context): void {
    if (started.length === 0) return;
    const commands = started.splice(0).map((c) => c || "a child process");
    throw new Error(
      `"${this.currentTest?.fullTitle() ?? "a test"}" started ${commands.length} child ` +
        `process(es) in the unit tier: ${commands.join("; ")}. A test file that starts ` +
        `processes is named *.process.test.ts; it runs in the full tier (npm test).`,
    );
  },
};
