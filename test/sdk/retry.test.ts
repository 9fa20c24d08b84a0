// The retry layer: what is retried, p-retry's backoff for a policy, the failing-time bound,
// and the rule that a create/reconnect/delete with an unknown outcome is looked for first.
import * as assert from "node:assert/strict";
import * as retry from "retry";
import * as sinon from "sinon";
import {
  VrmsError,
  VrmsHttpError,
  VrmsNetworkError,
  VrmsRateLimitError,
} from "../../sdk/vrms-errors";
import type { HttpRequest, HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import { DEFAULT_RETRY_POLICY, resolveRetryPolicy } from "../../sdk/options";
import { Redactor } from "../../sdk/redact";
import { backoffOptions, classify, REFUSED_GIVE_UP_MS, RetryLayer } from "../../sdk/retry";
import type { Effect } from "../../sdk/recovery";
import type { Task } from "../../sdk/wire";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());
const http = (status: number) => new VrmsHttpError({ status, method: "POST", path: "/p" });
const fast = resolveRetryPolicy({ retries: 3, minDelayMs: 1, maxDelayMs: 2, maxElapsedMs: 60_000 });

/** A next layer that answers from a script: an error to throw, or data to return. */
function scripted<T>(outcomes: (Error | T)[]) {
  const seen: HttpRequest[] = [];
  const next = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
    seen.push(req);
    const o = outcomes.shift();
    if (o instanceof Error) throw o;
    const data: unknown = o;
    return { status: 200, data: data as R };
  };
  return { next, seen };
}

describe("sdk retry", () => {
  it("classifies what to retry, and what is unsafe to resend", () => {
    for (const s of [500, 502, 503, 504]) {
      assert.deepEqual(classify(http(s), false), {
        retry: true,
        rateLimited: false,
        outcomeUnknown: false,
      });
      assert.equal(classify(http(s), true).outcomeUnknown, true);
    }
    for (const s of [400, 401, 403, 404, 409]) assert.equal(classify(http(s), false).retry, false);
    const rl = new VrmsRateLimitError({ status: 429, method: "GET", path: "/p" }, 3000);
    assert.deepEqual(classify(rl, true), {
      retry: true,
      rateLimited: true,
      delayMs: 3000,
      outcomeUnknown: false,
    });
    const refused = new VrmsNetworkError({ code: "ECONNREFUSED", method: "POST", path: "/p" });
    const reset = new VrmsNetworkError({ code: "ECONNRESET", method: "POST", path: "/p" });
    assert.equal(classify(refused, true).outcomeUnknown, false);
    assert.equal(classify(reset, true).outcomeUnknown, true);
    assert.equal(classify(new VrmsError("x"), false).retry, false);
  });

  it("an unknown host is never retried", () => {
    for (const code of ["ENOTFOUND", "EAI_AGAIN"]) {
      const e = new VrmsNetworkError({ code, method: "POST", path: "/session" });
      assert.equal(classify(e, false).retry, false, code);
    }
  });

  it("backs off exponentially with jitter, capped (p-retry's own backoff)", () => {
    const p = { ...DEFAULT_RETRY_POLICY, retries: 30 };
    const delays = (r: number) => {
      const random = sinon.stub(Math, "random").returns(r);
      try {
        return retry.timeouts(backoffOptions(p));
      } finally {
        random.restore();
      }
    };
    const top = delays(0.999999);
    const bottom = delays(0);
    assert.equal(top[0], p.minDelayMs);
    assert.equal(bottom[0], p.minDelayMs / 2);
    assert.equal(top[2], p.minDelayMs * 4);
    assert.equal(top[29], p.maxDelayMs);
    assert.equal(top.length, 30, "one delay per retry");
  });

  it("retries transient failures and answers the first success", async () => {
    const { next, seen } = scripted<string>([
      http(503),
      new VrmsNetworkError({ code: "ECONNRESET", method: "GET", path: "/p" }),
      "ok",
    ]);
    const res = await new RetryLayer(fast, quiet).send<string>({ method: "GET", path: "/p" }, next);
    assert.equal(res.data, "ok");
    assert.equal(seen.length, 3);
  });

  it("never retries a 400, nor a 429 the budget layer gave up on", async () => {
    for (const err of [
      http(400),
      new VrmsRateLimitError({ status: 429, method: "GET", path: "/p" }),
    ]) {
      const { next, seen } = scripted<string>([err, "ok"]);
      await assert.rejects(
        new RetryLayer(fast, quiet).send({ method: "GET", path: "/p" }, next),
        (e) => e === err,
      );
      assert.equal(seen.length, 1);
    }
  });

  it("gives up after `retries` retries with the last error", async () => {
    const errors = [http(500), http(502), http(503), http(504), http(500)];
    const last = errors[3];
    const { next, seen } = scripted<string>(errors);
    await assert.rejects(
      new RetryLayer(fast, quiet).send({ method: "GET", path: "/p" }, next),
      (e) => e === last,
    );
    assert.equal(seen.length, 4, "first try + 3 retries");
  });

  describe("the failing-time bound (fake timers)", () => {
    let clock: sinon.SinonFakeTimers;
    beforeEach(() => {
      clock = sinon.useFakeTimers({ now: 1_000_000 });
    });
    afterEach(() => clock.restore());

    async function attemptsWhen(queued: boolean): Promise<number> {
      const policy = resolveRetryPolicy({
        retries: 5,
        minDelayMs: 2,
        maxDelayMs: 4,
        maxElapsedMs: 1000,
      });
      let attempts = 0;
      const next = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
        attempts += 1;
        // Each attempt takes 600 ms: queued for the budget, or failing.
        clock.tick(600);
        if (queued && req.clock) req.clock.queuedMs += 600;
        throw http(503);
      };
      const done = new RetryLayer(policy, quiet)
        .send({ method: "GET", path: "/p" }, next)
        .catch(() => undefined);
      await clock.runAllAsync();
      await done;
      return attempts;
    }

    it("a refused connection is given up after about 2 s with the default policy", async () => {
      let attempts = 0;
      const next = async <R>(): Promise<HttpResponse<R>> => {
        attempts += 1;
        throw new VrmsNetworkError({ code: "ECONNREFUSED", method: "POST", path: "/session" });
      };
      const started = Date.now();
      const done = new RetryLayer(DEFAULT_RETRY_POLICY, quiet)
        .send({ method: "POST", path: "/session" }, next)
        .catch((e: unknown) => e);
      await clock.runAllAsync();
      assert.ok((await done) instanceof VrmsNetworkError);
      const took = Date.now() - started;
      assert.ok(
        took >= REFUSED_GIVE_UP_MS && took <= REFUSED_GIVE_UP_MS + DEFAULT_RETRY_POLICY.maxDelayMs,
        `${took} ms`,
      );
      assert.ok(attempts <= DEFAULT_RETRY_POLICY.retries + 1, `${attempts} attempts`);
    });

    it("stops once the call has spent maxElapsedMs failing; time queued does not count", async () => {
      assert.equal(await attemptsWhen(false), 2, "600 ms, then 1200 ms of failing: no more");
      assert.equal(await attemptsWhen(true), 6, "queued time is not failing time: all retries");
    });
  });

  describe("sendOnce: never resent while its effect is unknown", () => {
    const effect: Effect = { kind: "delete", pairingId: "p-1" };
    const req: HttpRequest = { method: "DELETE", path: "/pairings/p-1" };
    const task = (id: string): Task => ({ id, status: "RUNNING" });

    function guard(found: Task | undefined) {
      const calls = { find: [] as number[], claimed: [] as string[] };
      return {
        calls,
        earliestQueueTime: (sentAt: number) => sentAt - 5,
        find: async (_e: Effect, notBefore: number) => {
          calls.find.push(notBefore);
          return found;
        },
        claim: (t: Task) => {
          calls.claimed.push(t.id);
        },
      };
    }

    it("a lost answer: the earlier task is found and returned, nothing is sent again", async () => {
      const g = guard(task("t-earlier"));
      const { next, seen } = scripted<Task>([http(500), task("t-second")]);
      const got = await new RetryLayer(fast, quiet).sendOnce(req, effect, g, next);
      assert.equal(got.id, "t-earlier");
      assert.equal(seen.length, 1, "sent once");
      assert.equal(g.calls.find.length, 1);
    });

    it("no trace of the earlier attempt: sent again, and the answer is claimed", async () => {
      const g = guard(undefined);
      const { next, seen } = scripted<Task>([http(500), task("t-second")]);
      const got = await new RetryLayer(fast, quiet).sendOnce(req, effect, g, next);
      assert.equal(got.id, "t-second");
      assert.equal(seen.length, 2);
      assert.deepEqual(g.calls.claimed, ["t-second"]);
    });

    it("refused before the server acted (connection refused, 503 is unknown): no look-up for a refusal", async () => {
      const g = guard(task("t-never"));
      const refused = new VrmsNetworkError({ code: "ECONNREFUSED", method: "DELETE", path: "/p" });
      const { next, seen } = scripted<Task>([refused, task("t-first")]);
      const got = await new RetryLayer(fast, quiet).sendOnce(req, effect, g, next);
      assert.equal(got.id, "t-first");
      assert.equal(seen.length, 2);
      assert.equal(g.calls.find.length, 0);
    });
  });
});
