import * as assert from "assert";
import { PropertyMap } from "../../tools/engine";
import { capturePairing } from "../../tools/engine/pairing";
import { assertConsistent } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/** Every invalid input fails Check naming the property; nothing reaches the VRMS. */
describe("reliability: bad inputs through Check", function () {
  this.timeout(60_000);
  const s = useStage();
  const URL_PASSWORD = "Url-Embedded-Pass-5521!";
  let urn = "";
  let good: PropertyMap = {};

  before(async () => {
    s.ledger.secret(URL_PASSWORD);
    const r = await capturePairing("bad", s.args(0), {
      project: "vr-pairing-reliability",
      stack: "test",
    });
    urn = s.host.urn(r.type, r.name);
    good = r.inputs;
  });

  // property → values the engine could send for it (the wire shape: any JSON).
  const cases: [string, PropertyMap][] = [
    ["vrmsUrl", { vrmsUrl: "ftp://vrms.example.test" }],
    ["vrmsUrl", { vrmsUrl: "http://vrms.example.test" }],
    ["vrmsUrl", { vrmsUrl: `https://admin:${URL_PASSWORD}@vrms.example.test` }],
    ["vrmsUrl", { vrmsUrl: "https://exa mple.test:99999" }],
    ["vrmsUsername", { vrmsUsername: 42 }],
    ["vrmsThumbprint", { vrmsThumbprint: "AB:CD" }],
    ["vrmsCaBundle", { vrmsCaBundle: "-----BEGIN CERTIFICATE-----\nnot base64\n" }],
    ["vrmsInsecure", { vrmsInsecure: "perhaps" }],
    ["remoteVcId", { remoteVcId: "" }],
    ["remotePscHost", { remotePscHost: "  " }],
    ["remotePscPort", { remotePscPort: 70000 }],
    ["remotePscPort", { remotePscPort: "https" }],
    ["remotePscThumbprint", { remotePscThumbprint: "zz:zz" }],
    ["remotePscCertificate", { remotePscCertificate: "not a certificate" }],
    ["remotePscCertificate", { remotePscCertificate: "-----BEGIN CERTIFICATE-----\nMIIB" }],
    ["remotePscUsername", { remotePscUsername: "" }],
    ["remotePscPassword", { remotePscPassword: "" }],
    ["forceDelete", { forceDelete: "sometimes" }],
    ["adoptExisting", { adoptExisting: 3 }],
    ["timeouts", { timeouts: "30m" }],
    ["timeouts.create", { timeouts: { create: "soon" } }],
    ["timeouts.update", { timeouts: { update: "0s" } }],
    ["timeouts.delete", { timeouts: { delete: 30 } }],
    ["timeouts.later", { timeouts: { later: "5m" } }],
    // Issue 16 bugs 6 and 9: longer than a timer can hold; a resource name that is no string.
    ["timeouts.create", { timeouts: { create: "600h" } }],
    ["resourceName", { resourceName: { name: "a" } }],
    ["resourceName", { resourceName: 7 }],
    ["remoteVcid", { remoteVcid: "typo" }],
  ];

  for (const [property, change] of cases) {
    it(`${property} = ${JSON.stringify(Object.values(change)[0])}: a failure naming ${property}`, async () => {
      const news = { ...good, ...change };
      const { failures } = await s.host.check({ urn, olds: {}, news });
      for (const f of failures) s.ledger.see(`check ${property}`, `${f.property}: ${f.reason}`);
      assert.ok(
        failures.some((f) => f.property === property && f.reason.length > 10),
        `failures: ${JSON.stringify(failures)}`,
      );
    });
  }

  it("missing required inputs each get their own failure", async () => {
    const news: PropertyMap = { __provider: good.__provider };
    const { failures } = await s.host.check({ urn, olds: {}, news });
    const named = failures.map((f) => f.property).sort();
    for (const p of [
      "remotePscHost",
      "remotePscPassword",
      "remotePscUsername",
      "remoteVcId",
      "vrmsUrl",
    ]) {
      assert.ok(named.includes(p), `${p} in ${named}`);
    }
  });

  it("up with a bad input fails before any call, naming the property", async () => {
    const err = await s.upFails({ a: s.args(0, { remotePscPort: 0 }) });
    assert.match(Stage.details(err), /remotePscPort/);
    assert.strictEqual(s.d.state.size, 0);
  });

  it("nothing at all was sent to the VRMS", () => {
    const c = s.sim.control.counters();
    assert.deepStrictEqual([c.total, c.logins], [0, 0]);
    assertConsistent(s.sim, s.d);
  });

  it("a valid set passes Check (the cases above are not failing for another reason)", async () => {
    const { failures } = await s.host.check({ urn, olds: {}, news: good });
    assert.deepStrictEqual(failures, []);
    await s.up({ a: s.args(0) }); // and the login for the closing secret scan
  });

  itLeaksNoSecret(s);
});
