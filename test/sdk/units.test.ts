// Small pure pieces: URL normalisation, thumbprints, Retry-After, retry classification
// and backoff, error messages, the redactor; and that the sdk loads without Pulumi.
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { normalizeBaseUrl, resolveOptions } from "../../sdk/options";
import { normalizeThumbprint } from "../../sdk/thumbprint";
import { parseRetryAfter } from "../../sdk/http";
import { backoffDelay, classify } from "../../sdk/retry";
import { Redactor } from "../../sdk/redact";
import { SafeLogger } from "../../sdk/logger";
import * as sinon from "sinon";
import { VrmsClient, type ListQuery, type Task } from "../../sdk";
import {
  VrmsError,
  VrmsHttpError,
  VrmsNetworkError,
  VrmsRateLimitError,
  VrmsTaskTimeoutError,
} from "../../sdk/errors";
import { DEFAULT_RETRY_POLICY } from "../../sdk/options";

describe("sdk units", () => {
  it("normalises the VRMS url", () => {
    assert.equal(normalizeBaseUrl("vrms.example.test"), "https://vrms.example.test/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("vrms:8443"), "https://vrms:8443/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("https://vrms/"), "https://vrms/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("https://vrms/api/rest/vr/v2/"), "https://vrms/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("http://127.0.0.1:1/x"), "http://127.0.0.1:1/x");
    assert.throws(() => normalizeBaseUrl(""), VrmsError);
    assert.throws(() => normalizeBaseUrl("ftp://x"), /https/);
    assert.throws(() => normalizeBaseUrl("https://u:secret@h"), /credentials/);
    assert.throws(() => resolveOptions({ url: "h", username: "u", password: "" }), /password/);
  });

  it("normalises thumbprints of either kind and spelling", () => {
    const sha1 = "ab".repeat(20);
    assert.equal(normalizeThumbprint(sha1), "AB:".repeat(19) + "AB");
    assert.equal(normalizeThumbprint(" " + "Ab:".repeat(31) + "aB "), "AB:".repeat(31) + "AB");
    assert.throws(() => normalizeThumbprint("AB:CD"), /malformed/);
    assert.throws(() => normalizeThumbprint("g".repeat(40)), /malformed/);
  });

  it("reads Retry-After in seconds or as a date", () => {
    assert.equal(parseRetryAfter("2"), 2000);
    assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 4_000), 6000);
    assert.equal(parseRetryAfter(undefined), undefined);
    assert.equal(parseRetryAfter("soon"), undefined);
  });

  it("classifies what to retry, and what is unsafe to resend", () => {
    const http = (status: number) => new VrmsHttpError({ status, method: "POST", path: "/p" });
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

  it("backs off exponentially with jitter, capped", () => {
    const p = DEFAULT_RETRY_POLICY;
    assert.equal(
      backoffDelay(1, p, () => 1),
      p.minDelayMs,
    );
    assert.equal(
      backoffDelay(1, p, () => 0),
      p.minDelayMs / 2,
    );
    assert.equal(
      backoffDelay(3, p, () => 1),
      p.minDelayMs * 4,
    );
    assert.equal(
      backoffDelay(30, p, () => 1),
      p.maxDelayMs,
    );
  });

  it("writes error messages users can act on", () => {
    const e = new VrmsHttpError({
      status: 400,
      method: "POST",
      path: "/pairings",
      errorCode: "INVALID",
      serverMessage: "bad spec",
      opId: "op-1",
    });
    assert.equal(
      e.message,
      "VRMS answered 400 to POST /pairings: error_code INVALID: bad spec: op_id op-1",
    );
    assert.equal(e.name, "VrmsHttpError");
    const t = new VrmsTaskTimeoutError({
      taskId: "t",
      elapsedMs: 5,
      lastStatus: "QUEUED",
      operation: "delete pairing",
    });
    assert.match(
      t.message,
      /timed out after 5 ms waiting for delete pairing \(task t\); last status QUEUED/,
    );
  });

  it("redacts secrets, also inside Basic tokens and encodings", () => {
    const r = new Redactor();
    const header = r.addBasic("user", "Pa ss/word!");
    r.add("session-123");
    const text = r.scrub(`${header} Pa ss/word! ${encodeURIComponent("Pa ss/word!")} session-123`);
    assert.equal(text, "Basic *** *** *** ***");
  });

  it("debug logging: on with VRMS_DEBUG=1 or a logger, scrubbed either way", () => {
    const r = new Redactor();
    r.add("Top-Secret-9");
    assert.equal(new SafeLogger(undefined, r, {}).debugOn, false);
    assert.equal(new SafeLogger(undefined, r, { VRMS_DEBUG: "1" }).debugOn, true);
    const lines: string[] = [];
    const push = (m: string) => lines.push(m);
    const log = new SafeLogger({ debug: push, info: push, warn: push }, r, {});
    log.debug("login with Top-Secret-9");
    assert.deepEqual(lines, ["login with ***"]);
  });

  it("polls the plain task list when the server refuses to filter tasks by id", async () => {
    const client = new VrmsClient({ url: "vrms.invalid", username: "u", password: "Unit-Pass-1" });
    const tasks: Task[] = [
      { id: "a", status: "RUNNING" },
      { id: "b", status: "QUEUED" },
    ];
    const list = sinon.stub(client, "listTasks").callsFake(async (q?: ListQuery) => {
      if (q?.filter_property)
        throw new VrmsHttpError({ status: 400, method: "GET", path: "/tasks" });
      return tasks;
    });
    const byId = (ids: string[]) =>
      (client as unknown as { listTasksById(ids: string[]): Promise<Task[]> }).listTasksById(ids);
    assert.deepEqual(await byId(["a", "b"]), tasks);
    assert.deepEqual(await byId(["a", "b"]), tasks);
    assert.equal(list.callCount, 3, "the filter is tried once, then skipped");
    await client.dispose();
  });

  it("loads as pulumi-vr-pairing/sdk without loading @pulumi/pulumi", () => {
    const root = path.resolve(__dirname, "../../..");
    const out = execFileSync(
      process.execPath,
      [
        "-e",
        `const sdk = require("pulumi-vr-pairing/sdk");
         if (typeof sdk.VrmsClient !== "function") throw new Error("no VrmsClient");
         const pulumi = Object.keys(require.cache).filter((k) => k.includes("@pulumi"));
         console.log(JSON.stringify({ pulumi, modules: Object.keys(require.cache).length }));`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    const res = JSON.parse(out) as { pulumi: string[]; modules: number };
    assert.deepEqual(res.pulumi, []);
    assert.ok(res.modules > 5, "the sdk and its dependencies were loaded");
  });
});
