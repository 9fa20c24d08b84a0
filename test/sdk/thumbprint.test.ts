import * as assert from "node:assert/strict";
import { normalizeThumbprint, parseThumbprint } from "../../sdk/thumbprint";

describe("sdk thumbprint", () => {
  it("normalises thumbprints of either kind and spelling", () => {
    const sha1 = "ab".repeat(20);
    assert.equal(normalizeThumbprint(sha1), "AB:".repeat(19) + "AB");
    assert.equal(normalizeThumbprint(" " + "Ab:".repeat(31) + "aB "), "AB:".repeat(31) + "AB");
    assert.throws(() => normalizeThumbprint("AB:CD"), /malformed/);
    assert.throws(() => normalizeThumbprint("g".repeat(40)), /malformed/);
  });

  it("parseThumbprint answers undefined instead of throwing", () => {
    assert.equal(parseThumbprint("sha256:" + "cd".repeat(32)), "CD:".repeat(31) + "CD");
    assert.equal(parseThumbprint("AB:CD"), undefined);
    assert.equal(parseThumbprint(""), undefined);
  });
});
