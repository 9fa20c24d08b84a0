import * as assert from "node:assert/strict";
import { parseDuration } from "../../sdk/duration";

describe("sdk duration", () => {
  it("parses the forms users write", () => {
    assert.equal(parseDuration("30m"), 30 * 60_000);
    assert.equal(parseDuration("1h30m"), 90 * 60_000);
    assert.equal(parseDuration("500ms"), 500);
    assert.equal(parseDuration("1.5h"), 90 * 60_000);
  });

  it("rejects what is not a duration", () => {
    for (const bad of ["", "30", "m", "30 minutes", "-5m", "1d", "5m junk"]) {
      assert.equal(parseDuration(bad), undefined, bad);
    }
  });
});
