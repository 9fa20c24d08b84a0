// Drift detection without repair (`pulumi preview --refresh --expect-no-changes`): after a
// refresh finds the pairing broken, Diff reports a change and one line names why; for a
// healthy pairing it reports none and prints nothing.
import * as assert from "node:assert/strict";
import { startSimulator, Simulator } from "../../simulator";
import { createProgramFolder, PropertyMap, ProgramFolder, ProviderHost } from "../../tools/engine";
import { capturePairing, simulatorPairingArgs } from "../../tools/engine/pairing";
import { FAST_TASKS } from "../support/simulator";

describe("engine path: the drift reason in preview (refresh, then diff)", function () {
  this.timeout(120_000);
  const project = "vr-pairing-drift-reason";
  let sim: Simulator;
  let folder: ProgramFolder;
  let host: ProviderHost;
  const waiting: (() => void)[] = [];

  before(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
    folder = createProgramFolder({ project });
    host = await ProviderHost.start({
      programDir: folder.dir,
      project,
      stack: "test",
      onLine: () => {
        for (const wake of waiting.splice(0)) wake();
      },
    });
  });
  after(async () => {
    await host?.stop();
    folder?.dispose();
    await sim?.stop();
  });

  /** up: Check then Create, as the engine does; returns what a checkpoint keeps. */
  async function up(name: string, site: number) {
    const r = await capturePairing(name, simulatorPairingArgs(sim, sim.remoteSites[site]), {
      project,
      stack: "test",
    });
    const urn = host.urn(r.type, r.name);
    const { inputs } = await host.check({ urn, olds: {}, news: r.inputs });
    const { id, properties } = await host.create({ urn, properties: inputs });
    return { urn, id, inputs, outputs: properties };
  }

  /**
   * The host's stdout lines from `from` up to the first drift line. The line and the gRPC answer
   * travel on different pipes, so wait for it rather than read what arrived so far.
   */
  async function linesToDriftLine(from: number): Promise<string[]> {
    const seen = () => host.lines.slice(from).map((l) => l.text);
    while (!seen().some((l) => l.includes("drift:"))) {
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
    return seen();
  }

  /** refresh then preview: Read, then Diff of the same inputs against the refreshed outputs. */
  async function refreshThenDiff(r: {
    urn: string;
    id: string;
    inputs: PropertyMap;
    outputs: PropertyMap;
  }) {
    const read = await host.read({ urn: r.urn, id: r.id, properties: r.outputs, inputs: r.inputs });
    const from = host.lines.length;
    const diff = await host.diff({
      urn: r.urn,
      id: r.id,
      olds: read.properties,
      news: r.inputs,
      oldInputs: r.inputs,
    });
    return { read, diff, from };
  }

  it("a pairing broken behind Pulumi's back: a change, and one line naming status and issues", async () => {
    const r = await up("broken-site", 0);
    sim.control.breakPairing(r.id, "the remote VRMS stopped answering");
    const { read, diff, from } = await refreshThenDiff(r);
    const lines = await linesToDriftLine(from);
    assert.notEqual(read.properties.connectionStatus, "connected");
    assert.equal(diff.changes, "some", "preview shows an update, so --expect-no-changes fails");
    assert.deepEqual(diff.replaces, []);
    const drift = lines.filter((l) => l.includes("drift:"));
    assert.equal(drift.length, 1, `one drift line:\n${lines.join("\n")}`);
    assert.match(
      drift[0],
      new RegExp(
        `^vr-pairing broken-site: drift: connectionStatus is ${String(read.properties.connectionStatus)} \\(issues: .+\\); the update reconnects the pairing$`,
      ),
    );
    const issues = read.properties.issues as { description: string }[];
    assert.ok(issues.length > 0);
    assert.ok(drift[0].includes(issues[0].description), "the issue's own text is quoted");
  });

  it("a healthy pairing: no change and no line", async () => {
    const r = await up("healthy-site", 1);
    const { read, diff, from } = await refreshThenDiff(r);
    assert.equal(read.properties.connectionStatus, "connected");
    assert.equal(diff.changes, "none");
    // A marker after it: a diff that must print. Lines keep their order, so anything the
    // healthy diff printed arrives before the marker's line.
    await host.diff({
      urn: r.urn,
      id: r.id,
      olds: { ...read.properties, connectionStatus: "degraded" },
      news: r.inputs,
      oldInputs: r.inputs,
    });
    const drift = (await linesToDriftLine(from)).filter((l) => l.includes("drift:"));
    assert.deepEqual(drift, [
      "vr-pairing healthy-site: drift: connectionStatus is degraded (no issue reported); the update reconnects the pairing",
    ]);
  });
});
