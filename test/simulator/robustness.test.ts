import { strict as assert } from "node:assert";
import * as https from "node:https";
import * as tls from "node:tls";
import type { Simulator } from "../../simulator";
import { SESSION_HEADER } from "../../sdk/wire";
import { login, pairWith, rawClient, session, useSimulator } from "../support/simulator";
import { assertError } from "./assertions";

/** Deterministic PRNG (mulberry32) so a failing fuzz run can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface RawAnswer {
  status: number;
  body: string;
}

function rawRequest(
  sim: Simulator,
  agent: https.Agent,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "127.0.0.1",
        port: sim.port,
        method,
        path,
        headers,
        agent,
        ca: sim.certificatePem,
        // The Host header is fuzzed too; TLS must still check the name we dialled.
        servername: "localhost",
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("simulator: bad input", () => {
  const h = useSimulator();

  it("answers malformed JSON with a synchronous 400 {error_code, message, op_id}, a fresh op_id each time", async () => {
    const api = await session(h.sim);
    const ids = new Set<string>();
    for (const text of ['{"pair_vc_id":', "{'a':1}", "nul", "[1,2", "\u0000\u0001"]) {
      const res = await api.post("/pairings", text, {
        headers: { "content-type": "application/json" },
        transformRequest: [(d: unknown) => d],
      });
      assert.equal(res.status, 400, text);
      assertError(res.data, "MALFORMED_JSON");
      ids.add(res.data.op_id);
    }
    assert.equal(ids.size, 5, "op_id is fresh per answer");
    assert.deepEqual(h.sim.control.tasks(), []);
  });

  it("answers an empty body with 400", async () => {
    const api = await session(h.sim);
    const res = await api.post("/pairings", "", {
      headers: { "content-type": "application/json" },
      transformRequest: [(d: unknown) => d],
    });
    assert.equal(res.status, 400);
    assertError(res.data, "MISSING_REQUEST_BODY");
  });

  it("answers a wrong content type with 415", async () => {
    const api = await session(h.sim);
    for (const ct of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const res = await api.post("/pairings", "pair_vc_id=x", { headers: { "content-type": ct } });
      assert.equal(res.status, 415, ct);
      assertError(res.data, "UNSUPPORTED_MEDIA_TYPE");
    }
    const ok = await api.post("/pairings", "{}", {
      headers: { "content-type": "application/json; charset=utf-8" },
    });
    assert.equal(ok.status, 400, "charset parameter accepted (then the empty spec is rejected)");
  });

  it("answers a body over 1 MiB with 413, declared or streamed, and keeps serving", async () => {
    const sid = await login(h.sim);
    const agent = new https.Agent({ keepAlive: false });
    const big = Buffer.alloc(2 * 1024 * 1024, 0x20);
    const declared = await rawRequest(
      h.sim,
      agent,
      "POST",
      "/api/rest/vr/v2/pairings",
      {
        [SESSION_HEADER]: sid,
        "content-type": "application/json",
        "content-length": String(big.length),
      },
      big,
    );
    assert.equal(declared.status, 413);
    assertError(JSON.parse(declared.body), "PAYLOAD_TOO_LARGE");
    const streamed = await rawRequest(
      h.sim,
      agent,
      "POST",
      "/api/rest/vr/v2/pairings",
      {
        [SESSION_HEADER]: sid,
        "content-type": "application/json",
        "transfer-encoding": "chunked",
      },
      big,
    );
    assert.equal(streamed.status, 413);
    agent.destroy();
    assert.equal((await rawClient(h.sim, sid).get("/session")).status, 200);
  });

  it("copes with clients that hang up mid-body", async () => {
    const sid = await login(h.sim);
    for (let i = 0; i < 20; i++) {
      await new Promise<void>((resolve) => {
        const s = tls.connect(
          {
            host: "127.0.0.1",
            port: h.sim.port,
            ca: h.sim.certificatePem,
            servername: "localhost",
          },
          () => {
            s.write(
              `POST /api/rest/vr/v2/pairings HTTP/1.1\r\nHost: x\r\n${SESSION_HEADER}: ${sid}\r\n` +
                'content-type: application/json\r\ncontent-length: 5000\r\n\r\n{"pair_vc_id":',
              () => s.destroy(),
            );
          },
        );
        s.on("close", () => resolve());
        s.on("error", () => resolve());
      });
    }
    // Every abandoned request settles (none hangs on a body that will never come).
    for (let i = 0; i < 200 && h.sim.control.openRequests() > 0; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    assert.equal(h.sim.control.openRequests(), 0);
    assert.equal((await rawClient(h.sim, sid).get("/session")).status, 200);
    assert.deepEqual(h.sim.control.tasks(), []);
  });

  it("answers unknown paths with 404 and no body, inside and outside the API base", async () => {
    const api = await session(h.sim);
    for (const path of ["/nope", "/pairings/x/y/z", "/session/extra", "/tasks/"]) {
      const res = await api.get(path);
      assert.equal(res.status, path === "/tasks/" ? 200 : 404, path);
      if (res.status === 404) assert.equal(res.data, "");
    }
    for (const url of ["/", "/api", "/api/rest/vr/v1/pairings", "/favicon.ico"]) {
      const res = await api.get(`${h.sim.origin}${url}`);
      assert.equal(res.status, 404, url);
      assert.equal(res.data, "");
    }
  });

  it("answers a method a path does not support with 405 and an Allow header", async () => {
    const api = await session(h.sim);
    const put = await api.put("/pairings", {});
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, "GET, POST");
    const patch = await api.patch("/session", {});
    assert.equal(patch.status, 405);
    assert.equal(patch.headers.allow, "POST, GET, DELETE");
    const del = await api.delete("/tasks");
    assert.equal(del.status, 405);
  });

  it("survives 1,000 random malformed requests, then still serves a login and a pairing", async function () {
    this.timeout(30_000);
    const sim = h.sim;
    const random = prng(Number(process.env.VRSIM_FUZZ_SEED ?? 20261123));
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
    const sid = await login(sim);
    const bytes = (n: number) =>
      Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
    const site = sim.remoteSites[0];
    const methods = [
      "GET",
      "POST",
      "PUT",
      "DELETE",
      "PATCH",
      "OPTIONS",
      "HEAD",
      "TRACE",
      "FOO",
      "PROPFIND",
    ];
    const paths = [
      "/api/rest/vr/v2/session",
      "/api/rest/vr/v2/pairings",
      `/api/rest/vr/v2/pairings/${sim.selfPairingId}`,
      "/api/rest/vr/v2/pairings/%zz",
      "/api/rest/vr/v2/pairings/x/actions/reconnect",
      "/api/rest/vr/v2/pairings/x/remote-session",
      "/api/rest/vr/v2/pairings/x/issues?limit=-5&offset=abc",
      "/api/rest/vr/v2/tasks?sort_by=&order_by=up",
      "/api/rest/vr/v2/tasks/%00",
      "/api/rest/vr/v2/pairings?filter_property=a.b.c.d.e&filter=%ff",
      "/api/rest/vr/v2//pairings",
      "/api/rest/vr/v2/" + "a/".repeat(200),
      "/api/rest/vr/v2/pairings?" + "x=1&".repeat(300),
      "//..//..//etc/passwd",
      "/_simulator/nope",
      "*",
    ];
    const bodies: (() => Buffer | undefined)[] = [
      () => undefined,
      () => bytes(Math.floor(random() * 512)),
      () => Buffer.from('{"pair_vc_id":'),
      () =>
        Buffer.from(
          JSON.stringify({
            pair_vc_id: site.vcId,
            pair_psc_info: { url: 5, username: [], password: {} },
          }),
        ),
      () => Buffer.from("[".repeat(5000) + "]".repeat(5000)),
      () => Buffer.from(JSON.stringify({ pair_vc_id: null, pair_psc_info: null })),
      () => Buffer.from('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
      () => Buffer.from("\ufeff{}"),
      () => Buffer.from(JSON.stringify({ pair_vc_id: "x".repeat(100_000), pair_psc_info: {} })),
    ];
    const contentTypes = [
      "application/json",
      "text/plain",
      "application/json; charset=latin1",
      "",
      "application/xml",
      "*/*",
    ];
    const auths = [
      undefined,
      "Basic",
      "Basic Og==",
      "Basic " + Buffer.from(":").toString("base64"),
      "Digest x",
      "Basic " + "A".repeat(4000),
    ];
    const agent = new https.Agent({ keepAlive: true, maxSockets: 16, ca: sim.certificatePem });

    const statuses: Record<number, number> = {};
    let raw = 0;
    const one = async (): Promise<void> => {
      if (random() < 0.05) {
        // Not HTTP at all, inside TLS.
        raw += 1;
        await new Promise<void>((resolve) => {
          const s = tls.connect(
            { host: "127.0.0.1", port: sim.port, ca: sim.certificatePem, servername: "localhost" },
            () => {
              s.end(
                Buffer.concat([
                  Buffer.from(
                    pick([
                      "GET / HTTP/9.9\r\n",
                      "\r\n\r\n",
                      "POST /x HTTP/1.1\r\nContent-Length: -1\r\n\r\n",
                      "",
                    ]),
                  ),
                  bytes(64),
                ]),
              );
            },
          );
          s.on("data", () => undefined);
          s.on("error", () => resolve());
          s.on("close", () => resolve());
        });
        return;
      }
      const headers: Record<string, string> = {};
      const ct = pick(contentTypes);
      if (ct) headers["content-type"] = ct;
      const auth = pick(auths);
      if (auth) headers.authorization = auth;
      if (random() < 0.5) headers[SESSION_HEADER] = pick([sid, "bogus", "", "' OR 1=1 --"]);
      if (random() < 0.1) headers.host = pick(["evil.example:99999", "[::1", "a b"]);
      const body = pick(bodies)();
      const method = pick(methods);
      const path = pick(paths);
      let ans: RawAnswer;
      try {
        ans = await rawRequest(
          sim,
          agent,
          method,
          path,
          headers,
          method === "GET" || method === "HEAD" ? undefined : body,
        );
      } catch (err) {
        // A method that is not an HTTP token is refused by Node's parser: the simulator
        // answers 400 on the socket and closes it, which may race the client's own write.
        if (method === "FOO") {
          statuses[0] = (statuses[0] ?? 0) + 1;
          return;
        }
        throw new Error(`${method} ${path} ${JSON.stringify(headers)} failed: ${String(err)}`, {
          cause: err,
        });
      }
      statuses[ans.status] = (statuses[ans.status] ?? 0) + 1;
      assert.ok(
        ans.status >= 200 && ans.status < 500,
        `no 5xx: ${method} answered ${ans.status} ${ans.body}`,
      );
    };
    const total = 1000;
    let started = 0;
    const workers = Array.from({ length: 16 }, async () => {
      while (started < total) {
        started += 1;
        await one();
      }
    });
    await Promise.all(workers);
    agent.destroy();
    assert.ok(raw > 10, "some raw garbage was sent");
    assert.ok(
      (statuses[400] ?? 0) > 50 && (statuses[404] ?? 0) > 50 && (statuses[405] ?? 0) > 50,
      JSON.stringify(statuses),
    );
    assert.ok(({}.constructor.prototype as Record<string, unknown>).polluted === undefined);

    const api = await session(sim);
    const id = await pairWith(sim, api, 1);
    assert.equal((await api.get(`/pairings/${id}`)).status, 200);
  });
});
