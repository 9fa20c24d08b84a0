import { strict as assert } from "assert";
import { checkInputs } from "../../provider/check";
import { diffPairing } from "../../provider/diff";
import { vrmsUrlOf } from "../../provider/diff-facts";
import { UNKNOWN } from "../../provider/inputs";
import { NO_ENV, validInputs } from "./fixtures";

// A real certificate: Check refuses PEM that does not parse.
const REMOTE_CERT = [
  "-----BEGIN CERTIFICATE-----",
  "MIIBnDCCAUOgAwIBAgIUAPZeReaHQc7gDoIQwkSdoZB6UFkwCgYIKoZIzj0EAwIw",
  "JDEiMCAGA1UEAwwZdmMtcmVtb3RlLTAyLmV4YW1wbGUudGVzdDAeFw0yNjExMjMx",
  "MTAxNTlaFw0zNjExMjAxMTAxNTlaMCQxIjAgBgNVBAMMGXZjLXJlbW90ZS0wMi5l",
  "eGFtcGxlLnRlc3QwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATFZ1TP2EJ7m2xW",
  "734EBffDTakjjw1905fDenrim65nI7pl7h0/ZjTx2Xy9OIHFXqJ7ryapY2nGHWXq",
  "ihemy/qPo1MwUTAdBgNVHQ4EFgQUVYg75vJ+vWqKr7yz3cxdNHshq3wwHwYDVR0j",
  "BBgwFoAUVYg75vJ+vWqKr7yz3cxdNHshq3wwDwYDVR0TAQH/BAUwAwEB/zAKBggq",
  "hkjOPQQDAgNHADBEAiAOOVyjQ/W/ScB9DQ6tRPkG/eFBKKNrtdKLrsuoXdPybgIg",
  "WQdnWs2UBSASw/KoEZWly0T6X7aDm16MFGBw6g+f2tc=",
  "-----END CERTIFICATE-----",
].join("\n");

type Raw = Record<string, unknown>;

function news(over: Raw = {}): Raw {
  return { ...checkInputs(validInputs(over), NO_ENV).inputs, __provider: "exports.handler = new" };
}

/** Old outputs as state holds them after a healthy create. */
function olds(over: Raw = {}): Raw {
  return {
    ...checkInputs(validInputs(), NO_ENV).inputs,
    pairingId: "p-1",
    connectionStatus: "connected",
    issues: [],
    lastTask: { id: "t-1", operation: "create", status: "SUCCESS" },
    __provider: "exports.handler = old",
    ...over,
  };
}

/** The pure diff with the one fact these cases need: where the new inputs point. */
function diff(before: Raw, after: Raw, env: NodeJS.ProcessEnv) {
  return diffPairing(before, after, { vrmsUrl: vrmsUrlOf(after, env) });
}

describe("provider/diff", () => {
  it("reports nothing when nothing changed, even when __provider did", () => {
    const d = diff(olds(), news(), NO_ENV);
    assert.equal(d.changes, false);
    assert.deepEqual(d.replaces, []);
  });

  it("replaces on remoteVcId", () => {
    const d = diff(olds(), news({ remoteVcId: "another-vc" }), NO_ENV);
    assert.deepEqual(d.replaces, ["remoteVcId"]);
    assert.equal(d.changes, true);
  });

  it("never replaces on a VRMS URL: another address is handed on, another spelling is no change", () => {
    const d = diff(olds(), news({ vrmsUrl: "https://other.test" }), NO_ENV);
    assert.deepEqual(d.replaces, []);
    assert.equal(d.changes, true);
    assert.deepEqual(d.readdressed, {
      from: "https://vrms.example.test",
      to: "https://other.test",
    });
    for (const same of [
      "vrms.example.test",
      "https://vrms.example.test/api/rest/vr/v2/",
      "HTTPS://VRMS.EXAMPLE.TEST:443",
      "vrms.example.test.",
    ]) {
      const spelled = diff(olds(), news({ vrmsUrl: same }), NO_ENV);
      assert.equal(spelled.changes, false, same);
      assert.equal(spelled.readdressed, undefined, same);
    }
  });

  it("compares the URL resolved from the environment when the input is absent", () => {
    const env = { VRMS_URL: "https://VRMS.example.test:443/" };
    assert.equal(diff(olds(), news({ vrmsUrl: undefined }), env).changes, false);
    const moved = diff(olds(), news({ vrmsUrl: undefined }), { VRMS_URL: "https://b.test" });
    assert.deepEqual(moved.replaces, []);
    assert.deepEqual(moved.readdressed, {
      from: "https://vrms.example.test",
      to: "https://b.test",
    });
  });

  it("reconnects on every remote PSC field", () => {
    const changes: Raw = {
      remotePscHost: "vc-remote-02.example.test",
      remotePscPort: 8443,
      remotePscThumbprint: "ab".repeat(20),
      remotePscCertificate: REMOTE_CERT,
      remotePscUsername: "someone@vsphere.local",
      remotePscPassword: "Rotated!",
    };
    for (const [k, v] of Object.entries(changes)) {
      const d = diff(olds(), news({ [k]: v }), NO_ENV);
      assert.equal(d.changes, true, k);
      assert.equal(d.reconnect, true, k);
      assert.deepEqual(d.replaces, [], k);
      assert.deepEqual(d.reconnectKeys, [k]);
    }
  });

  it("treats a thumbprint in another case or without colons as the same", () => {
    const tp = "AB:".repeat(19) + "AB";
    const before = olds({ remotePscThumbprint: tp });
    const d = diff(before, news({ remotePscThumbprint: "ab".repeat(20) }), NO_ENV);
    assert.equal(d.changes, false);
  });

  it("updates without a call on local settings and flags", () => {
    const changes: Raw = {
      forceDelete: true,
      timeouts: { create: "2h" },
      vrmsUsername: "other@vsphere.local",
      vrmsPassword: "Rotated!",
      vrmsThumbprint: "cd".repeat(32),
      vrmsInsecure: true,
    };
    for (const [k, v] of Object.entries(changes)) {
      const d = diff(olds(), news({ [k]: v }), NO_ENV);
      assert.equal(d.changes, true, k);
      assert.equal(d.reconnect, false, k);
      assert.deepEqual(d.replaces, [], k);
    }
  });

  it("reports a change when the last read found the pairing unhealthy", () => {
    for (const status of ["degraded", "disconnected"]) {
      const d = diff(olds({ connectionStatus: status }), news(), NO_ENV);
      assert.equal(d.changes, true);
      assert.equal(d.reconnect, true);
      assert.equal(d.unhealthy, true);
    }
  });

  it("reports a change when a create was still running", () => {
    const d = diff(
      olds({ lastTask: { id: "t-9", operation: "create", status: "RUNNING" } }),
      news(),
      NO_ENV,
    );
    assert.equal(d.changes, true);
    assert.equal(d.resumeCreate, true);
  });

  it("plans nothing when only a create-time setting (adoptExisting, adoptPairingId) changed", () => {
    for (const [key, was, now] of [
      ["adoptExisting", true, undefined],
      ["adoptExisting", undefined, false],
      ["adoptExisting", false, true],
      ["adoptPairingId", undefined, "p-1"],
      ["adoptPairingId", "p-1", undefined],
    ] as const) {
      const d = diff(olds({ [key]: was }), news({ [key]: now }), NO_ENV);
      assert.deepEqual([d.changes, d.reasons], [false, []], `${key}: ${was} → ${now}`);
    }
  });

  it("treats state without defaults (older versions) as holding the defaults", () => {
    const before = olds();
    delete before.forceDelete;
    delete before.timeouts;
    delete before.remotePscPort;
    assert.equal(diff(before, news(), NO_ENV).changes, false);
  });

  it("treats unknown values as changes of their kind", () => {
    assert.deepEqual(diff(olds(), news({ remoteVcId: UNKNOWN }), NO_ENV).replaces, ["remoteVcId"]);
    assert.equal(diff(olds(), news({ remotePscHost: UNKNOWN }), NO_ENV).reconnect, true);
    // An address not known yet is no reason to replace: the provider asks once it is known.
    const url = diff(olds(), news({ vrmsUrl: UNKNOWN }), NO_ENV);
    assert.deepEqual(url.replaces, []);
    assert.deepEqual(url.readdressed, { from: "https://vrms.example.test" });
    assert.equal(url.changes, true);
  });
});
