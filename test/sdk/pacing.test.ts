// Client-side pacing (request budget, shared 429 pause) and request coalescing.
import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { pairingSpec, useSimulator } from "../support/simulator";
import { VrmsError } from "../../sdk";
import { parseRequestBudget, requestBudgetFromEnv } from "../../sdk/options";
import { Coalescer, GetBatcher } from "../../sdk/coalesce";
import { resolveOptions } from "../../sdk/options";
import { RequestPacer, type PacerTicket } from "../../sdk/pacer";
import { Capture, fastClient } from "./helpers";

describe("sdk pacing: RequestPacer (fake timers)", () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => clock.restore());

  /**
   * Starts `n` requests that are answered the moment they are sent; `sent` lists their
   * indexes in the order they were let through.
   */
  function burst(pacer: RequestPacer, n: number): number[] {
    const sent: number[] = [];
    for (let i = 0; i < n; i++) {
      void pacer.acquire().then((ticket) => {
        sent.push(i);
        ticket.done();
      });
    }
    return sent;
  }

  it("a burst of 100 with 45 per 60 s: 45 at once, then the rest as the window slides, FIFO", async () => {
    const pacer = new RequestPacer({ requests: 45, windowMs: 60_000 });
    const sent = burst(pacer, 100);
    await clock.tickAsync(0);
    assert.equal(sent.length, 45);
    await clock.tickAsync(59_999);
    assert.equal(sent.length, 45, "nothing more before the first sends leave the window");
    await clock.tickAsync(1);
    assert.equal(sent.length, 90);
    await clock.tickAsync(60_000);
    assert.equal(sent.length, 100);
    assert.deepEqual(
      sent,
      Array.from({ length: 100 }, (_, i) => i),
      "first come, first sent",
    );
    assert.equal(pacer.delayedCount, 55);
  });

  it("the window slides: a slot frees exactly when the oldest send is windowMs old", async () => {
    const pacer = new RequestPacer({ requests: 3, windowMs: 1000 });
    const sent: number[] = [];
    const at = (ticket: PacerTicket) => {
      sent.push(Date.now() - 1_000_000);
      ticket.done();
    };
    await pacer.acquire().then(at); // t=0
    await clock.tickAsync(400);
    await pacer.acquire().then(at); // t=400
    await clock.tickAsync(400);
    await pacer.acquire().then(at); // t=800
    void pacer.acquire().then(at);
    void pacer.acquire().then(at);
    await clock.tickAsync(0);
    assert.deepEqual(sent, [0, 400, 800]);
    await clock.tickAsync(200);
    assert.deepEqual(sent, [0, 400, 800, 1000]);
    await clock.tickAsync(400);
    assert.deepEqual(sent, [0, 400, 800, 1000, 1400]);
  });

  it("a 429 pause holds every request of the client, with or without a budget", async () => {
    for (const budget of [false, { requests: 100, windowMs: 1000 }] as const) {
      const pacer = new RequestPacer(budget);
      await pacer.acquire();
      pacer.pause(5000);
      const sent = burst(pacer, 3);
      await clock.tickAsync(4999);
      assert.equal(sent.length, 0);
      await clock.tickAsync(1);
      assert.deepEqual(sent, [0, 1, 2]);
      assert.equal(pacer.queued, 0);
    }
  });

  it("dispose fails the requests still waiting, unsent", async () => {
    const pacer = new RequestPacer({ requests: 1, windowMs: 60_000 });
    (await pacer.acquire()).done();
    const waiting = pacer.acquire();
    pacer.dispose();
    await assert.rejects(waiting, /disposed while the request waited/);
    assert.equal(pacer.queued, 0);
  });

  it("no budget and no pause: nothing waits", async () => {
    const pacer = new RequestPacer(false);
    const sent = burst(pacer, 1000);
    await clock.tickAsync(0);
    assert.equal(sent.length, 1000);
    assert.equal(pacer.delayedCount, 0);
  });
});

describe("sdk pacing: options and VRMS_REQUEST_BUDGET", () => {
  it("parses budgets and refuses nonsense", () => {
    assert.deepEqual(parseRequestBudget("45/60s"), { requests: 45, windowMs: 60_000 });
    assert.deepEqual(parseRequestBudget(" 100 / 1s "), { requests: 100, windowMs: 1000 });
    assert.deepEqual(parseRequestBudget("9/500ms"), { requests: 9, windowMs: 500 });
    assert.deepEqual(parseRequestBudget("45/1m"), { requests: 45, windowMs: 60_000 });
    assert.deepEqual(parseRequestBudget("45/60"), { requests: 45, windowMs: 60_000 });
    assert.equal(parseRequestBudget("off"), false);
    for (const bad of ["fast", "0/60s", "45", "45/0s", "-1/1s"]) {
      assert.throws(() => parseRequestBudget(bad), VrmsError, bad);
    }
  });

  it("option > environment > default 45 per 60 s", () => {
    const base = { url: "vrms.example.test", username: "u", password: "p" };
    const saved = process.env.VRMS_REQUEST_BUDGET;
    try {
      delete process.env.VRMS_REQUEST_BUDGET;
      assert.equal(requestBudgetFromEnv(), undefined);
      assert.deepEqual(resolveOptions(base).requestBudget, { requests: 45, windowMs: 60_000 });
      process.env.VRMS_REQUEST_BUDGET = "100/1s";
      assert.deepEqual(resolveOptions(base).requestBudget, { requests: 100, windowMs: 1000 });
      const own = { requests: 5, windowMs: 10 };
      assert.deepEqual(resolveOptions({ ...base, requestBudget: own }).requestBudget, own);
      assert.equal(resolveOptions({ ...base, requestBudget: false }).requestBudget, false);
      process.env.VRMS_REQUEST_BUDGET = "off";
      assert.equal(resolveOptions(base).requestBudget, false);
      assert.throws(
        () => resolveOptions({ ...base, requestBudget: { requests: 0, windowMs: 1000 } }),
        VrmsError,
      );
    } finally {
      if (saved === undefined) delete process.env.VRMS_REQUEST_BUDGET;
      else process.env.VRMS_REQUEST_BUDGET = saved;
    }
  });
});

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
});

describe("sdk pacing against the simulator", function () {
  this.timeout(30_000);
  const h = useSimulator({
    remoteSiteCount: 5,
    rateLimit: { perSession: 20, perClientIp: 1000, windowMs: 1000 },
  });
  beforeEach(() => h.sim.control.resetCounters());

  it("a budget matching the limit: a burst of 50 calls, no 429 at all", async () => {
    const capture = new Capture();
    const client = fastClient(h.sim, capture, { requestBudget: { requests: 18, windowMs: 1000 } });
    try {
      const all = await Promise.all(Array.from({ length: 50 }, () => client.listPairings()));
      assert.equal(all.length, 50);
      const c = h.sim.control.counters();
      assert.equal(c.tooManyRequests, 0, "no request sent into the limit");
      assert.ok(client.pacedRequestCount >= 30, `${client.pacedRequestCount} requests paced`);
      assert.ok(capture.lines.some((l) => /request budget \(18 per 1000 ms\) spent/.test(l)));
    } finally {
      await client.dispose();
    }
  });

  it("without a budget, a 429 pauses the whole client until Retry-After, and all succeed", async () => {
    const capture = new Capture();
    const client = fastClient(h.sim, capture, { requestBudget: false });
    try {
      const all = await Promise.all(Array.from({ length: 50 }, () => client.listPairings()));
      assert.equal(all.length, 50);
      const c = h.sim.control.counters();
      assert.ok(c.tooManyRequests > 0, "the limit was hit");
      assert.ok(capture.lines.some((l) => /holding every request of this client/.test(l)));
    } finally {
      await client.dispose();
    }
  });

  it("concurrent reads by id share one filtered list; 404 → null; one read is a plain GET", async () => {
    const client = fastClient(h.sim, new Capture(), { requestBudget: false });
    try {
      const made = await Promise.all(
        h.sim.remoteSites
          .slice(0, 3)
          .map(async (s) => client.waitForTask(await client.createPairing(pairingSpec(s)))),
      );
      const ids = made.map((t) => String(t.result?.pairing_id));
      const singly = await Promise.all(ids.map((id) => client.getPairing(id).then((p) => p)));
      h.sim.control.resetCounters();
      const batched = await Promise.all(
        [...ids, "no-such-pairing"].map((id) => client.getPairing(id)),
      );
      let c = h.sim.control.counters();
      assert.equal(c.requests["GET /pairings"], 1);
      assert.equal(c.requests["GET /pairings/{pairing_id}"] ?? 0, 0);
      assert.equal(batched[3], null);
      for (let i = 0; i < ids.length; i++) {
        assert.equal(batched[i]?.pairing_id, ids[i]);
        assert.deepEqual(batched[i], singly[i], "same shape as GET /pairings/{id}");
      }
      h.sim.control.resetCounters();
      assert.equal((await client.getPairing(ids[0]))?.pairing_id, ids[0]);
      assert.equal(await client.getPairing("no-such-pairing"), null);
      c = h.sim.control.counters();
      assert.equal(c.requests["GET /pairings/{pairing_id}"], 2);
      assert.equal(c.requests["GET /pairings"] ?? 0, 0);

      // Adoption lookups at once share lists; each still sees what existed when it asked.
      h.sim.control.resetCounters();
      const found = await Promise.all(
        h.sim.remoteSites.map((s) => client.findPairingByRemoteVcId(s.vcId)),
      );
      assert.deepEqual(
        found.map((p) => p?.pairing_id ?? null),
        [...ids, null, null],
      );
      c = h.sim.control.counters();
      assert.ok((c.requests["GET /pairings"] ?? 0) <= 2, `${c.requests["GET /pairings"]} lists`);
    } finally {
      for (const p of h.sim.control.pairings()) h.sim.control.deletePairing(String(p.pairing_id));
      await client.dispose();
    }
  });
});
