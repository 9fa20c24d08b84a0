import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import { Echo } from "./echo";
import {
  captureProgram,
  createProgramFolder,
  HostCallError,
  ProgramFolder,
  ProviderHost,
} from "../../tools/engine";

/*
 * Proves the harness mechanics with a trivial inline dynamic provider: its closure is serialized
 * by the SDK (not written by hand), run in the real host process, and driven over gRPC.
 */

describe("engine harness: dynamic-provider host over gRPC", function () {
  this.timeout(60_000);
  let folder: ProgramFolder;
  let host: ProviderHost;
  let inputs: Record<string, unknown>;
  let urn: string;

  before(async () => {
    folder = createProgramFolder({ project: "engine-harness" });
    const [captured] = await captureProgram(
      () => {
        new Echo("one", { label: " hello ", secret: pulumi.secret("s3cret") });
      },
      { project: "engine-harness" },
    );
    assert.ok(
      captured.provider && captured.provider.includes("exports.handler"),
      "real serialized provider",
    );
    assert.deepStrictEqual(captured.secretKeys, ["secret"]);
    assert.strictEqual(captured.inputs.secret, "s3cret", "secrets reach the host in plain text");
    inputs = captured.inputs;
    host = await ProviderHost.start({
      programDir: folder.dir,
      project: "engine-harness",
      stack: "test",
      config: { "engine-harness:region": "eu-1" },
    });
    urn = host.urn(captured.type, captured.name);
  });

  after(async () => {
    await host?.stop();
    folder?.dispose();
  });

  it("reports that it does not accept secrets", async () => {
    const res = await host.configure();
    assert.deepStrictEqual(res, { acceptSecrets: false, supportsPreview: false });
  });

  it("checks, creates, reads, diffs, updates and deletes with the engine's shapes", async () => {
    const checked = await host.check({ urn, olds: {}, news: inputs });
    assert.deepStrictEqual(checked.failures, []);
    assert.strictEqual(checked.inputs.label, "hello");
    assert.strictEqual(checked.inputs.__provider, inputs.__provider);

    const created = await host.create({ urn, properties: checked.inputs });
    assert.strictEqual(created.id, "id-hello");
    assert.strictEqual(
      created.properties.region,
      "eu-1",
      "configure received the namespaced stack config",
    );
    assert.strictEqual(
      created.properties.__provider,
      inputs.__provider,
      "host keeps __provider in outputs",
    );

    const read = await host.read({
      urn,
      id: created.id,
      properties: created.properties,
      inputs: checked.inputs,
    });
    assert.strictEqual(read.id, "id-hello");
    assert.strictEqual(read.properties.readAt, "now");

    const same = await host.diff({
      urn,
      id: created.id,
      olds: read.properties,
      news: checked.inputs,
    });
    assert.deepStrictEqual(same.changes, "none");

    const news = { ...checked.inputs, secret: "other" };
    const diff = await host.diff({ urn, id: created.id, olds: read.properties, news });
    assert.deepStrictEqual([diff.changes, diff.replaces], ["some", []]);
    const replace = await host.diff({
      urn,
      id: created.id,
      olds: read.properties,
      news: { ...news, label: "x" },
    });
    assert.deepStrictEqual(replace.replaces, ["label"]);

    const updated = await host.update({ urn, id: created.id, olds: read.properties, news });
    assert.strictEqual(updated.properties.updated, true);
    await host.delete({ urn, id: created.id, properties: updated.properties });

    const gone = await host.read({ urn, id: "id-gone", properties: updated.properties });
    assert.strictEqual(gone.id, "");
    assert.ok(host.lines.some((l) => l.stream === "stdout" && l.text === "creating hello"));
    assert.ok(host.lines.some((l) => l.stream === "stderr" && l.text === "deleting id-hello"));
  });

  it("returns check failures and decodes errors, including a partial failure", async () => {
    const bad = await host.check({ urn, news: { ...inputs, label: "" } });
    assert.deepStrictEqual(bad.failures, [{ property: "label", reason: "label is required" }]);

    await assert.rejects(
      host.create({ urn, properties: { ...inputs, fail: "nope" } }),
      (e: unknown) =>
        e instanceof HostCallError &&
        e.method === "Create" &&
        e.details === "refused: nope" &&
        !e.initFailure,
    );
    await assert.rejects(
      host.create({ urn, properties: { ...inputs, fail: "partial" } }),
      (e: unknown) => {
        assert.ok(e instanceof HostCallError);
        assert.deepStrictEqual(e.initFailure, {
          id: "partial-1",
          properties: { label: " hello " },
          reasons: ["timed out"],
        });
        return true;
      },
    );
  });
});
