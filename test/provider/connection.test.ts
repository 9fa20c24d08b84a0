import { strict as assert } from "assert";
import { requireConnection, resolveConnection } from "../../provider/connection";
import { normalizeBaseUrl as normalizeVrmsUrl } from "../../sdk/url";

describe("provider/connection", () => {
  const env = {
    VRMS_URL: "https://env.test",
    VRMS_USERNAME: "env-user",
    VRMS_PASSWORD: "env-pass",
    VRMS_THUMBPRINT: "AA".repeat(20),
    VRMS_INSECURE: "1",
  };

  it("takes the input first, then the environment, field by field", () => {
    const r = resolveConnection({ vrmsUsername: "input-user" }, env);
    assert.deepEqual(r.settings, {
      url: "https://env.test",
      username: "input-user",
      password: "env-pass",
      thumbprint: "AA".repeat(20),
      caBundle: undefined,
      insecure: true,
    });
    assert.deepEqual(r.sources, {
      url: "env",
      username: "input",
      password: "env",
      thumbprint: "env",
      insecure: "env",
    });
  });

  it("explains every way to supply what is missing, without values", () => {
    assert.throws(
      () => requireConnection({ vrmsPassword: "Secret-1" }, {}),
      (e: Error) =>
        /vrmsUrl/.test(e.message) &&
        /pulumi config set vr-pairing:url/.test(e.message) &&
        /VRMS_USERNAME/.test(e.message) &&
        !e.message.includes("Secret-1"),
    );
  });

  it("normalizes the URL forms to the API base", () => {
    const base = "https://vrms.test/api/rest/vr/v2";
    assert.equal(normalizeVrmsUrl("vrms.test"), base);
    assert.equal(normalizeVrmsUrl("https://vrms.test/"), base);
    assert.equal(normalizeVrmsUrl("https://VRMS.test:443/api/rest/vr/v2/"), base);
    assert.equal(normalizeVrmsUrl("vrms.test:8443"), "https://vrms.test:8443/api/rest/vr/v2");
    assert.equal(normalizeVrmsUrl("http://127.0.0.1:80/x"), "http://127.0.0.1/x");
  });
});
