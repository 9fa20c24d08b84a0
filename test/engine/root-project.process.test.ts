import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { ProviderHost, REPO_ROOT } from "../../tools/engine";
import { capturePairing } from "../../tools/engine/pairing";

/*
 * `pulumi up` from the repository root: Pulumi.yaml's `main` is examples/basic, and the engine
 * starts the dynamic-provider host in the project folder. The serialized provider's
 * `require("pulumi-vr-pairing/provider")` must resolve there (the root package.json links the
 * package to itself as a dev dependency) and from examples/basic.
 */
describe("root Pulumi.yaml runs examples/basic", function () {
  this.timeout(60_000);

  it("names the basic example's project and points main at it", () => {
    const root = fs.readFileSync(path.join(REPO_ROOT, "Pulumi.yaml"), "utf8");
    const basic = fs.readFileSync(path.join(REPO_ROOT, "examples", "basic", "Pulumi.yaml"), "utf8");
    const name = (text: string) => /^name:\s*(\S+)/m.exec(text)?.[1];
    assert.strictEqual(name(root), name(basic), "same project name, so the same stack config keys");
    assert.match(root, /^main:\s*examples\/basic\/?\s*$/m);
  });

  for (const where of [".", "examples/basic"]) {
    it(`the host started in ${where} loads the installed provider from the serialized __provider`, async () => {
      const captured = await capturePairing("dr-site", {
        vrmsUrl: "https://vrms.example.test",
        vrmsUsername: "administrator@vsphere.local",
        vrmsPassword: "not-used",
        remoteVcId: "00000000-0000-4000-8000-000000000001",
        remotePscHost: "vc.example.test",
        remotePscUsername: "administrator@vsphere.local",
        remotePscPassword: "not-used",
      });
      const host = await ProviderHost.start({
        programDir: path.join(REPO_ROOT, where),
        hostEntry: require.resolve("@pulumi/pulumi/cmd/dynamic-provider"),
        project: "vr-pairing-basic",
      });
      try {
        const urn = host.urn(captured.type, captured.name);
        const checked = await host.check({ urn, olds: {}, news: captured.inputs });
        assert.deepStrictEqual(checked.failures, []);
        assert.strictEqual(
          checked.inputs.remotePscPort,
          443,
          "the provider's check ran (default port)",
        );
      } finally {
        await host.stop();
      }
      assert.strictEqual(
        require.resolve("pulumi-vr-pairing", { paths: [path.join(REPO_ROOT, where)] }),
        path.join(REPO_ROOT, "dist", "index.js"),
      );
    });
  }
});
