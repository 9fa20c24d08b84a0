import { strict as assert } from "assert";
import { checkInputs } from "../../provider/check";
import { UNKNOWN } from "../../provider/inputs";
import { NO_ENV, validInputs } from "./fixtures";

const SHA1 = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01";
const SHA256 = "ab".repeat(32);

function failuresOf(news: Record<string, unknown>, env = NO_ENV) {
  return checkInputs(news, env).failures;
}

function propertyFailing(news: Record<string, unknown>, env = NO_ENV): string[] {
  return failuresOf(news, env).map((f) => f.property);
}

describe("provider/check", () => {
  it("accepts valid inputs and fills every default", () => {
    const { inputs, failures } = checkInputs(validInputs(), NO_ENV);
    assert.deepEqual(failures, []);
    assert.equal(inputs.remotePscPort, 443);
    assert.equal(inputs.forceDelete, false);
    assert.equal(inputs.adoptExisting, undefined, "unset: only a recovery is taken over");
    for (const flag of [true, false]) {
      assert.equal(
        checkInputs({ ...validInputs(), adoptExisting: flag }, NO_ENV).inputs.adoptExisting,
        flag,
      );
    }
    assert.deepEqual(inputs.timeouts, { create: "30m", update: "30m", delete: "30m" });
  });

  it("names each missing required field", () => {
    const failing = propertyFailing({});
    for (const p of [
      "vrmsUrl",
      "vrmsUsername",
      "vrmsPassword",
      "remoteVcId",
      "remotePscHost",
      "remotePscUsername",
      "remotePscPassword",
    ]) {
      assert.ok(failing.includes(p), `${p} in ${failing.join(",")}`);
    }
    const url = failuresOf({}).find((f) => f.property === "vrmsUrl");
    assert.match(url!.reason, /vr-pairing:url/);
    assert.match(url!.reason, /VRMS_URL/);
  });

  it("rejects an empty remoteVcId", () => {
    assert.deepEqual(propertyFailing(validInputs({ remoteVcId: "  " })), ["remoteVcId"]);
  });

  it("requires https unless insecure", () => {
    assert.deepEqual(propertyFailing(validInputs({ vrmsUrl: "http://vrms.example.test" })), [
      "vrmsUrl",
    ]);
    assert.deepEqual(
      propertyFailing(validInputs({ vrmsUrl: "http://vrms.example.test", vrmsInsecure: true })),
      [],
    );
    assert.deepEqual(propertyFailing(validInputs({ vrmsUrl: "ftp://vrms" })), ["vrmsUrl"]);
    const withCreds = failuresOf(validInputs({ vrmsUrl: "https://admin:Pw-In-Url@vrms.test" }));
    assert.deepEqual(
      withCreds.map((f) => f.property),
      ["vrmsUrl"],
    );
    assert.ok(!JSON.stringify(withCreds).includes("Pw-In-Url"));
    assert.deepEqual(propertyFailing(validInputs({ vrmsUrl: "vrms.example.test:8443" })), []);
  });

  it("checks the port range", () => {
    for (const bad of [0, 65536, -1, 1.5, "abc"]) {
      assert.deepEqual(propertyFailing(validInputs({ remotePscPort: bad })), ["remotePscPort"]);
    }
    assert.equal(
      checkInputs(validInputs({ remotePscPort: "8443" }), NO_ENV).inputs.remotePscPort,
      8443,
    );
    assert.deepEqual(propertyFailing(validInputs({ remotePscPort: 65535 })), []);
  });

  it("validates and normalizes thumbprints", () => {
    const { inputs, failures } = checkInputs(
      validInputs({ remotePscThumbprint: SHA256, vrmsThumbprint: SHA1.toLowerCase() }),
      NO_ENV,
    );
    assert.deepEqual(failures, []);
    assert.equal(inputs.remotePscThumbprint, SHA256.toUpperCase().match(/../g)!.join(":"));
    assert.equal(inputs.vrmsThumbprint, SHA1);
    assert.deepEqual(propertyFailing(validInputs({ remotePscThumbprint: "AB:CD" })), [
      "remotePscThumbprint",
    ]);
    assert.deepEqual(propertyFailing(validInputs({ vrmsThumbprint: "zz".repeat(20) })), [
      "vrmsThumbprint",
    ]);
  });

  it("validates timeouts per operation", () => {
    const f = failuresOf(validInputs({ timeouts: { create: "soon", delete: "10m", later: "1m" } }));
    assert.deepEqual(f.map((x) => x.property).sort(), ["timeouts.create", "timeouts.later"]);
    assert.match(f.find((x) => x.property === "timeouts.create")!.reason, /"30m", "1h30m"/);
    const ok = checkInputs(validInputs({ timeouts: { delete: "1h30m" } }), NO_ENV).inputs;
    assert.deepEqual(ok.timeouts, { create: "30m", update: "30m", delete: "1h30m" });
    assert.deepEqual(propertyFailing(validInputs({ timeouts: "30m" })), ["timeouts"]);
  });

  it("rejects booleans that are not booleans and unknown keys", () => {
    assert.deepEqual(propertyFailing(validInputs({ forceDelete: "maybe" })), ["forceDelete"]);
    assert.deepEqual(propertyFailing(validInputs({ remotePscUrl: "x" })), ["remotePscUrl"]);
  });

  it("rejects a CA bundle that holds no certificate", () => {
    assert.deepEqual(propertyFailing(validInputs({ vrmsCaBundle: "/no/such/file.pem" })), [
      "vrmsCaBundle",
    ]);
  });

  it("lets connection fields come from the environment", () => {
    const news = validInputs({
      vrmsUrl: undefined,
      vrmsUsername: undefined,
      vrmsPassword: undefined,
    });
    const env = { VRMS_URL: "https://env.example.test", VRMS_USERNAME: "u", VRMS_PASSWORD: "p" };
    const { inputs, failures } = checkInputs(news, env);
    assert.deepEqual(failures, []);
    // Nothing from the environment is copied into the inputs (it would land in state).
    assert.equal(inputs.vrmsUrl, undefined);
    assert.equal(inputs.vrmsPassword, undefined);
    assert.deepEqual(propertyFailing(news, { ...env, VRMS_URL: "http://env.example.test" }), [
      "vrmsUrl",
    ]);
    assert.deepEqual(
      propertyFailing(news, { ...env, VRMS_URL: "http://env.example.test", VRMS_INSECURE: "true" }),
      [],
    );
    assert.deepEqual(propertyFailing(news, { ...env, VRMS_THUMBPRINT: "nope" }), [
      "vrmsThumbprint",
    ]);
  });

  it("passes values unknown during preview through unchecked", () => {
    const { inputs, failures } = checkInputs(
      validInputs({
        remoteVcId: UNKNOWN,
        remotePscPort: UNKNOWN,
        vrmsUrl: UNKNOWN,
        timeouts: UNKNOWN,
      }),
      NO_ENV,
    );
    assert.deepEqual(failures, []);
    assert.equal(inputs.remoteVcId, UNKNOWN);
    assert.equal(inputs.timeouts, UNKNOWN);
  });

  it("never quotes a password in a failure", () => {
    const f = failuresOf(validInputs({ remotePscPort: 0, remotePscPassword: "Sup3r-Secret" }));
    assert.ok(f.length > 0);
    assert.ok(!JSON.stringify(f).includes("Sup3r-Secret"));
  });

  it("unwraps secret-wrapped values", () => {
    const sig = "4dabf18193072939515e22adb298388d";
    const wrapped = { [sig]: "1b47061264138c4ac30d75fd1eb44270", value: "Remote-01-Pass!" };
    const { inputs, failures } = checkInputs(validInputs({ remotePscPassword: wrapped }), NO_ENV);
    assert.deepEqual(failures, []);
    assert.equal(inputs.remotePscPassword, "Remote-01-Pass!");
  });
});
