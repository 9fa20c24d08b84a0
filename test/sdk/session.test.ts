// The session layer: lazy single-flight login, the session header on every request, one
// fresh login after a 401, a clear error when even that is refused, logout on close.
import * as assert from "node:assert/strict";
import { VrmsAuthError, VrmsHttpError } from "../../sdk/vrms-errors";
import type { HttpRequest, HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";
import { SessionManager } from "../../sdk/session";
import { SESSION_HEADER } from "../../sdk/wire";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());
const unauthorized = (path: string) => new VrmsHttpError({ status: 401, method: "GET", path });

/** A fake server: logins hand out s-1, s-2, …; `valid` holds the sessions it accepts. */
function fakeServer() {
  const valid = new Set<string>();
  const log: string[] = [];
  let n = 0;
  let release: (() => void) | undefined;
  let gate: Promise<void> | undefined;
  const answer = <R>(data: unknown): HttpResponse<R> => ({ status: 200, data: data as R });
  const login = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
    log.push(`${req.method} ${req.path} ${req.headers?.Authorization ? "basic" : "none"}`);
    if (gate) await gate;
    const sid = `s-${++n}`;
    valid.add(sid);
    return answer<R>({ session_id: sid });
  };
  const logout = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
    log.push(`logout ${req.headers?.[SESSION_HEADER]}`);
    return answer<R>(undefined);
  };
  const next = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
    const sid = req.headers?.[SESSION_HEADER] ?? "";
    log.push(`${req.path} ${sid}`);
    if (!valid.has(sid)) throw unauthorized(req.path);
    return answer<R>(sid);
  };
  return {
    valid,
    log,
    next,
    session: () =>
      new SessionManager({ login, logout }, "user", "Session-Pass-1", quiet, new Redactor()),
    holdLogins: () => {
      gate = new Promise<void>((r) => (release = r));
    },
    releaseLogins: () => {
      gate = undefined;
      release?.();
    },
  };
}

describe("sdk session", () => {
  it("logs in once however many requests start at once, and sends the session on each", async () => {
    const srv = fakeServer();
    const s = srv.session();
    srv.holdLogins();
    const calls = Array.from({ length: 5 }, (_, i) =>
      s.send<string>({ method: "GET", path: `/r${i}` }, srv.next),
    );
    srv.releaseLogins();
    const answers = await Promise.all(calls);
    assert.deepEqual(
      answers.map((a) => a.data),
      Array(5).fill("s-1"),
    );
    assert.equal(s.loginCount, 1);
    assert.equal(srv.log.filter((l) => l.startsWith("POST /session")).length, 1);
  });

  it("a 401 drops the session, logs in again and sends the request once more", async () => {
    const srv = fakeServer();
    const s = srv.session();
    await s.send({ method: "GET", path: "/a" }, srv.next);
    srv.valid.delete("s-1"); // the server forgot the session
    const res = await s.send<string>({ method: "GET", path: "/b" }, srv.next);
    assert.equal(res.data, "s-2");
    assert.equal(s.loginCount, 2);
    assert.deepEqual(
      srv.log.filter((l) => l.startsWith("/b")),
      ["/b s-1", "/b s-2"],
    );
  });

  it("a 401 even after a fresh login is an auth error naming the request and user", async () => {
    const srv = fakeServer();
    const s = srv.session();
    const refuse = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
      throw unauthorized(req.path);
    };
    const err = await s.send({ method: "GET", path: "/x" }, refuse).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(err instanceof VrmsAuthError && err.status === 401 && err.username === "user");
    assert.match(err.message, /GET \/x with 401 even after a fresh login as user/);
    assert.equal(s.loginCount, 2);
  });

  it("a refused login (401/403) says to check the user name and password", async () => {
    const login = async <R>(): Promise<HttpResponse<R>> => {
      throw new VrmsHttpError({ status: 403, method: "POST", path: "/session" });
    };
    const s = new SessionManager(
      { login, logout: login },
      "user",
      "Pw-12345",
      quiet,
      new Redactor(),
    );
    await assert.rejects(
      s.ensure(),
      /login failed for user user: HTTP 403 \(check the user name and password\)/,
    );
  });

  it("close logs out the session once and refuses further use", async () => {
    const srv = fakeServer();
    const s = srv.session();
    await s.ensure();
    await s.close();
    assert.deepEqual(
      srv.log.filter((l) => l.startsWith("logout")),
      ["logout s-1"],
    );
    await assert.rejects(s.ensure(), /disposed/);
  });
});
