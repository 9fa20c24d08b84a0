import * as assert from "node:assert/strict";
import { DEFAULT_POLL_POLICY, resolveOptions, resolvePollPolicy } from "../../sdk/options";

describe("sdk options", () => {
  it("requires a password", () => {
    assert.throws(() => resolveOptions({ url: "h", username: "u", password: "" }), /password/);
  });

  describe("poll floor", () => {
    it("is the default without VRMS_POLL_INTERVAL", () => {
      const floor = resolvePollPolicy(undefined, {}).initialIntervalMs;
      assert.equal(floor, DEFAULT_POLL_POLICY.initialIntervalMs);
    });

    it("takes VRMS_POLL_INTERVAL as a duration; the option beats it", () => {
      const env = { VRMS_POLL_INTERVAL: "50ms" };
      assert.equal(resolvePollPolicy(undefined, env).initialIntervalMs, 50);
      assert.equal(resolvePollPolicy({}, { VRMS_POLL_INTERVAL: "2s" }).initialIntervalMs, 2000);
      assert.equal(resolvePollPolicy({ initialIntervalMs: 300 }, env).initialIntervalMs, 300);
    });

    it("keeps the cap at least the floor when VRMS_POLL_INTERVAL is above it", () => {
      const p = resolvePollPolicy(undefined, { VRMS_POLL_INTERVAL: "10s" });
      assert.deepEqual([p.initialIntervalMs, p.maxIntervalMs], [10_000, 10_000]);
    });

    for (const bad of ["50", "fast", "0ms", "-1s"]) {
      it(`refuses VRMS_POLL_INTERVAL="${bad}", naming the variable and the form`, () => {
        assert.throws(
          () => resolvePollPolicy(undefined, { VRMS_POLL_INTERVAL: bad }),
          (e: Error) =>
            e.message.includes(`VRMS_POLL_INTERVAL="${bad}"`) && e.message.includes('"500ms"'),
        );
      });
    }
  });
});
