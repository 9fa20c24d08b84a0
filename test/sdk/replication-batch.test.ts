import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import { type GatherOptions, InFlightBatcher } from "../../sdk/replication-batch";

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

describe("sdk: InFlightBatcher gathering (fake time)", () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers();
  });
  afterEach(() => clock.restore());

  /** A batcher whose batches are recorded and answered only when the test releases them. */
  function held(gather: GatherOptions) {
    const batches: number[][] = [];
    const release: (() => void)[] = [];
    const batcher = new InFlightBatcher<number, number>((args) => {
      batches.push(args);
      return new Promise((resolve) => release.push(() => resolve(args.map((a) => a * 10))));
    }, gather);
    return { batcher, batches, release };
  }

  it("calls arriving a few ms apart for a second make one batch, sent once they stop", async () => {
    const { batcher, batches, release } = held({ quietMs: 30, maxWaitMs: 2000 });
    const calls: Promise<number>[] = [];
    for (let i = 0; i < 100; i++) {
      calls.push(batcher.call(i));
      await clock.tickAsync(i % 10 === 0 ? 25 : 5); // uneven gaps, each shorter than quietMs
    }
    assert.deepEqual(batches, [], "nothing is sent while calls keep coming");
    await clock.tickAsync(30);
    assert.equal(batches.length, 1);
    assert.deepEqual(batches[0], [...Array(100).keys()]);
    release[0]();
    assert.deepEqual(
      await Promise.all(calls),
      [...Array(100).keys()].map((i) => i * 10),
    );
  });

  it("a steady stream is still sent once its first call has waited maxWaitMs", async () => {
    const { batcher, batches } = held({ quietMs: 30, maxWaitMs: 200 });
    for (let i = 0; i < 50; i++) {
      void batcher.call(i);
      await clock.tickAsync(10);
    }
    assert.equal(batches.length, 1, "the first batch went at 200 ms; the next waits for it");
    assert.deepEqual(batches[0], [...Array(20).keys()], "the calls made at 0, 10, …, 190 ms");
  });

  it("a call made after a batch was sent gets the next batch, never the one under way", async () => {
    const { batcher, batches, release } = held({ quietMs: 30, maxWaitMs: 2000 });
    const a = batcher.call(1);
    await clock.tickAsync(30);
    assert.deepEqual(batches, [[1]]);
    const b = batcher.call(2);
    await clock.tickAsync(1000);
    assert.deepEqual(batches, [[1]], "b does not start a second request while one is in flight");
    release[0]();
    assert.equal(await a, 10);
    await clock.tickAsync(0);
    assert.deepEqual(batches, [[1], [2]], "b waited long enough: sent as soon as a's answer came");
    release[1]();
    assert.equal(await b, 20);
  });

  it("calls made while the request budget holds requests back join the waiting batch", async () => {
    let open: () => void = () => undefined;
    const ready = new Promise<void>((resolve) => (open = resolve));
    const { batcher, batches } = held({ quietMs: 30, maxWaitMs: 2000, ready: () => ready });
    void batcher.call(1);
    await clock.tickAsync(30);
    void batcher.call(2);
    await clock.tickAsync(5000);
    void batcher.call(3);
    assert.deepEqual(batches, [], "the budget is spent: nothing is sent");
    open();
    await clock.tickAsync(0);
    assert.deepEqual(batches, [[1, 2, 3]]);
  });
});
