import * as assert from "assert";
import { runDemo } from "../../tools/demo/run-demo";
import { DEFAULT_USER } from "../../simulator";
import { FAST_TASKS } from "../support/simulator";

describe("main job (npm start) with millisecond tasks", function () {
  this.timeout(120_000);

  it("creates, sees the drift on refresh, repairs it with up, destroys, and prints each step", async () => {
    const lines: string[] = [];
    const result = await runDemo({
      taskDurations: FAST_TASKS,
      out: (l) => lines.push(l),
      cli: "never",
    });
    const text = lines.join("\n");
    assert.strictEqual(result.path, "sdk-host");
    assert.notStrictEqual(result.statusAfterBreak, "connected");
    assert.strictEqual(result.statusAfterRepair, "connected");
    assert.match(text, /No pulumi CLI on PATH/);
    for (const command of ["pulumi up --yes", "pulumi refresh --yes", "pulumi destroy --yes"]) {
      assert.ok(text.includes(`$ ${command}`), `prints ${command}`);
    }
    assert.match(text, /VrPairing {2}dr-site {2}created \(\d+\.\ds\)/);
    assert.match(text, /VrPairing {2}dr-site {2}refreshed .*connectionStatus/);
    assert.match(text, /VrPairing {2}dr-site {2}updated \(\d+\.\ds\)/);
    assert.match(text, /VrPairing {2}dr-site {2}deleted \(\d+\.\ds\)/);
    assert.match(
      text,
      /info: \[runtime\] vr-pairing dr-site: create/,
      "task progress from the host",
    );
    assert.match(text, /VrReplication {2}vm-001 {2}created \(\d+\.\ds\)/);
    assert.match(text, /info: \[runtime\] vr-pairing vm-001: configure 100% SUCCESS/);
    assert.match(text, /replicationId: "GID-[^"]+", .*health: "ok", rpo: 15/);
    assert.match(text, /VrReplication {2}vm-001 {2}deleted/);
    assert.match(result.replicationId, /^GID-/);
    for (const password of [DEFAULT_USER.password, "Remote-01-Pass!"]) {
      assert.ok(!text.includes(password), "no password printed");
    }
  });

  it("fails (so npm start exits non-zero) when a step fails, quoting the VRMS task's message", async () => {
    const lines: string[] = [];
    await assert.rejects(
      runDemo({
        taskDurations: FAST_TASKS,
        out: (l) => lines.push(l),
        cli: "never",
        onSimulator: (sim) =>
          sim.control.failNextTask("reconnect", "Simulated reconnect failure for the demo"),
      }),
      /Simulated reconnect failure for the demo/,
    );
    assert.match(lines.join("\n"), /dr-site {2}\*\*updating failed\*\*/);
  });
});
