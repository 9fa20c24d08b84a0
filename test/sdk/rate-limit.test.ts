// Every rate-limit rule: the request budget (RequestPacer), VRMS_REQUEST_BUDGET, Retry-After,
// and the budget layer that waits out 429s.
import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { VrmsError } from "../../sdk";
import { resolveOptions } from "../../sdk/options";
import { VrmsRateLimitError } from "../../sdk/vrms-errors";
import type { HttpRequest, HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import {
  parseRequestBudget,
  parseRetryAfter,
  RateLimiter,
  requestBudgetFromEnv,
  RequestPacer,
  type PacerTicket,
} from "../../sdk/rate-limit";
import { Redactor } from "../../sdk/redact";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());

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

describe("sdk rate limit: Retry-After", () => {
  it("reads Retry-After in seconds or as a date", () => {
    assert.equal(parseRetryAfter("2"), 2000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
    assert.equal(parseRetryAfter(undefined), undefined);
    assert.equal(parseRetryAfter("soon"), undefined);
  });
});

describe("sdk rate limit: the budget layer waits out 429s (fake timers)", () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 5_000_000 });
  });
  afterEach(() => clock.restore());

  const limited = () => new VrmsRateLimitError({ status: 429, method: "GET", path: "/p" }, 2000);

  /** A server that answers 429 `times` times, then 200; records when each request arrived. */
  function server(times: number) {
    const at: number[] = [];
    let left = times;
    const next = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
      at.push(Date.now() - 5_000_000);
      if (left-- > 0) throw limited();
      const data: unknown = req.path;
      return { status: 200, data: data as R };
    };
    return { next, at };
  }

  it("a 429 holds every request of the client until Retry-After, then the call goes again", async () => {
    const limiter = new RateLimiter(false, 60_000, quiet);
    const s = server(1);
    const clockA = { startedAt: Date.now(), queuedMs: 0 };
    const a = limiter.send<string>({ method: "GET", path: "/a", clock: clockA }, s.next);
    await clock.tickAsync(10);
    const b = limiter.send<string>({ method: "GET", path: "/b" }, s.next);
    await clock.tickAsync(1_000);
    assert.deepEqual(s.at, [0], "nothing leaves during the pause");
    await clock.tickAsync(1_200);
    assert.equal((await a).data, "/a");
    assert.equal((await b).data, "/b");
    assert.ok(
      s.at.slice(1).every((t) => t >= 2000),
      `sent again at ${s.at.join(", ")}`,
    );
    assert.ok(clockA.queuedMs >= 2000 - 100, "the pause is queued time, not failing time");
  });

  it("gives up with the 429 once the call would wait past maxRateLimitedMs", async () => {
    const limiter = new RateLimiter(false, 5_000, quiet);
    const s = server(100);
    const call = limiter.send(
      { method: "GET", path: "/p", clock: { startedAt: Date.now(), queuedMs: 0 } },
      s.next,
    );
    const outcome = call.then(
      () => "resolved",
      (e: unknown) => e,
    );
    await clock.tickAsync(20_000);
    assert.ok((await outcome) instanceof VrmsRateLimitError);
    assert.equal(s.at.length, 3, "at 0, ~2 s and ~4 s; a third pause would end past 5 s");
  });
});

describe("sdk rate limit: a long wait is told once, with how long and why (fake timers)", () => {
  let clock: sinon.SinonFakeTimers;
  let lines: string[];
  let log: SafeLogger;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ now: 7_000_000 });
    lines = [];
    log = new SafeLogger(
      { debug() {}, info: (m) => lines.push(m), warn: (m) => lines.push(`warn: ${m}`) },
      new Redactor(),
    );
  });
  afterEach(() => clock.restore());

  /** `n` requests at once through `pacer`, each answered the moment it is sent. */
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

  it("a spent budget prints one line per wait, naming the time and the budget, not one per request", async () => {
    const pacer = new RequestPacer({ requests: 3, windowMs: 60_000 }, log);
    const sent = burst(pacer, 10);
    await clock.tickAsync(0);
    assert.equal(sent.length, 3);
    assert.deepEqual(lines, [
      "waiting 60 s to send the next of 7 queued requests to the VRMS: the request budget of " +
        "3 requests per 60 s is spent (it keeps this client under the gateway's per-session " +
        "limit; set VRMS_REQUEST_BUDGET if yours differs)",
    ]);
    await clock.tickAsync(60_000);
    assert.equal(sent.length, 6);
    assert.equal(lines.length, 2, "the next window's wait is a new wait");
    assert.match(lines[1], /^waiting 60 s to send the next of 4 queued requests/);
    await clock.tickAsync(120_000);
    assert.equal(sent.length, 10);
    assert.equal(
      lines.length,
      3,
      "three waits for ten requests: 0 → 60 s, 60 → 120 s, 120 → 180 s",
    );
  });

  it("waits of 2 s or less print nothing", async () => {
    const pacer = new RequestPacer({ requests: 1, windowMs: 2000 }, log);
    const sent = burst(pacer, 5);
    await clock.tickAsync(10_000);
    assert.equal(sent.length, 5, "four waits of 2 s each");
    pacer.pause(2000);
    await clock.tickAsync(3000);
    assert.deepEqual(lines, []);
  });

  it("a Retry-After over 2 s prints one line for the pause, not one per request it holds", async () => {
    const limiter = new RateLimiter(false, 600_000, log);
    let left = 1;
    const next = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
      if (left-- > 0) {
        throw new VrmsRateLimitError({ status: 429, method: "GET", path: req.path }, 30_000);
      }
      const data: unknown = req.path;
      return { status: 200, data: data as R };
    };
    const first = limiter.send<string>({ method: "GET", path: "/a" }, next);
    await clock.tickAsync(5);
    const others = ["/b", "/c", "/d"].map((path) =>
      limiter.send<string>({ method: "GET", path }, next),
    );
    await clock.tickAsync(10_000);
    assert.deepEqual(lines, [
      "waiting 30 s to send the next request to the VRMS: the VRMS answered HTTP 429 " +
        "(rate limited) with Retry-After 30 s",
    ]);
    await clock.tickAsync(21_000);
    assert.deepEqual(await Promise.all([first, ...others]).then((rs) => rs.map((r) => r.data)), [
      "/a",
      "/b",
      "/c",
      "/d",
    ]);
    assert.equal(lines.length, 1);
  });
});
