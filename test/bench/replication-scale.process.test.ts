import { strict as assert } from "node:assert";
import { replicationBenchLine, runReplicationBench } from "../../bench/replication-scale";

describe("bench: the replication line (small, millisecond tasks)", function () {
  this.timeout(120_000);

  it("configures and refreshes every replication under the rate limits with one login and no 429", async () => {
    const row = await runReplicationBench(12, { fastTasks: true });
    assert.equal(row.errors, 0);
    assert.equal(row.serverTooManyRequests, 0);
    assert.equal(row.logins, 1);
    assert.equal(row.remoteLogins, 1);
    // How many requests the calls share depends on how they meet in time: the bench reports
    // it against the fewest possible; a test asserts only what holds by construction.
    assert.ok(row.requests > 0);
    assert.match(
      replicationBenchLine(row),
      /^\| 12 replications \| configure .* 0 × 429 \| 1 local login/,
    );
  });
});
