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
    assert.ok(
      row.requests < 2 * row.replications,
      `${row.requests} requests for ${row.replications} replications: the calls of one run share requests`,
    );
    assert.match(
      replicationBenchLine(row),
      /^\| 12 replications \| configure .* 0 × 429 \| 1 local login/,
    );
  });
});
