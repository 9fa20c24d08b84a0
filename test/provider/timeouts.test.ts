import { strict as assert } from "assert";
import { parseDuration } from "../../sdk/duration";
import {
  DEFAULT_TIMEOUTS,
  MAX_TIMEOUT_MS,
  timeoutMs,
  timeoutProblem,
} from "../../provider/timeouts";

describe("provider/timeouts", () => {
  it("parses the forms users write", () => {
    assert.equal(parseDuration("30m"), 30 * 60_000);
    assert.equal(parseDuration("1h30m"), 90 * 60_000);
    assert.equal(parseDuration("90s"), 90_000);
    assert.equal(parseDuration("500ms"), 500);
    assert.equal(parseDuration("1m30s250ms"), 90_250);
    assert.equal(parseDuration("1.5h"), 90 * 60_000);
  });

  it("rejects what is not a duration", () => {
    for (const bad of ["", "30", "m", "30 minutes", "-5m", "1d", "5m junk"]) {
      assert.equal(parseDuration(bad), undefined, bad);
      assert.ok(timeoutProblem(bad), bad);
    }
    assert.match(timeoutProblem(30) ?? "", /duration string/);
    assert.match(timeoutProblem("0s") ?? "", /longer than zero/);
    assert.equal(timeoutProblem("45m"), undefined);
  });

  it("falls back to generous defaults", () => {
    assert.equal(timeoutMs(undefined, "create"), parseDuration(DEFAULT_TIMEOUTS.create));
    assert.equal(timeoutMs({ delete: "2m" }, "delete"), 120_000);
    assert.ok(timeoutMs({}, "update") >= 10 * 60_000);
  });

  it("refuses a time-out longer than a timer can hold, naming the maximum (issue 16 bug 6)", () => {
    assert.match(timeoutProblem("600h") ?? "", /596h31m \(2147483647 ms\)/);
    assert.equal(timeoutProblem("596h"), undefined);
    // State written before Check refused it: held to the maximum, never firing at once.
    assert.equal(timeoutMs({ create: "600h" }, "create"), MAX_TIMEOUT_MS);
  });
});
