import * as assert from "node:assert/strict";
import { VrmsHttpError, VrmsTaskTimeoutError } from "../../sdk/vrms-errors";

describe("sdk errors", () => {
  it("writes error messages users can act on", () => {
    const e = new VrmsHttpError({
      status: 400,
      method: "POST",
      path: "/pairings",
      errorCode: "INVALID",
      serverMessage: "bad spec",
      opId: "op-1",
    });
    assert.equal(
      e.message,
      "VRMS answered 400 to POST /pairings: error_code INVALID: bad spec: op_id op-1",
    );
    assert.equal(e.name, "VrmsHttpError");
    const t = new VrmsTaskTimeoutError({
      taskId: "t",
      elapsedMs: 5,
      lastStatus: "QUEUED",
      operation: "delete pairing",
    });
    assert.match(
      t.message,
      /timed out after 5 ms waiting for delete pairing \(task t\); last status QUEUED/,
    );
  });
});
