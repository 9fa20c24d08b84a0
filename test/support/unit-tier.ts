// A root hook plugin of every mocha run of `npm test` and `npm run test:unit`: a test outside a
// *.process.test.ts file may start no child process (provider host, simulator CLI, npm, tsc,
// node -e). One that does fails, naming the command, so the file is renamed to
// *.process.test.ts and runs in the full tier only.
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

/** Commands started since the last check (a record, so a late write never lands in a new list). */
const started: { command: string }[] = [];

subscribe("child_process", (message) => {
  const child = (message as { process?: ChildProcess }).process;
  // The arguments are set just after the channel is told; read them when the test ends.
  const record = { command: "a child process" };
  started.push(record);
  setImmediate(() => (record.command = child?.spawnargs.join(" ") ?? record.command));
});

type SyncSpawn = "execFileSync" | "execSync" | "spawnSync";
for (const name of ["execFileSync", "execSync", "spawnSync"] as const satisfies SyncSpawn[]) {
  const original = childProcess[name] as (...args: unknown[]) => unknown;
  Object.assign(childProcess, {
    [name]: (...args: unknown[]) => {
      started.push({ command: `${name} ${String(args[0])}` });
      return original(...args);
    },
  });
}

/** Files of the full tier, which may start processes (one mocha run holds both tiers). */
const mayStartProcesses = (file: string | undefined) => file?.endsWith(".process.test.js") ?? false;

export const mochaHooks = {
  // A worker runs file after file: what an earlier file of the full tier started is not this one's.
  beforeAll(): void {
    started.length = 0;
  },
  afterEach(this: { currentTest?: Pick<Mocha.Test, "file" | "fullTitle"> }): void {
    if (mayStartProcesses(this.currentTest?.file)) started.length = 0;
    if (started.length === 0) return;
    const commands = started.splice(0).map((c) => c.command);
    throw new Error(
      `"${this.currentTest?.fullTitle() ?? "a test"}" started ${commands.length} child ` +
        `process(es) in the unit tier: ${commands.join("; ")}. A test file that starts ` +
        `processes is named *.process.test.ts; it runs in the full tier (npm test).`,
    );
  },
};
