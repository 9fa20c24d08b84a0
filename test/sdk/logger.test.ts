import * as assert from "node:assert/strict";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";

describe("sdk logger", () => {
  it("debug logging: on with VRMS_DEBUG=1 or a logger, scrubbed either way", () => {
    const r = new Redactor();
    r.add("Top-Secret-9");
    assert.equal(new SafeLogger(undefined, r, {}).debugOn, false);
    assert.equal(new SafeLogger(undefined, r, { VRMS_DEBUG: "1" }).debugOn, true);
    const lines: string[] = [];
    const push = (m: string) => lines.push(m);
    const log = new SafeLogger({ debug: push, info: push, warn: push }, r, {});
    log.debug("login with Top-Secret-9");
    assert.deepEqual(lines, ["login with ***"]);
  });
});
