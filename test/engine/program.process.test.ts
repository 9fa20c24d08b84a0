import * as assert from "assert";
import * as path from "path";
import { startSimulator, Simulator } from "../../simulator";
import {
  createProgramFolder,
  Deployment,
  ProgramFolder,
  programFromFile,
  ProviderHost,
  REPO_ROOT,
} from "../../tools/engine";
import { BASIC_PROJECT, basicConfig } from "../../tools/demo/example-config";
import { FAST_TASKS } from "../support/simulator";

/*
 * examples/basic as a user runs it: the program file, unchanged, under setMocks; each dynamic
 * resource it registers is forwarded to the real dynamic-provider host (Check, Create, ...),
 * and the stack outputs come from what the host answered.
 */
describe("engine path: examples/basic program through the dynamic-provider host", function () {
  this.timeout(120_000);
  let sim: Simulator;
  let folder: ProgramFolder;
  let host: ProviderHost;
  let deployment: Deployment;
  let program: () => unknown;

  before(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
    folder = createProgramFolder({ project: BASIC_PROJECT });
    program = programFromFile(path.join(REPO_ROOT, "examples", "basic", "index.ts"), folder);
    const config = basicConfig(sim);
    host = await ProviderHost.start({
      programDir: folder.dir,
      project: BASIC_PROJECT,
      stack: "test",
      config: config.values,
    });
    deployment = new Deployment(host, {
      program: {
        project: BASIC_PROJECT,
        stack: "test",
        config: config.values,
        secretConfigKeys: config.secretKeys,
      },
    });
  });

  after(async () => {
    await host?.stop();
    folder?.dispose();
    await sim?.stop();
  });

  it("up creates the pairing and exports its id, status, remote name and issues", async () => {
    const up = await deployment.up(program);
    const [pairing] = sim.control.pairings();
    assert.ok(pairing, "the simulator has a pairing");
    assert.strictEqual(sim.control.pairings().length, 1);
    assert.deepStrictEqual(up.outputs, {
      pairingId: pairing.pairing_id,
      connectionStatus: "connected",
      remoteVcName: sim.remoteSites[0].name,
      issues: [],
    });
    assert.deepStrictEqual(up.counts, { create: 1 });

    const [registered] = up.resources.filter((r) => r.provider);
    assert.strictEqual(registered.type, "pulumi-nodejs:dynamic/vrpairing:VrPairing");
    assert.deepStrictEqual([...registered.secretKeys].sort(), [
      "remotePscPassword",
      "vrmsPassword",
    ]);
    const state = [...deployment.state.values()][0];
    assert.strictEqual(state.id, pairing.pairing_id);
    assert.strictEqual(
      state.outputs.__provider,
      registered.provider,
      "state keeps the serialized provider",
    );
    assert.strictEqual(state.outputs.vrmsThumbprint, sim.thumbprints.sha256);
  });

  it("a second up is a no-op: no VRMS task, nothing changed", async () => {
    const tasks = sim.control.tasks().length;
    const up = await deployment.up(program);
    assert.deepStrictEqual(up.counts, { same: 1 });
    assert.strictEqual(sim.control.tasks().length, tasks);
  });

  it("destroy deletes the pairing on the VRMS", async () => {
    const destroyed = await deployment.destroy();
    assert.deepStrictEqual(destroyed.counts, { delete: 1 });
    assert.deepStrictEqual(sim.control.pairings(), []);
    assert.strictEqual(deployment.state.size, 0);
  });
});
