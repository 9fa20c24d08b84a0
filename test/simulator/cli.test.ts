import { strict as assert } from "node:assert";
import {
  CliUsageError,
  describe as describeSim,
  parseCliOptions,
  USAGE,
} from "../../simulator/cli";
import { startSimulator } from "../../simulator";

describe("simulator: CLI", () => {
  it("defaults to HTTPS on 8443 with the built-in user", () => {
    const o = parseCliOptions([], {});
    assert.equal(o?.port, 8443);
    assert.equal(o?.tls, true);
    assert.equal(o?.users, undefined);
    assert.equal(o?.rateLimit, false);
  });

  it("reads flags, and environment variables when a flag is absent", () => {
    const o = parseCliOptions(
      [
        "--port",
        "9000",
        "--users",
        "a@x:pw1,b@x:p:w2",
        "--create-ms",
        "10",
        "--rate-limit",
        "--rate-window-ms",
        "500",
        "--http",
      ],
      {
        VRSIM_PORT: "1",
        VRSIM_REMOTE_SITES: "60",
        VRSIM_DELETE_MS: "7",
        VRSIM_SESSION_IDLE_MS: "300000",
        VRSIM_LOG: "1",
      },
    );
    assert.equal(o?.port, 9000, "flag wins over env");
    assert.equal(o?.tls, false);
    assert.deepEqual(o?.users, [
      { username: "a@x", password: "pw1" },
      { username: "b@x", password: "p:w2" },
    ]);
    assert.equal(o?.remoteSiteCount, 60);
    assert.deepEqual(o?.taskDurations, { createMs: 10, deleteMs: 7 });
    assert.deepEqual(o?.rateLimit, { windowMs: 500 });
    assert.equal(o?.sessionIdleTimeoutMs, 300000);
    assert.equal(o?.logRequests, true);
    assert.equal(parseCliOptions([], { VRSIM_RATE_LIMIT: "1" })?.rateLimit, true);
    assert.equal(parseCliOptions([], { VRSIM_HTTP: "true" })?.tls, false);
  });

  it("returns null for --help and rejects bad flags", () => {
    assert.equal(parseCliOptions(["--help"], {}), null);
    assert.throws(() => parseCliOptions(["--port", "abc"], {}), CliUsageError);
    assert.throws(() => parseCliOptions(["--bogus"], {}), CliUsageError);
    assert.throws(() => parseCliOptions(["--users", "nocolon"], {}), CliUsageError);
  });

  it("--help states the remote-site contract default a simulator started without the flag has", async () => {
    const sim = await startSimulator({ ...parseCliOptions([], {}), port: 0 });
    try {
      const help = USAGE.slice(USAGE.indexOf("--[no-]remote-site-contract"));
      const stated = /\(default (on|off)\)/.exec(help)?.[1];
      assert.equal(stated, sim.remoteSiteContract ? "on" : "off");
    } finally {
      await sim.stop();
    }
  });

  it("describes URL, login and both thumbprints", async () => {
    const sim = await startSimulator();
    try {
      const text = describeSim(sim);
      assert.ok(text.includes(sim.url));
      assert.ok(text.includes("administrator@vsphere.local / VMware1!"));
      assert.ok(text.includes(`SHA-256:      ${sim.thumbprints.sha256}`));
      assert.ok(text.includes(`SHA-1:        ${sim.thumbprints.sha1}`));
      assert.ok(text.includes(sim.remoteSites[0].vcId));
    } finally {
      await sim.stop();
    }
  });
});
