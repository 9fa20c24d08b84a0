import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";

describe("sdk index", () => {
  it("loads as pulumi-vr-pairing/sdk without loading @pulumi/pulumi", () => {
    const root = path.resolve(__dirname, "../../..");
    const out = execFileSync(
      process.execPath,
      [
        "-e",
        `const sdk = require("pulumi-vr-pairing/sdk");
         if (typeof sdk.VrmsClient !== "function") throw new Error("no VrmsClient");
         const pulumi = Object.keys(require.cache).filter((k) => k.includes("@pulumi"));
         console.log(JSON.stringify({ pulumi, modules: Object.keys(require.cache).length }));`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    const res = JSON.parse(out) as { pulumi: string[]; modules: number };
    assert.deepEqual(res.pulumi, []);
    assert.ok(res.modules > 5, "the sdk and its dependencies were loaded");
  });
});
