// The simulator in a process of its own: nothing else in the test run can keep or hide a timer.
import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as path from "node:path";

describe("simulator: server, in a child process", () => {
  it("clears task timers on stop(): a process with slow tasks in flight exits by itself", async function () {
    this.timeout(15_000);
    const script = `
      const { startSimulator } = require(${JSON.stringify(path.join(__dirname, "..", "..", "simulator"))});
      const { login, rawClient, pairingSpec } = require(${JSON.stringify(path.join(__dirname, "..", "support", "simulator"))});
      (async () => {
        const sim = await startSimulator({ taskDurations: { queuedMs: 10, createMs: 600000 } });
        const api = rawClient(sim, await login(sim));
        for (const s of sim.remoteSites) await api.post("/pairings", pairingSpec(s));
        sim.control.setLatencyMs(600000);
        api.get("/session").catch(() => undefined);
        const running = process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
        await sim.stop();
        console.log("stopped with " + running + " timers before");
      })();`;
    const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    const started = Date.now();
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    assert.equal(code, 0);
    assert.match(out, /stopped with [1-9]\d* timers before/);
    assert.ok(Date.now() - started < 10_000, "exited without waiting for the tasks");
  });
});
