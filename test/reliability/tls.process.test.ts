import * as assert from "assert";
import { assertConsistent, assertConverged } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * The simulator serves a self-signed certificate, like an appliance out of the box. Unpinned
 * and untrusted it is refused before any credential is sent, and the error shows the
 * thumbprint to pin; the right pin (SHA-256 or SHA-1) or the CA bundle is accepted; a wrong
 * pin is refused; certificate checks are off only when vrmsInsecure says so.
 */
describe("reliability: TLS trust of the local VRMS", function () {
  this.timeout(60_000);
  const s = useStage();
  const WRONG_PIN = "AA:".repeat(31) + "AA";

  const nothingSent = () => {
    const c = s.sim.control.counters();
    assert.strictEqual(c.total, 0, "no API request reached the VRMS");
    assert.strictEqual(c.logins, 0);
  };

  it("unpinned self-signed certificate: refused, the message shows its thumbprints, nothing sent", async () => {
    const err = await s.upFails({ a: s.args(0, { vrmsThumbprint: undefined }) });
    const text = Stage.details(err);
    assert.ok(text.includes(s.sim.thumbprints.sha256), `observed SHA-256 in: ${text}`);
    assert.ok(text.includes(s.sim.thumbprints.sha1), "and the SHA-1");
    nothingSent();
    assertConsistent(s.sim, s.d);
  });

  it("wrong pin: refused, naming the thumbprint the server presented, nothing sent", async () => {
    const err = await s.upFails({ a: s.args(0, { vrmsThumbprint: WRONG_PIN }) });
    const text = Stage.details(err);
    assert.ok(text.includes(s.sim.thumbprints.sha256), `observed SHA-256 in: ${text}`);
    assert.match(text, /TLS|thumbprint|certificate/i);
    nothingSent();
    assertConsistent(s.sim, s.d);
  });

  it("insecure is not implied: vrmsInsecure false refuses the same server", async () => {
    const err = await s.upFails({
      a: s.args(0, { vrmsThumbprint: undefined, vrmsInsecure: false }),
    });
    assert.ok(Stage.details(err).includes(s.sim.thumbprints.sha256));
    nothingSent();
  });

  it("right pin (SHA-1 form, lower case) is accepted", async () => {
    const pin = s.sim.thumbprints.sha1.toLowerCase().replace(/:/g, "");
    await s.up({ a: s.args(0, { vrmsThumbprint: pin }) });
    assertConverged(s.sim, s.d, ["a"]);
  });

  it("the CA bundle (the certificate as PEM) is accepted without a pin", async () => {
    await s.up({
      a: s.args(0, { vrmsThumbprint: s.sim.thumbprints.sha1 }),
      b: s.args(1, { vrmsThumbprint: undefined, vrmsCaBundle: s.sim.certificatePem }),
    });
    assertConverged(s.sim, s.d, ["a", "b"]);
  });

  it("explicit vrmsInsecure: accepted without any trust, with a warning on the console", async () => {
    const lines = s.host.lines.length;
    await s.up({
      a: s.args(0, { vrmsThumbprint: s.sim.thumbprints.sha1 }),
      b: s.args(1, { vrmsThumbprint: undefined, vrmsCaBundle: s.sim.certificatePem }),
      c: s.args(2, { vrmsThumbprint: undefined, vrmsInsecure: true }),
    });
    assertConverged(s.sim, s.d, ["a", "b", "c"]);
    const text = s.userLines(lines);
    assert.match(text, /insecure|not verif|verification/i, "warns that checks are off");
  });

  it("wrong remote PSC pin: the create fails quoting the thumbprint the remote presented", async () => {
    await s.destroy(); // a free remote site: no pairing to adopt
    const site = s.sim.remoteSites[0];
    const err = await s.upFails({ z: s.args(0, { remotePscThumbprint: WRONG_PIN }) });
    const text = Stage.details(err);
    assert.match(text, /Thumbprint mismatch/);
    assert.ok(text.includes(site.thumbprintSha256), "shows the remote's SHA-256 to pin");
    assert.ok(![...s.d.state.values()].some((r) => r.name === "z"));
    assertConsistent(s.sim, s.d);
  });

  itLeaksNoSecret(s);
});
