import * as assert from "node:assert/strict";
import { channel } from "node:diagnostics_channel";
import { mochaHooks } from "./unit-tier";

/** What node publishes when a child process starts (only `spawnargs` is read). */
const announceSpawn = (args: string[]) =>
  channel("child_process").publish({ process: { spawnargs: args } });

/** The guard's check after a test of `file`, as mocha calls it. */
const checkAfterTestOf = (file: string) =>
  mochaHooks.afterEach.call({ currentTest: { file, fullTitle: () => "a test" } });

describe("unit-tier guard (one mocha run holds both tiers)", () => {
  it("fails a test outside *.process.test files that started a process, naming the command", async () => {
    announceSpawn(["node", "host.js"]);
    await new Promise((resolve) => setImmediate(resolve)); // the arguments are read a tick later
    assert.throws(
      () => checkAfterTestOf("/r/dist/test/sdk/client.test.js"),
      /"a test" started 1 child process\(es\) in the unit tier: node host\.js\. .*\*\.process\.test\.ts/,
    );
    assert.doesNotThrow(() => checkAfterTestOf("/r/dist/test/sdk/client.test.js"), "reported once");
  });

  it("lets a *.process.test file start processes, and does not blame the next test for them", () => {
    announceSpawn(["npm", "pack"]);
    assert.doesNotThrow(() => checkAfterTestOf("/r/dist/test/package/consumer.process.test.js"));
    assert.doesNotThrow(() => checkAfterTestOf("/r/dist/test/sdk/client.test.js"));
  });

  it("forgets, at the start of a file, what an earlier file's hooks started", () => {
    announceSpawn(["node", "after-hook.js"]);
    mochaHooks.beforeAll();
    assert.doesNotThrow(() => checkAfterTestOf("/r/dist/test/sdk/client.test.js"));
  });
});
