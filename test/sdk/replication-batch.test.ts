import { strict as assert } from "node:assert";
import { InFlightBatcher } from "../../sdk/replication-batch";

/** Resolves after the pending setImmediate callbacks have run. */
const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

describe("sdk: InFlightBatcher", () => {
  it("sends the calls of one tick together, and those made while a batch is in flight as the next batch", async () => {
    const batches: string[][] = [];
    const release: (() => void)[] = [];
    const batcher = new InFlightBatcher<string, string>((args) => {
      batches.push(args);
      return new Promise((resolve) =>
        release.push(() => resolve(args.map((a) => a.toUpperCase()))),
      );
    });
    const a = batcher.call("a");
    const b = batcher.call("b");
    await nextMacrotask();
    assert.deepEqual(batches, [["a", "b"]]);
    const c = batcher.call("c");
    const d = batcher.call("d");
    await nextMacrotask();
    assert.deepEqual(batches, [["a", "b"]], "nothing more is sent while a batch is in flight");
    release[0]();
    assert.deepEqual(await Promise.all([a, b]), ["A", "B"]);
    await nextMacrotask();
    assert.deepEqual(batches, [
      ["a", "b"],
      ["c", "d"],
    ]);
    release[1]();
    assert.deepEqual(await Promise.all([c, d]), ["C", "D"]);
  });

  it("a failed batch rejects its calls only; a short answer rejects the calls it left out", async () => {
    let round = 0;
    const batcher = new InFlightBatcher<number, number>(async (args) => {
      round += 1;
      if (round === 1) throw new Error("refused");
      return args.slice(0, 1);
    });
    await assert.rejects(batcher.call(1), /refused/);
    const [first, second] = await Promise.allSettled([batcher.call(2), batcher.call(3)]);
    assert.deepEqual(first, { status: "fulfilled", value: 2 });
    assert.equal(second.status, "rejected");
    assert.match(
      String((second as PromiseRejectedResult).reason),
      /a batch of 2 calls got 1 answers/,
    );
  });
});
