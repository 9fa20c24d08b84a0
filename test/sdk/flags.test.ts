import * as assert from "node:assert/strict";
import { parseFlag } from "../../sdk/flags";

describe("sdk flags", () => {
  it("reads yes/no as people write them, and nothing else", () => {
    for (const t of [true, "true", " TRUE ", "1", "yes"])
      assert.equal(parseFlag(t), true, String(t));
    for (const f of [false, "false", "0", "No", ""]) assert.equal(parseFlag(f), false, String(f));
    for (const x of ["maybe", 1, null, undefined]) assert.equal(parseFlag(x), undefined, String(x));
  });
});
