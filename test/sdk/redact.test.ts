import * as assert from "node:assert/strict";
import { Redactor } from "../../sdk/redact";

describe("sdk redact", () => {
  it("redacts secrets, also inside Basic tokens and encodings", () => {
    const r = new Redactor();
    const header = r.addBasic("user", "Pa ss/word!");
    r.add("session-123");
    const text = r.scrub(`${header} Pa ss/word! ${encodeURIComponent("Pa ss/word!")} session-123`);
    assert.equal(text, "Basic *** *** *** ***");
  });
});
