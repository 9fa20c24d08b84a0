import * as assert from "node:assert/strict";
import { resolveOptions } from "../../sdk/options";

describe("sdk options", () => {
  it("requires a password", () => {
    assert.throws(() => resolveOptions({ url: "h", username: "u", password: "" }), /password/);
  });
});
