import { strict as assert } from "assert";
import { ForceDeleteRequiredError, PartialUpdateError } from "../../provider/errors";
import type { PairingOutputs } from "../../provider/outputs";
import { useSimulatorPerTest } from "../support/simulator";
import { inputsFor, isPlainJson, Raw, rejection, useProviderSandbox } from "./harness";

describe("provider lifecycle against the simulator", () => {
  const s = useSimulatorPerTest();
  const box = useProviderSandbox();

  it("creates, waits, reads back and returns full plain-JSON outputs", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    const live = s.sim.control.pairings();
    assert.equal(live.length, 1);
    assert.equal(id, live[0].pairing_id);
    assert.equal(outs.pairingId, id);
    assert.equal(outs.connectionStatus, "connected");
    assert.equal(outs.remoteVcServer?.id, s.sim.remoteSites[0].vcId);
    assert.equal(outs.localVrms?.status, "OK");
    assert.deepEqual(outs.issues, []);
    assert.equal(outs.lastTask?.status, "SUCCESS");
    assert.equal(outs.lastTask?.operation, "create");
    assert.match(outs.lastTask?.completeTime ?? "", /^\d{4}-\d\d-\d\dT/);
    assert.equal(outs.remotePscPort, 443);
    assert.equal(outs.forceDelete, false);
    assert.equal((outs as unknown as Raw).__provider, undefined);
    assert.ok(isPlainJson(outs));
    assert.ok(
      box.lines.some((l) => /pairing-0: create \d+% SUCCESS/.test(l)),
      box.lines.join("\n"),
    );
    assert.equal(s.sim.control.counters().requests["POST /pairings"], 1);
    const printed = box.lines.join("\n");
    assert.ok(!printed.includes(String(inputs.remotePscPassword)));
    assert.ok(!printed.includes(String(inputs.vrmsPassword)));
  });

  it("the create reads back without a remote session: the unstated remote status is null, no issues asked, no warning; refresh reads it full", async () => {
    assert.ok(s.sim.remoteSiteContract, "the vendor's remote-site contract is on");
    const { id, outs } = await box.provider().create(inputsFor(s.sim));
    const requests = s.sim.control.counters().requests;
    assert.equal(requests["POST /pairings/{pairing_id}/remote-session"], undefined);
    assert.equal(requests["GET /pairings/{pairing_id}/issues"], undefined);
    assert.equal(outs.connectionStatus, "connected");
    assert.equal(outs.remoteVrms?.status, null, "the VRMS did not state it");
    assert.ok(outs.remoteVrms?.id, "the remote VRMS's identity is still recorded");
    assert.equal(outs.localVrms?.status, "OK");
    assert.deepEqual(outs.issues, []);
    assert.ok(!box.lines.some((l) => /warning|partial/i.test(l)), box.lines.join("\n"));
    const refreshed = (await box.provider().read(id, outs)).props;
    assert.equal(
      s.sim.control.counters().requests["POST /pairings/{pairing_id}/remote-session"],
      1,
    );
    assert.equal(refreshed.remoteVrms?.status, "OK");
    assert.equal(refreshed.connectionStatus, "connected");
  });

  it("refuses a VRMS whose certificate does not match the pin, naming what it presented", async () => {
    const inputs = inputsFor(s.sim, 0, { vrmsThumbprint: "AB".repeat(32) });
    const err = await rejection(box.provider().create(inputs));
    assert.match(err.message, new RegExp(s.sim.thumbprints.sha256));
    assert.ok(!err.message.includes(s.sim.users[0].password));
    assert.equal(s.sim.control.counters().logins, 0);
  });

  it("trusts a CA bundle instead of a pin, and refuses an untrusted self-signed VRMS", async () => {
    const viaCa = inputsFor(s.sim, 0, {
      vrmsThumbprint: undefined,
      vrmsCaBundle: s.sim.certificatePem,
    });
    const { id } = await box.provider().create(viaCa);
    assert.equal(s.sim.control.pairings()[0].pairing_id, id);

    const untrusted = inputsFor(s.sim, 1, { vrmsThumbprint: undefined });
    const err = await rejection(box.provider().create(untrusted));
    assert.match(err.message, /certificate|TLS|trust/i);
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("reports a reconnect of a pairing deleted behind our back with what to do", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    s.sim.control.deletePairing(id);
    const news = inputsFor(s.sim, 0, {
      remotePscThumbprint: s.sim.remoteSites[0].thumbprintSha256,
    });
    const err = await rejection(box.provider().update(id, outs, news));
    assert.match(err.message, /pulumi refresh/);
  });

  it("fails a create with the task's message, and no password in it", async () => {
    const inputs = inputsFor(s.sim, 0, { remotePscPassword: "Wrong-Pass-123" });
    const err = await rejection(box.provider().create(inputs));
    assert.match(err.message, /Wrong remote credentials/);
    assert.ok(!err.message.includes("Wrong-Pass-123"));
    assert.ok(!err.message.includes(s.sim.users[0].password));
    assert.equal(s.sim.control.pairings().length, 0);
  });

  it("reads the live pairing and its issues; a pairing gone behind our back reads as empty id", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    const healthy = await box.provider().read(id, { ...outs, __provider: "x" } as never);
    assert.equal(healthy.id, id);
    assert.equal(healthy.props?.connectionStatus, "connected");
    assert.equal(healthy.props?.remotePscPassword, inputs.remotePscPassword);

    s.sim.control.breakPairing(id);
    const broken = await box.provider().read(id, outs);
    assert.notEqual(broken.props?.connectionStatus, "connected");
    assert.ok((broken.props?.issues.length ?? 0) > 0);
    assert.ok(isPlainJson(broken.props));

    s.sim.control.deletePairing(id);
    const gone = await box.provider().read(id, outs);
    assert.equal(gone.id, "");
  });

  it("drift: an unhealthy read makes diff report a change and update reconnects it", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    s.sim.control.breakPairing(id);
    const refreshed = (await box.provider().read(id, outs)).props!;
    const d = await box.provider().diff(id, refreshed, inputs);
    assert.equal(d.changes, true);
    assert.deepEqual(d.replaces ?? [], []);

    s.sim.control.resetCounters();
    const { outs: after } = await box.provider().update(id, refreshed, inputs);
    assert.equal(
      s.sim.control.counters().requests["POST /pairings/{pairing_id}/actions/reconnect"],
      1,
    );
    assert.equal(after?.connectionStatus, "connected");
    assert.equal(after?.lastTask?.operation, "reconnect");
    const healthyDiff = await box.provider().diff(id, after!, inputs);
    assert.equal(healthyDiff.changes, false);
  });

  it("reconnects with the new spec when a remote PSC field changes", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    const news = inputsFor(s.sim, 0, {
      remotePscThumbprint: s.sim.remoteSites[0].thumbprintSha256,
    });
    const d = await box.provider().diff(id, outs, news);
    assert.equal(d.changes, true);
    s.sim.control.resetCounters();
    const { outs: after } = await box.provider().update(id, outs, news);
    assert.equal(
      s.sim.control.counters().requests["POST /pairings/{pairing_id}/actions/reconnect"],
      1,
    );
    assert.equal(after?.remotePscThumbprint, s.sim.remoteSites[0].thumbprintSha256);

    const badPort = inputsFor(s.sim, 0, { remotePscPort: 8443 });
    const err = await rejection(box.provider().update(id, after!, badPort));
    assert.match(err.message, /Connection refused/);
  });

  it("updates forceDelete, timeouts, local credentials and adoption flags without any request", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    const news = inputsFor(s.sim, 0, {
      forceDelete: true,
      timeouts: { create: "2h", delete: "90s" },
      vrmsPassword: "Rotated-Local!",
      adoptExisting: false,
      adoptPairingId: id,
    });
    const d = await box.provider().diff(id, outs, news);
    assert.equal(d.changes, true);
    assert.deepEqual(d.replaces ?? [], []);
    s.sim.control.resetCounters();
    const { outs: after } = await box.provider().update(id, outs, news);
    assert.equal(s.sim.control.counters().total, 0);
    assert.equal(after?.forceDelete, true);
    assert.deepEqual(after?.timeouts, { create: "2h", update: "30m", delete: "90s" });
    assert.equal(after?.vrmsPassword, "Rotated-Local!");
    assert.equal(after?.pairingId, id);
    assert.deepEqual(after?.remoteVrms, outs.remoteVrms);
    assert.ok(isPlainJson(after));
  });

  it("remote gone for good: forceDelete lands in state though the reconnect fails, then destroy works", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    s.sim.control.setSiteUp(s.sim.remoteSites[0].vcId, false);
    const refreshed = (await box.provider().read(id, outs)).props;
    assert.equal(refreshed.connectionStatus, "disconnected");
    const news = inputsFor(s.sim, 0, {
      forceDelete: true,
      remotePscThumbprint: s.sim.remoteSites[0].thumbprintSha256,
    });
    const err = await rejection(box.provider().update(id, refreshed, news));
    assert.ok(err instanceof PartialUpdateError, String(err));
    assert.match(err.message, /Remote site is down/);
    assert.equal(err.id, id);
    const saved = err.properties as never as PairingOutputs;
    assert.equal(saved.forceDelete, true);
    // The remote PSC change is not recorded, so the next up still tries the reconnect.
    assert.equal(saved.remotePscThumbprint, outs.remotePscThumbprint);
    assert.equal(saved.connectionStatus, "disconnected");
    assert.equal((saved as never as Raw).__provider, news.__provider);
    assert.equal((await box.provider().diff(id, saved, news)).changes, true);

    await box.provider().delete(id, saved);
    assert.equal(s.sim.control.pairings().length, 0);
  });

  it("deletes, and treats a pairing already gone as deleted", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    await box.provider().delete(id, outs);
    assert.equal(s.sim.control.pairings().length, 0);
    assert.equal(s.sim.control.counters().requests["DELETE /pairings/{pairing_id}"], 1);
    await box.provider().delete(id, outs); // 404 from the VRMS state recorded: gone, nothing sent
    assert.equal(s.sim.control.counters().requests["DELETE /pairings/{pairing_id}"], 1);
  });

  it("remote site down: delete without force says to set forceDelete, with force it works", async () => {
    const inputs = inputsFor(s.sim);
    const { id, outs } = await box.provider().create(inputs);
    s.sim.control.setSiteUp(s.sim.remoteSites[0].vcId, false);
    const err = await rejection(box.provider().delete(id, outs));
    assert.ok(err instanceof ForceDeleteRequiredError, String(err));
    assert.match(err.message, /forceDelete: true/);
    // The create opened no remote session (issue 25), so the delete's remote login is what
    // finds the site down, as it does in a destroy's fresh host.
    assert.match(err.message, /is not reachable/);
    assert.equal(s.sim.control.pairings().length, 1);

    await box.provider().delete(id, { ...outs, forceDelete: true });
    assert.equal(s.sim.control.pairings().length, 0);
  });
});
