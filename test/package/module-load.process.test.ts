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

const ENTRIES = [
  "pulumi-vr-pairing",
  "pulumi-vr-pairing/provider",
  "pulumi-vr-pairing/sdk",
  "pulumi-vr-pairing/simulator",
];

describe("package: what loading the provider loads", function () {
  this.timeout(60_000);
  // One fresh process per entry, all started at once: each loads Pulumi, which takes a while.
  const loadedBy = new Map<string, string[]>();
  before(async () => {
    const lists = await Promise.all(ENTRIES.map(modulesLoadedBy));
    ENTRIES.forEach((entry, i) => loadedBy.set(entry, lists[i]));
  });

  for (const entry of ENTRIES.filter((e) => !e.endsWith("/simulator"))) {
    it(`${entry} loads neither the simulator nor selfsigned`, () => {
      const loaded = loadedBy.get(entry) ?? [];
      assert.ok(
        loaded.some((f) => /[\\/]dist[\\/]/.test(f)),
        "the package itself was loaded",
      );
      assert.deepEqual(loaded.filter(simulatorOrCertificates), []);
    });
  }

  it("pulumi-vr-pairing/simulator does load them (the check above can fail)", () => {
    const loaded = loadedBy.get("pulumi-vr-pairing/simulator") ?? [];
    assert.ok(loaded.some((f) => /[\\/]node_modules[\\/]selfsigned[\\/]/.test(f)));
  });
});
