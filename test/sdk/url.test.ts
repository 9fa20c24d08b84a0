import * as assert from "node:assert/strict";
import { VrmsError } from "../../sdk/vrms-errors";
import { normalizeBaseUrl, plainHttpRefusal } from "../../sdk/url";

describe("sdk url", () => {
  it("normalises the VRMS url", () => {
    assert.equal(normalizeBaseUrl("vrms.example.test"), "https://vrms.example.test/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("vrms:8443"), "https://vrms:8443/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("https://vrms/"), "https://vrms/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("https://vrms/api/rest/vr/v2/"), "https://vrms/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("http://127.0.0.1:1/x"), "http://127.0.0.1:1/x");
    assert.throws(() => normalizeBaseUrl(""), VrmsError);
    assert.throws(() => normalizeBaseUrl("ftp://x"), /https/);
    assert.throws(() => normalizeBaseUrl("https://u:secret@h"), /credentials/);
  });

  it("gives every spelling of one address the same text", () => {
    const one = "https://vrms.example.test/api/rest/vr/v2";
    for (const spelling of [
      "HTTPS://VRMS.Example.TEST",
      "https://vrms.example.test:443",
      "https://vrms.example.test:443/api/rest/vr/v2/",
      "vrms.example.test.",
      "https://vrms.example.test.:443/",
      " vrms.example.test/ ",
    ]) {
      assert.equal(normalizeBaseUrl(spelling), one, spelling);
    }
    assert.equal(normalizeBaseUrl("http://sim:80/"), "http://sim/api/rest/vr/v2");
    assert.equal(normalizeBaseUrl("https://[::1]:443"), "https://[::1]/api/rest/vr/v2");
    assert.notEqual(normalizeBaseUrl("https://vrms.example.test:8443"), one);
  });

  it("plain http:// only with insecure, and never with a pin or CA bundle", () => {
    const http = "http://sim.local:8080/api/rest/vr/v2";
    assert.equal(plainHttpRefusal(http, {}), "needs-insecure");
    assert.equal(plainHttpRefusal(http, { insecure: true }), undefined);
    assert.equal(plainHttpRefusal(http, { insecure: true, thumbprint: "AB" }), "pin-over-http");
    assert.equal(plainHttpRefusal(http, { caBundle: ["pem"] }), "ca-over-http");
    assert.equal(plainHttpRefusal("https://vrms/api/rest/vr/v2", { thumbprint: "AB" }), undefined);
  });
});
