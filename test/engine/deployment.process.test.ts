import * as assert from "assert";
import * as pulumi from "@pulumi/pulumi";
import {
  createProgramFolder,
  Deployment,
  DeploymentError,
  ProgramFolder,
  ProviderHost,
  StepEvent,
} from "../../tools/engine";
import { Echo } from "./echo";

describe("engine harness: Deployment (up/refresh/destroy without the CLI)", function () {
  this.timeout(60_000);
  let folder: ProgramFolder;
  let host: ProviderHost;

  before(async () => {
    folder = createProgramFolder({ project: "deploy-test" });
    host = await ProviderHost.start({
      programDir: folder.dir,
      project: "deploy-test",
      stack: "test",
    });
  });
  after(async () => {
    await host?.stop();
    folder?.dispose();
  });

  const ops = (steps: StepEvent[]) =>
    steps
      .filter((s) => s.phase === "done")
      .map((s) => `${s.op} ${s.name}`)
      .sort(); // resources register in parallel, as with the engine

  it("creates, keeps, updates, replaces, deletes, refreshes and destroys like the engine", async () => {
    const d = new Deployment(host, { program: { project: "deploy-test", stack: "test" } });
    const program =
      (secret: string, label = "a", extra = true) =>
      () => {
        const a = new Echo("a", { label, secret: pulumi.secret(secret) });
        if (extra) new Echo("b", { label: "b" });
        return { label: a.urn.apply(() => label), secret: pulumi.secret(secret) };
      };
    const first = await d.up(program("s1"));
    assert.deepStrictEqual(ops(first.steps), ["create a", "create b"]);
    assert.deepStrictEqual(first.outputs, { label: "a", secret: "s1" });
    assert.deepStrictEqual(first.secretOutputs, ["secret"]);
    assert.strictEqual(d.state.size, 2);

    assert.deepStrictEqual(ops((await d.up(program("s1"))).steps), ["same a", "same b"]);
    const updated = await d.up(program("s2"));
    assert.deepStrictEqual(ops(updated.steps), ["same b", "update a"]);
    assert.strictEqual(updated.steps.find((s) => s.op === "update")?.detail, "changed: secret");
    const replaced = await d.up(program("s2", "a2"));
    assert.deepStrictEqual(ops(replaced.steps), ["delete a", "replace a", "same b"]);
    const dropped = await d.up(program("s2", "a2", false));
    assert.deepStrictEqual(ops(dropped.steps), ["delete b", "same a"]);

    const refreshed = await d.refresh();
    assert.deepStrictEqual(ops(refreshed.steps), ["refresh a"]);
    assert.deepStrictEqual(
      [...d.state.values()].map((r) => [r.type, r.outputs.readAt]),
      [["pulumi-nodejs:dynamic/engine-test:Echo", "now"]],
    );

    const destroyed = await d.destroy();
    assert.deepStrictEqual(ops(destroyed.steps), ["delete a"]);
    assert.strictEqual(d.state.size, 0);
  });

  it("keeps a half-made resource in state on a partial failure, as the engine does", async () => {
    const d = new Deployment(host, { program: { project: "deploy-test", stack: "test" } });
    await assert.rejects(
      d.up(() => {
        new Echo("p", { label: "p", fail: "partial" });
      }),
      (e: unknown) => e instanceof DeploymentError && /half made/.test(e.message),
    );
    assert.deepStrictEqual(
      [...d.state.values()].map((r) => [r.name, r.id]),
      [["p", "partial-1"]],
    );
  });
});
