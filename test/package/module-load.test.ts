// What loading the provider costs the provider host: never the simulator or its certificate
// library (selfsigned and its dependencies), which only the tests and `vrms-simulator` need.
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { REPO_ROOT } from "../../tools/engine";

const run = promisify(execFile);

/** The files `require(entry)` loads in a fresh Node process started in the repository. */
async function modulesLoadedBy(entry: string): Promise<string[]> {
  const script = `require(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(require.cache)));`;
  const { stdout } = await run(process.execPath, ["-e", script], { cwd: REPO_ROOT });
  return JSON.parse(stdout) as string[];
}

const simulatorOrCertificates = (file: string) =>
  /[\\/]dist[\\/]simulator[\\/]/.test(file) || /[\\/]node_modules[\\/]selfsigned[\\/]/.test(file);

describe("package: what loading the provider loads", function () {
  this.timeout(60_000);

  for (const entry of [
    "pulumi-vr-pairing",
    "pulumi-vr-pairing/provider",
    "pulumi-vr-pairing/sdk",
  ]) {
    it(`${entry} loads neither the simulator nor selfsigned`, async () => {
      const loaded = await modulesLoadedBy(entry);
      assert.ok(
        loaded.some((f) => /[\\/]dist[\\/]/.test(f)),
        "the package itself was loaded",
      );
      assert.deepEqual(loaded.filter(simulatorOrCertificates), []);
    });
  }

  it("pulumi-vr-pairing/simulator does load them (the check above can fail)", async () => {
    const loaded = await modulesLoadedBy("pulumi-vr-pairing/simulator");
    assert.ok(loaded.some((f) => /[\\/]node_modules[\\/]selfsigned[\\/]/.test(f)));
  });
});
