// TLS trust against the simulator's self-signed certificate: pins (SHA-256, SHA-1, any
// spelling), mismatch, default verification, CA bundle, and the explicit insecure mode.
import * as assert from "node:assert/strict";
import { useSimulator } from "../support/simulator";
import { VrmsClient, VrmsError, VrmsTlsError, type TlsOptions } from "../../sdk";
import { generate } from "selfsigned";
import { Capture } from "./helpers";

describe("sdk TLS trust", () => {
  const h = useSimulator();
  const capture = new Capture();

  function client(tls: TlsOptions | undefined): VrmsClient {
    return new VrmsClient({
      url: `127.0.0.1:${h.sim.port}`,
      username: h.sim.users[0].username,
      password: h.sim.users[0].password,
      tls,
      retry: { retries: 1, minDelayMs: 1, maxDelayMs: 5 },
      logger: capture,
    });
  }

  async function works(tls: TlsOptions | undefined): Promise<void> {
    const c = client(tls);
    try {
      assert.equal((await c.currentSession()).username, h.sim.users[0].username);
    } finally {
      await c.dispose();
    }
  }

  async function refused(tls: TlsOptions | undefined): Promise<VrmsTlsError> {
    h.sim.control.resetCounters();
    const c = client(tls);
    const err = await capture.failure(c.listPairings());
    await c.dispose();
    assert.ok(err instanceof VrmsTlsError, String(err));
    assert.equal(err.presentedSha256, h.sim.thumbprints.sha256);
    assert.equal(err.presentedSha1, h.sim.thumbprints.sha1);
    assert.ok(
      err.message.includes(h.sim.thumbprints.sha256) &&
        err.message.includes(h.sim.thumbprints.sha1),
    );
    assert.equal(
      h.sim.control.counters().total,
      0,
      "no request (no credential) reached the server",
    );
    return err;
  }

  it("accepts a matching SHA-256 pin, and a SHA-1 pin in lower case without colons", async () => {
    await works({ thumbprint: h.sim.thumbprints.sha256 });
    await works({ thumbprint: h.sim.thumbprints.sha1.replace(/:/g, "").toLowerCase() });
  });

  it("refuses a mismatching pin, naming the presented thumbprints", async () => {
    const other = h.sim.thumbprints.sha256.replace(
      /^../,
      h.sim.thumbprints.sha256.startsWith("AA") ? "BB" : "AA",
    );
    const err = await refused({ thumbprint: other });
    assert.match(err.reason, /does not match the pinned sha256/);
    await refused({ thumbprint: "00".repeat(20) });
  });

  it("verifies by default: a self-signed certificate is refused, with its thumbprints", async () => {
    const err = await refused(undefined);
    assert.match(err.reason, /not trusted/);
  });

  it("trusts a CA bundle that holds the certificate, and refuses one that does not", async () => {
    await works({ caBundle: h.sim.certificatePem });
    await works({ caBundle: [h.sim.certificatePem] });
    // A pin alone decides; with a CA bundle as well, both must hold.
    const otherCa = (await generate([{ name: "commonName", value: "other-ca.example.test" }])).cert;
    const err = await refused({ thumbprint: h.sim.thumbprints.sha256, caBundle: otherCa });
    assert.match(err.reason, /CA bundle/);
  });

  it("insecure works only when asked for, with a warning", async () => {
    const before = capture.lines.filter(
      (l) => l.startsWith("warn") && /verification is OFF/.test(l),
    ).length;
    await works({ insecure: true });
    const after = capture.lines.filter(
      (l) => l.startsWith("warn") && /verification is OFF/.test(l),
    ).length;
    assert.equal(after, before + 1);
  });

  it("rejects a malformed pin up front", () => {
    assert.throws(() => client({ thumbprint: "12:34" }), VrmsError);
    assert.throws(
      () => client({ thumbprint: "zz".repeat(20) }),
      /malformed certificate thumbprint/,
    );
  });
});
