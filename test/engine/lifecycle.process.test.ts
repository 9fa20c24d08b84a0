import * as assert from "assert";
import { startSimulator, Simulator } from "../../simulator";
import type { Pairing } from "../../sdk/wire";
import {
  createProgramFolder,
  HostCallError,
  PropertyMap,
  ProgramFolder,
  ProviderHost,
  RegisteredResource,
} from "../../tools/engine";
import { capturePairing, simulatorPairingArgs } from "../../tools/engine/pairing";
import { VrPairingArgs } from "../../provider";
import { FAST_TASKS } from "../support/simulator";

/*
 * The whole lifecycle the way the engine drives it: the real VrPairing is constructed under
 * mocks to get its `__provider`, the SDK's dynamic-provider host runs as a separate process in
 * a program folder, and every call goes over gRPC with the engine's shapes (olds = state
 * outputs, secrets in plain text, "" id = gone) against the simulator over pinned HTTPS.
 */
describe("engine path: VrPairing lifecycle through the dynamic-provider host", function () {
  this.timeout(120_000);
  const project = "vr-pairing-lifecycle";
  let sim: Simulator;
  let folder: ProgramFolder;
  let host: ProviderHost;

  // What the engine keeps in its checkpoint for the resource.
  let urn = "";
  let id = "";
  let inputs: PropertyMap = {};
  let outputs: PropertyMap = {};
  let registered: RegisteredResource & { provider: string };

  const hostText = () => host.lines.map((l) => l.text).join("\n");
  const simPairing = (pairingId: string): Pairing | undefined =>
    sim.control.pairings().find((p) => p.pairing_id === pairingId);
  const lastTask = () => sim.control.tasks().at(-1);

  async function program(args: VrPairingArgs): Promise<PropertyMap> {
    registered = await capturePairing("dr-site", args, { project, stack: "test" });
    urn = host.urn(registered.type, registered.name);
    const checked = await host.check({ urn, olds: inputs, news: registered.inputs });
    assert.deepStrictEqual(checked.failures, []);
    assert.strictEqual(
      checked.inputs.__provider,
      registered.provider,
      "check keeps the serialized provider",
    );
    return checked.inputs;
  }

  before(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
    folder = createProgramFolder({ project });
    host = await ProviderHost.start({ programDir: folder.dir, project, stack: "test" });
  });

  after(async () => {
    await host?.stop();
    folder?.dispose();
    await sim?.stop();
  });

  it("is configured like the engine configures a dynamic provider (no secrets accepted)", async () => {
    assert.deepStrictEqual(await host.configure({}), {
      acceptSecrets: false,
      supportsPreview: false,
    });
  });

  it("serializes a small provider that loads the installed package, and marks both passwords secret", async () => {
    const args = simulatorPairingArgs(sim);
    const news = await program(args);
    assert.ok(
      registered.provider.length < 2048,
      `__provider is ${registered.provider.length} bytes`,
    );
    assert.match(registered.provider, /require\("pulumi-vr-pairing\/provider"\)/);
    assert.deepStrictEqual([...registered.secretKeys].sort(), [
      "remotePscPassword",
      "vrmsPassword",
    ]);
    assert.strictEqual(
      news.remotePscPassword,
      sim.remoteSites[0].password,
      "secrets reach the host in plain text",
    );
  });

  it("create: pairs over pinned HTTPS and returns the pairing as outputs", async () => {
    const news = await program(simulatorPairingArgs(sim));
    const created = await host.create({ urn, properties: news });
    id = created.id;
    inputs = news;
    outputs = created.properties;
    assert.ok(id);
    assert.strictEqual(outputs.pairingId, id);
    assert.strictEqual(outputs.connectionStatus, "connected");
    assert.strictEqual(outputs.__provider, registered.provider);
    const p = simPairing(id);
    assert.ok(p, "the simulator has the pairing");
    assert.strictEqual(p.remote_vc_server?.id, sim.remoteSites[0].vcId);
    assert.strictEqual(sim.control.pairings().length, 1);
    assert.deepStrictEqual(
      [lastTask()?.description, lastTask()?.status],
      ["Create pairing", "SUCCESS"],
    );
  });

  it("read right after create shows no drift and the next diff is empty", async () => {
    const read = await host.read({ urn, id, properties: outputs, inputs });
    assert.strictEqual(read.id, id);
    assert.strictEqual(read.properties.connectionStatus, "connected");
    outputs = read.properties;
    const diff = await host.diff({
      urn,
      id,
      olds: outputs,
      news: await program(simulatorPairingArgs(sim)),
    });
    assert.strictEqual(diff.changes, "none");
    assert.deepStrictEqual(diff.replaces, []);
    assert.strictEqual(sim.control.pairings().length, 1);
  });

  it("a pairing broken behind Pulumi's back reads unhealthy, and diff asks for an update", async () => {
    sim.control.breakPairing(id);
    assert.notStrictEqual(simPairing(id)?.remote_vrms?.server_status, "OK");
    const read = await host.read({ urn, id, properties: outputs, inputs });
    assert.strictEqual(read.id, id);
    assert.notStrictEqual(read.properties.connectionStatus, "connected");
    assert.ok(
      Array.isArray(read.properties.issues) && read.properties.issues.length > 0,
      "issues listed",
    );
    outputs = read.properties;
    const diff = await host.diff({
      urn,
      id,
      olds: outputs,
      news: await program(simulatorPairingArgs(sim)),
    });
    assert.strictEqual(diff.changes, "some");
    assert.deepStrictEqual(diff.replaces, [], "drift is repaired in place, not by replacement");
  });

  it("update reconnects the pairing and the next read is healthy", async () => {
    const news = await program(simulatorPairingArgs(sim));
    const tasksBefore = sim.control.tasks().length;
    const updated = await host.update({ urn, id, olds: outputs, news, oldInputs: inputs });
    assert.strictEqual(updated.properties.connectionStatus, "connected");
    assert.strictEqual(updated.properties.pairingId, id);
    assert.strictEqual(sim.control.tasks().length, tasksBefore + 1);
    assert.deepStrictEqual(
      [lastTask()?.description, lastTask()?.status],
      ["Reconnect pairing", "SUCCESS"],
    );
    assert.strictEqual(simPairing(id)?.remote_vrms?.server_status, "OK");
    inputs = news;
    outputs = updated.properties;
    const read = await host.read({ urn, id, properties: outputs, inputs });
    assert.strictEqual(read.properties.connectionStatus, "connected");
    assert.deepStrictEqual(read.properties.issues, []);
    outputs = read.properties;
  });

  it("a pairing deleted behind Pulumi's back reads as an empty id (dropped from state)", async () => {
    sim.control.deletePairing(id);
    const read = await host.read({ urn, id, properties: outputs, inputs });
    assert.strictEqual(read.id, "");
    assert.strictEqual(sim.control.pairings().length, 0);
    // The engine forgets the resource: the next up checks against no old inputs and creates.
    inputs = {};
    outputs = {};
  });

  it("the next up creates it again", async () => {
    const news = await program(simulatorPairingArgs(sim));
    const created = await host.create({ urn, properties: news });
    assert.notStrictEqual(created.id, id);
    id = created.id;
    inputs = news;
    outputs = created.properties;
    assert.strictEqual(outputs.connectionStatus, "connected");
    assert.deepStrictEqual(
      sim.control.pairings().map((p) => p.pairing_id),
      [id],
    );
  });

  it("a new remote PSC password is an update (reconnect with the new spec), and stays secret", async () => {
    const site = sim.remoteSites[0];
    const rotated = "Rotated-Remote-01-Pass!";
    site.password = rotated; // the remote admin rotated it; the old one no longer works
    const news = await program(simulatorPairingArgs(sim, site, { remotePscPassword: rotated }));
    assert.ok(registered.secretKeys.includes("remotePscPassword"));
    const diff = await host.diff({ urn, id, olds: outputs, news, oldInputs: inputs });
    assert.deepStrictEqual([diff.changes, diff.replaces], ["some", []]);
    const updated = await host.update({ urn, id, olds: outputs, news, oldInputs: inputs });
    assert.strictEqual(updated.properties.pairingId, id, "same pairing: not replaced");
    assert.strictEqual(updated.properties.remotePscPassword, rotated);
    assert.deepStrictEqual(
      [lastTask()?.description, lastTask()?.status],
      ["Reconnect pairing", "SUCCESS"],
    );
    assert.strictEqual(String(lastTask()?.entity), id);
    assert.deepStrictEqual(
      sim.control.pairings().map((p) => p.pairing_id),
      [id],
    );
    assert.ok(!hostText().includes(rotated), "the password never reaches the host's console");
    inputs = news;
    outputs = updated.properties;
  });

  it("a new remoteVcId replaces the pairing (delete before create)", async () => {
    const other = sim.remoteSites[1];
    const news = await program(simulatorPairingArgs(sim, other));
    const diff = await host.diff({ urn, id, olds: outputs, news, oldInputs: inputs });
    assert.strictEqual(diff.changes, "some");
    assert.ok(diff.replaces.includes("remoteVcId"), `replaces: ${diff.replaces}`);
    // The engine honours deleteBeforeReplace: delete the old pairing, then create the new one.
    if (diff.deleteBeforeReplace) {
      await host.delete({ urn, id, properties: outputs, oldInputs: inputs });
      assert.strictEqual(simPairing(id), undefined);
    }
    const created = await host.create({ urn, properties: news });
    if (!diff.deleteBeforeReplace)
      await host.delete({ urn, id, properties: outputs, oldInputs: inputs });
    assert.notStrictEqual(created.id, id);
    id = created.id;
    inputs = news;
    outputs = created.properties;
    const pairings = sim.control.pairings();
    assert.deepStrictEqual(
      pairings.map((p) => [p.pairing_id, p.remote_vc_server?.id]),
      [[id, other.vcId]],
    );
  });

  it("delete without force fails while the remote site is down, and the pairing stays", async () => {
    sim.control.setSiteUp(sim.remoteSites[1].vcId, false);
    await assert.rejects(
      host.delete({ urn, id, properties: outputs, oldInputs: inputs }),
      (e: unknown) => {
        assert.ok(e instanceof HostCallError, String(e));
        assert.strictEqual(e.method, "Delete");
        assert.match(e.details, /force/i, "the error tells the user about forceDelete");
        return true;
      },
    );
    assert.ok(simPairing(id), "the pairing is still there");
  });

  it("forceDelete alone is an update without an API call; then delete removes this site's half", async () => {
    const news = await program(
      simulatorPairingArgs(sim, sim.remoteSites[1], { forceDelete: true }),
    );
    const diff = await host.diff({ urn, id, olds: outputs, news, oldInputs: inputs });
    assert.deepStrictEqual(diff.replaces, []);
    const tasksBefore = sim.control.tasks().length;
    const requestsBefore = sim.control.counters().total;
    // Must be a change: the engine hands delete the outputs, so forceDelete has to reach them.
    assert.strictEqual(diff.changes, "some");
    const updated = await host.update({ urn, id, olds: outputs, news, oldInputs: inputs });
    outputs = updated.properties;
    inputs = news;
    assert.strictEqual(outputs.forceDelete, true);
    assert.strictEqual(
      sim.control.tasks().length,
      tasksBefore,
      "no VRMS task for a forceDelete change",
    );
    assert.ok(
      sim.control.counters().total - requestsBefore <= 2,
      "at most a read-back, no mutation",
    );

    await host.delete({ urn, id, properties: outputs, oldInputs: inputs });
    assert.strictEqual(simPairing(id), undefined);
    assert.strictEqual(sim.control.pairings().length, 0);
    assert.deepStrictEqual(
      [lastTask()?.description, lastTask()?.status],
      ["Delete pairing", "SUCCESS"],
    );
  });

  it("never prints a password or session id on the host's console", () => {
    const text = hostText();
    for (const secret of [
      sim.users[0].password,
      "Rotated-Remote-01-Pass!",
      sim.remoteSites[1].password,
    ]) {
      assert.ok(!text.includes(secret), `host output contains a password`);
    }
  });
});
