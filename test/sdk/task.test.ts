import * as assert from "node:assert/strict";
import { isTaskOfKind, isTaskUnfinished } from "../../sdk/task";

describe("sdk task rules", () => {
  it("tells a task's kind from its description or description_id", () => {
    assert.equal(
      isTaskOfKind({ id: "t", status: "RUNNING", description: "Create pairing" }, "create"),
      true,
    );
    assert.equal(
      isTaskOfKind({ id: "t", status: "RUNNING", description_id: "pairing.Delete" }, "delete"),
      true,
    );
    assert.equal(
      isTaskOfKind({ id: "t", status: "RUNNING", description: "Create pairing" }, "delete"),
      false,
    );
  });

  it("QUEUED and RUNNING are unfinished; the terminal states are not", () => {
    assert.equal(isTaskUnfinished({ status: "QUEUED" }), true);
    assert.equal(isTaskUnfinished({ status: "RUNNING" }), true);
    for (const s of ["SUCCESS", "ERROR", "CANCELLED", undefined] as const) {
      assert.equal(isTaskUnfinished({ status: s }), false, String(s));
    }
  });
});
