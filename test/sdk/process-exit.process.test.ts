// A client that is never disposed must not keep its process alive once idle (the
// Pulumi dynamic-provider host and short scripts rely on it): keep-alive sockets idle
// unreferenced, and the poll timer runs only while something waits.
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import * as path from "node:path";
import { pairingSpec, useSimulator } from "../support/simulator";

describe("sdk client lets its process exit", () => {
  const h = useSimulator();

  it("exits after calls and a wait without dispose(); VRMS_DEBUG=1 logs to stderr without secrets", async () => {
    const root = path.resolve(__dirname, "../../..");
    const script = `
      const { VrmsClient } = require("pulumi-vr-pairing/sdk");
      const c = new VrmsClient(JSON.parse(process.env.OPTS));
      (async () => {
        const pairings = await c.listPairings();
        const done = await c.waitForTask(await c.createPairing(JSON.parse(process.env.SPEC)));
        console.log(pairings.length, done.status);
      })().catch((e) => { console.error(String(e)); process.exit(2); });`;
    const opts = {
      url: h.sim.url,
      username: h.sim.users[0].username,
      password: h.sim.users[0].password,
      tls: { thumbprint: h.sim.thumbprints.sha1 },
    };
    const started = Date.now();
    const { out, err } = await new Promise<{ out: string; err: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        ["-e", script],
        {
          cwd: root,
          env: {
            ...process.env,
            OPTS: JSON.stringify(opts),
            SPEC: JSON.stringify(pairingSpec(h.sim.remoteSites[0])),
            VRMS_DEBUG: "1",
          },
          timeout: 8000,
        },
        (e, stdout, stderr) =>
          e ? reject(new Error(`${e.message} ${stderr}`)) : resolve({ out: stdout, err: stderr }),
      );
    });
    assert.match(out, /^\d+ SUCCESS/);
    assert.ok(Date.now() - started < 8000);
    // VRMS_DEBUG=1 without a logger: debug lines on stderr, no secrets in them.
    assert.match(err, /\[vrms\] POST \/session -> 200 \(\d+ ms\)/);
    assert.match(err, /\[vrms\] GET \/tasks\/[^ ]+ -> 200/);
    const basic = Buffer.from(`${opts.username}:${opts.password}`).toString("base64");
    for (const secret of [opts.password, basic, h.sim.remoteSites[0].password]) {
      assert.ok(!err.includes(secret) && !out.includes(secret), "a secret reached stderr");
    }
  });
});
