// Credentials never travel in clear, and a wrong address fails fast with a message that says
// what is wrong: plain http:// refused up front, an unknown host at once, a refused connection
// within seconds, a wrong base path named, http:// to an HTTPS server recognised. Loopback only.
import * as assert from "node:assert/strict";
import dns from "node:dns";
import * as net from "node:net";
import * as sinon from "sinon";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { useSimulator } from "../support/simulator";
import { startSimulator } from "../../simulator";
import { VrmsClient, VrmsNetworkError, type VrmsClientOptions } from "../../sdk";
import { VrmsConfigError } from "../../sdk/vrms-errors";
import { Capture } from "./helpers";

const creds = { username: "administrator@vsphere.local", password: "Clear-Text-Pass-1!" };

/** A TCP listener that counts connections (it never answers). */
async function listener(): Promise<{
  port: number;
  connections: () => number;
  close(): Promise<void>;
}> {
  let n = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    n += 1;
    sockets.add(s);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as net.AddressInfo).port;
  return {
    port,
    connections: () => n,
    close: () =>
      new Promise<void>((r) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => r());
      }),
  };
}

/** A loopback port nothing listens on (bound, then closed). */
async function closedPort(): Promise<number> {
  const l = await listener();
  await l.close();
  return l.port;
}

/** Debug lines that record one attempt of `where` (one per request sent). */
const attempts = (c: Capture, where: RegExp) =>
  c.lines.filter((l) => l.startsWith("debug") && where.test(l) && / -> /.test(l)).length;

describe("sdk connection failures: safe by default, fast and named", () => {
  it("plain http:// without insecure is refused before any request", async () => {
    const l = await listener();
    try {
      const url = `http://127.0.0.1:${l.port}`;
      assert.throws(
        () => new VrmsClient({ url, ...creds }),
        (e: unknown) =>
          e instanceof VrmsConfigError &&
          /plain http:\/\//.test(e.message) &&
          /insecure: true/.test(e.message),
      );
      assert.equal(l.connections(), 0, "nothing reached the server");
    } finally {
      await l.close();
    }
  });

  it("a thumbprint pin or a CA bundle with http:// is a configuration error, even with insecure", async () => {
    const url = "http://127.0.0.1:9";
    const pin = { thumbprint: "AB".repeat(32) };
    assert.throws(
      () => new VrmsClient({ url, ...creds, tls: pin }),
      /thumbprint pins nothing; use https/,
    );
    assert.throws(
      () => new VrmsClient({ url, ...creds, tls: { ...pin, insecure: true } }),
      VrmsConfigError,
    );
    assert.throws(
      () => new VrmsClient({ url, ...creds, tls: { caBundle: "-----BEGIN CERTIFICATE-----" } }),
      /CA bundle verifies nothing/,
    );
  });

  describe("an unknown host (DNS stubbed: no name server involved)", () => {
    afterEach(() => sinon.restore());

    it("fails at once, with no retry, naming the URL and what to check", async () => {
      const lookup = sinon.stub(dns, "lookup").callsFake(((host: string, ...rest: unknown[]) => {
        const cb = rest[rest.length - 1] as (err: NodeJS.ErrnoException) => void;
        const err: NodeJS.ErrnoException = Object.assign(
          new Error(`getaddrinfo ENOTFOUND ${host}`),
          {
            code: "ENOTFOUND",
          },
        );
        process.nextTick(() => cb(err));
      }) as typeof dns.lookup);
      const capture = new Capture();
      const client = new VrmsClient({ url: "vrms.example.invalid", ...creds, logger: capture });
      try {
        const err = await capture.failure(client.listPairings());
        assert.ok(err instanceof VrmsNetworkError && err.code === "ENOTFOUND", String(err));
        assert.match(err.message, /https:\/\/vrms\.example\.invalid\/api\/rest\/vr\/v2\/session/);
        assert.match(err.message, /check the host in the VRMS url/);
        assert.equal(lookup.callCount, 1, "one lookup: not retried");
        assert.equal(attempts(capture, /POST \/session/), 1);
      } finally {
        await client.dispose();
      }
    });
  });

  it("a refused connection gives up within seconds, naming the URL and what to check", async () => {
    const port = await closedPort();
    const capture = new Capture();
    const client = new VrmsClient({
      url: `127.0.0.1:${port}`,
      ...creds,
      // Many retries and a minute allowed: only the refused-connection bound ends it.
      retry: { retries: 1000, minDelayMs: 50, maxDelayMs: 50, maxElapsedMs: 60_000 },
      logger: capture,
    });
    // The 50 ms between attempts and the bound on failing pass on fake time.
    const clock = installFakeTime();
    try {
      const err = await untilSettled(clock, capture.failure(client.listPairings()));
      assert.ok(err instanceof VrmsNetworkError && err.code === "ECONNREFUSED", String(err));
      assert.match(
        err.message,
        new RegExp(`https://127\\.0\\.0\\.1:${port}/api/rest/vr/v2/session`),
      );
      assert.match(
        err.message,
        /check the host and port in the VRMS url, that the VRMS is running/,
      );
      // At most 50 ms apart (the first retry may come after half that) for at most 2 s of
      // failing: far fewer than the 1000 retries allowed.
      const n = attempts(capture, /POST \/session/);
      assert.ok(n >= 2 && n <= 2_000 / 50 + 2, `${n} attempts`);
    } finally {
      clock.restore();
      await client.dispose();
    }
  });

  describe("against the simulator", () => {
    const h = useSimulator();

    function client(extra: Partial<VrmsClientOptions>, capture: Capture): VrmsClient {
      return new VrmsClient({
        url: h.sim.url,
        username: h.sim.users[0].username,
        password: h.sim.users[0].password,
        tls: { thumbprint: h.sim.thumbprints.sha256 },
        logger: capture,
        ...extra,
      });
    }

    it("a wrong base path: names the URL tried and says the base path is probably wrong", async () => {
      const capture = new Capture();
      const wrong = `https://127.0.0.1:${h.sim.port}/api/rest/vr/v3`;
      const c = client({ url: wrong }, capture);
      h.sim.control.resetCounters();
      try {
        const err = await capture.failure(c.listPairings());
        assert.ok(err instanceof VrmsConfigError, String(err));
        assert.match(err.message, new RegExp(`404 to POST ${wrong}/session`));
        assert.match(err.message, /base path is probably wrong.*\/api\/rest\/vr\/v2/);
        assert.equal(attempts(capture, /POST \/session/), 1, "not retried");
      } finally {
        await c.dispose();
      }
    });

    it("http:// to the HTTPS simulator is recognised and said so, not retried", async () => {
      const capture = new Capture();
      const c = client({ url: `http://127.0.0.1:${h.sim.port}`, tls: { insecure: true } }, capture);
      h.sim.control.resetCounters();
      try {
        const err = await capture.failure(c.listPairings());
        assert.ok(err instanceof VrmsConfigError, String(err));
        assert.match(
          err.message,
          /plain http:\/\/, but the server there speaks HTTPS.*use https:\/\//,
        );
        assert.equal(attempts(capture, /POST \/session/), 1, "not retried");
        assert.equal(h.sim.control.counters().logins, 0);
      } finally {
        await c.dispose();
      }
    });
  });

  it("http:// with insecure: true works against a plain-HTTP simulator, with a warning", async () => {
    const sim = await startSimulator({ tls: false });
    const capture = new Capture();
    const c = new VrmsClient({
      url: sim.url,
      username: sim.users[0].username,
      password: sim.users[0].password,
      tls: { insecure: true },
      logger: capture,
    });
    try {
      assert.ok(Array.isArray(await c.listPairings()));
      assert.ok(capture.lines.some((l) => /^warn plain http:\/\/.*in clear/.test(l)));
    } finally {
      await c.dispose();
      await sim.stop();
    }
  });
});
