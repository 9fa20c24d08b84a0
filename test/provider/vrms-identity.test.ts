import { strict as assert } from "assert";
import * as net from "node:net";
import { VrmsIdentityUnverifiedError } from "../../provider/errors";
import { UNKNOWN } from "../../provider/inputs";
import type { PairingOutputs } from "../../provider/outputs";
import { judgeIdentity } from "../../provider/vrms-identity";
import type { Pairing } from "../../sdk";
import type { Simulator } from "../../simulator";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { useSimulator } from "../support/simulator";
import { inputsFor, Raw, rejection, useProviderSandbox } from "./harness";

const PAIRING = "p-1";
const REMOTE = "remote-vc";
const recorded = { remoteVcId: REMOTE, localVrmsId: "vrms-a", localVcId: "vc-a" };
const pairing = (remote: string, vrms = "vrms-a", vc = "vc-a"): Pairing => ({
  pairing_id: PAIRING,
  remote_vc_server: { id: remote },
  local_vrms: { id: vrms },
  local_vc_server: { id: vc },
});

describe("provider/vrms-identity: the rule", () => {
  it("the same VRMS when the pairing is there and pairs the recorded remote vCenter", () => {
    const v = judgeIdentity(PAIRING, recorded, pairing(REMOTE), { vrmsId: "vrms-a", vcId: "vc-a" });
    assert.equal(v.kind, "same");
    // State from before local ids were read: the pairing alone is enough.
    const old = judgeIdentity(PAIRING, { remoteVcId: REMOTE }, pairing(REMOTE), {
      vrmsId: "x",
      vcId: "y",
    });
    assert.equal(old.kind, "same");
  });

  it("the same VRMS when the pairing is gone but the local ids are the recorded ones", () => {
    const v = judgeIdentity(PAIRING, recorded, null, { vrmsId: "VRMS-A", vcId: "vc-a" });
    assert.equal(v.kind, "same");
    assert.match(v.kind === "same" ? v.detail : "", /not there .*refresh/);
  });

  it("another VRMS when any recorded id differs, or nothing can show it is the same", () => {
    const cases: [
      string,
      Pairing | null,
      { vrmsId: string | null; vcId: string | null },
      RegExp,
    ][] = [
      ["other ids", null, { vrmsId: "vrms-b", vcId: "vc-b" }, /VRMS id is vrms-b.*vrms-a/],
      [
        "same id, other remote",
        pairing("other-vc"),
        { vrmsId: "vrms-a", vcId: "vc-a" },
        /other-vc/,
      ],
      [
        "same id, other VRMS",
        pairing(REMOTE, "vrms-b"),
        { vrmsId: "vrms-b", vcId: "vc-a" },
        /vrms-b/,
      ],
      ["nothing listed", null, { vrmsId: null, vcId: null }, /lists no pairing/],
    ];
    for (const [name, found, site, why] of cases) {
      const v = judgeIdentity(PAIRING, recorded, found, site);
      assert.equal(v.kind, "another", name);
      assert.match(v.kind === "another" ? v.detail : "", why, name);
    }
    const unrecorded = judgeIdentity(PAIRING, { remoteVcId: REMOTE }, null, {
      vrmsId: "vrms-a",
      vcId: "vc-a",
    });
    assert.match(unrecorded.kind === "another" ? unrecorded.detail : "", /recorded no local/);
  });
});

describe("provider diff: a new VRMS address asks the VRMS there who it is", function () {
  this.timeout(30_000);
  const a = useSimulator();
  const b = useSimulator({ localSite: "site-b" });
  const box = useProviderSandbox();
  let id: string;
  let outs: PairingOutputs;

  before(async () => {
    ({ id, outs } = await box.provider().create(inputsFor(a.sim)));
  });

  const requestsOn = (sim: Simulator) => sim.control.counters().total;
  const at = (sim: Simulator, url: string, over: Raw = {}) =>
    inputsFor(sim, 0, { vrmsUrl: url, ...over });
  const localhost = () => a.sim.url.replace("127.0.0.1", "localhost");

  it("another name of the same VRMS is an update that records it, sending nothing more", async () => {
    const before = a.sim.control.counters();
    const news = at(a.sim, localhost());
    const d = await box.provider().diff(id, outs as unknown as Raw, news);
    assert.deepEqual(d, { changes: true });
    assert.match(
      box.lines.join("\n"),
      /vrmsUrl changed from .*127\.0\.0\.1.* to .*localhost.*: the same VRMS \(pairing/,
    );
    const asked = a.sim.control.counters();
    assert.equal(
      asked.requests["GET /pairings/{pairing_id}"] -
        (before.requests["GET /pairings/{pairing_id}"] ?? 0),
      1,
    );
    const { outs: updated } = await box.provider().update(id, outs as unknown as Raw, news);
    assert.equal(updated.vrmsUrl, localhost());
    assert.equal(updated.pairingId, id);
    assert.equal(requestsOn(a.sim), asked.total, "the update itself sends nothing");
    assert.equal(a.sim.control.pairings().length, 1);
  });

  it("another VRMS is a replace, and the line says what differed", async () => {
    const d = await box
      .provider()
      .diff(
        id,
        outs as unknown as Raw,
        at(b.sim, b.sim.url, { vrmsThumbprint: b.sim.thumbprints.sha256 }),
      );
    assert.deepEqual(d.replaces, ["vrmsUrl"]);
    assert.equal(d.deleteBeforeReplace, true);
    const line = box.lines.join("\n");
    assert.ok(
      line.includes(`vrmsUrl changed from ${a.sim.url} to ${b.sim.url}: another VRMS`),
      line,
    );
    assert.ok(line.includes(`state recorded ${a.sim.localVrmsId}`), line);
  });

  it("a new address that cannot be asked fails the preview instead of planning a replace", async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((r) => server.close(r));
    const closed = `https://127.0.0.1:${port}`;
    // The client's retries of the refused connection wait on fake time.
    const clock = installFakeTime();
    const err = await untilSettled(
      clock,
      rejection(box.provider().diff(id, outs as unknown as Raw, at(a.sim, closed))),
    ).finally(() => clock.restore());
    assert.ok(err instanceof VrmsIdentityUnverifiedError, String(err));
    assert.ok(err.message.includes(`from ${a.sim.url} to ${closed}`), err.message);
    assert.match(err.message, /Nothing was planned/);

    const refused = at(b.sim, b.sim.url, {
      vrmsThumbprint: b.sim.thumbprints.sha256,
      vrmsPassword: "wrong",
    });
    const denied = await rejection(box.provider().diff(id, outs as unknown as Raw, refused));
    assert.ok(denied instanceof VrmsIdentityUnverifiedError, String(denied));
    assert.match(denied.message, /login failed/);
    assert.ok(!denied.message.includes(a.sim.users[0].password));
  });

  it("an address not known yet (preview) plans an update and asks nothing", async () => {
    const before = requestsOn(a.sim) + requestsOn(b.sim);
    const d = await box.provider().diff(id, outs as unknown as Raw, at(a.sim, UNKNOWN));
    assert.deepEqual(d, { changes: true });
    assert.match(box.lines.join("\n"), /asked once the address is known/);
    assert.equal(requestsOn(a.sim) + requestsOn(b.sim), before);
  });
});
