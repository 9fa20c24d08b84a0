// Fewer requests for the same answer: single flight with a freshness rule, and reads by id batched.
import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { Coalescer, GetBatcher } from "../../sdk/coalesce";
import { RequestPacer } from "../../sdk/rate-limit";

describe("sdk pacing: Coalescer and GetBatcher", () => {
  it("a call while a run is in flight joins the next run, never the one under way", async () => {
    let runs = 0;
    const gates: (() => void)[] = [];
    const c = new Coalescer(async () => {
      const n = ++runs;
      await new Promise<void>((r) => gates.push(r));
      return n;
    });
    const a = c.run();
    const b = c.run();
    const d = c.run();
    assert.equal(runs, 1);
    gates[0]();
    assert.equal(await a, 1);
    assert.equal(
      await Promise.race([b, new Promise((r) => setImmediate(() => r("pending")))]),
      "pending",
    );
    assert.equal(runs, 2, "b and d share one new run");
    gates[1]();
    assert.deepEqual(await Promise.all([b, d]), [2, 2]);
    const e = c.run();
    assert.equal(runs, 3, "nothing in flight: starts at once");
    gates[2]();
    assert.equal(await e, 3);
  });

  it("reads in one tick go out as one batch; absent ids are null; a lone read stays single", async () => {
    const singles: string[] = [];
    const batches: string[][] = [];
    const b = new GetBatcher<string>(
      async (id) => {
        singles.push(id);
        return id === "x" ? null : `v-${id}`;
      },
      async (ids) => {
        batches.push(ids);
        return new Map(ids.filter((i) => i !== "x").map((i) => [i, `v-${i}`]));
      },
    );
    const got = await Promise.all([b.get("a"), b.get("b"), b.get("a"), b.get("x")]);
    assert.deepEqual(got, ["v-a", "v-b", "v-a", null]);
    assert.deepEqual(batches, [["a", "b", "x"]]);
    assert.deepEqual(singles, []);
    assert.equal(await b.get("c"), "v-c");
    assert.deepEqual(singles, ["c"]);
  });

  it("a batch that cannot be made falls back to single reads; errors reach every caller", async () => {
    const b = new GetBatcher<string>(
      async (id) => `one-${id}`,
      async () => undefined,
    );
    assert.deepEqual(await Promise.all([b.get("a"), b.get("b")]), ["one-a", "one-b"]);
    const broken = new GetBatcher<string>(
      async () => "never",
      async () => {
        throw new Error("boom");
      },
    );
    const results = await Promise.allSettled([broken.get("a"), broken.get("b")]);
    assert.ok(results.every((r) => r.status === "rejected"));
  });

  it("reads asked for while the budget holds requests back join one batch, sent when it clears", async () => {
    const pacer = new RequestPacer({ requests: 1, windowMs: 60_000 });
    const clock = sinon.useFakeTimers({ now: 2_000_000 });
    try {
      const batches: string[][] = [];
      const b = new GetBatcher<string>(
        async (id) => `single-${id}`,
        async (ids) => {
          batches.push(ids);
          return new Map(ids.map((i) => [i, `v-${i}`]));
        },
        () => pacer.idle(),
      );
      (await pacer.acquire()).done(); // the budget is spent for a minute
      const queued = pacer.acquire(); // a request waits for it
      const reads = [b.get("a")];
      await clock.tickAsync(10);
      reads.push(b.get("b"));
      await clock.tickAsync(30_000);
      reads.push(b.get("c"), b.get("d"));
      await clock.tickAsync(10);
      assert.deepEqual(batches, [], "nothing is decided while the queue waits");
      await clock.tickAsync(30_000);
      (await queued).done();
      assert.deepEqual(await Promise.all(reads), ["v-a", "v-b", "v-c", "v-d"]);
      assert.deepEqual(batches, [["a", "b", "c", "d"]], "one batch for reads a minute apart");
    } finally {
      clock.restore();
    }
  });
});
