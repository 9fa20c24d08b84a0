// Remote sessions against the simulator with the vendor's remote-site contract on: reads are
// partial without one, a non-force delete is refused without one; the client opens one per
// pairing per local session, shares it, opens it again after a re-login, and fails fast with
// typed errors when the remote site is down or refuses the credentials.
import * as assert from "node:assert/strict";
import { pairingSpec, rawClient, useSimulator } from "../support/simulator";
import {
  partialDataOf,
  VrmsHttpError,
  VrmsRemoteAuthError,
  VrmsRemoteSiteUnreachableError,
  type RemoteCredentials,
  type VrmsClient,
} from "../../sdk";
import { Capture, fastClient } from "./helpers";

describe("sdk remote sessions (simulator with the remote-site contract on)", function () {
  this.timeout(30_000);
  const h = useSimulator({ remoteSiteCount: 12, remoteSiteContract: true });
  const capture = new Capture();
  let client: VrmsClient;
  const pairings: string[] = [];

  const site = (i: number) => h.sim.remoteSites[i];
  const creds = (i: number): RemoteCredentials => ({
    username: site(i).username,
    password: site(i).password,
  });
  const remoteLogins = () =>
    h.sim.control.counters().requests["POST /pairings/{pairing_id}/remote-session"] ?? 0;

  before(async () => {
    const setup = fastClient(h.sim, capture, { requestBudget: false });
    for (let i = 0; i < 12; i++) {
      const done = await setup.waitForTask(await setup.createPairing(pairingSpec(site(i))));
      pairings.push(String(done.result?.pairing_id ?? done.entity));
    }
    await setup.dispose();
  });
  beforeEach(() => {
    client = fastClient(h.sim, capture, { requestBudget: false });
    h.sim.control.resetCounters();
  });
  afterEach(() => client.dispose());

  it("without a remote session a read is partial and says why; with one it is full, one login", async () => {
    const partial = partialDataOf(await client.getPairing(pairings[0]));
    assert.ok(partial?.remoteSessionMissing, "partial: no remote session");
    assert.match(partial.reason, /remote session/);
    const full = await client.getPairing(pairings[0], { remote: creds(0) });
    assert.equal(partialDataOf(full), undefined);
    assert.equal(
      partialDataOf(await client.getPairingIssueList(pairings[0], { remote: creds(0) })),
      undefined,
    );
    await client.getPairing(pairings[0], { remote: creds(0) });
    assert.equal(remoteLogins(), 1, "one remote login per pairing per local session");
    assert.equal(client.remoteLoginCount, 1);
  });

  it("concurrent reads of many pairings: one remote login each, the reads still batched and full", async () => {
    await client.login();
    h.sim.control.resetCounters();
    const read = await Promise.all(
      pairings.slice(0, 10).map((id, i) => client.getPairing(id, { remote: creds(i) })),
    );
    assert.equal(remoteLogins(), 10);
    assert.equal(h.sim.control.counters().logins, 0, "no extra local login");
    h.sim.control.resetCounters();
    const again = await Promise.all(
      pairings.slice(0, 10).map((id, i) => client.getPairing(id, { remote: creds(i) })),
    );
    assert.ok(
      [...read, ...again].every((p) => p && partialDataOf(p) === undefined),
      "all full",
    );
    assert.equal(remoteLogins(), 0, "the second round logs in nowhere");
    const c = h.sim.control.counters().requests;
    assert.equal(
      c["GET /pairings/{pairing_id}"] ?? 0,
      0,
      "no single reads: the second round is one batch",
    );
    assert.equal(c["GET /pairings"], 1);
  });

  it("single flight: five callers of one pairing share one remote login", async () => {
    await Promise.all(
      Array.from({ length: 5 }, () => client.ensureRemoteSession(pairings[1], creds(1))),
    );
    assert.equal(remoteLogins(), 1);
  });

  it("a new local session (expired) opens the remote session again, and the read is full", async () => {
    await client.getPairing(pairings[2], { remote: creds(2) });
    h.sim.control.expireSessions();
    const p = await client.getPairing(pairings[2], { remote: creds(2) });
    assert.equal(partialDataOf(p), undefined);
    assert.equal(remoteLogins(), 2);
    assert.equal(client.loginCount, 2);
  });

  it("a non-force delete needs the remote session: refused without, done with", async () => {
    const refused = await capture.failure(client.deletePairing(pairings[3]));
    assert.ok(refused instanceof VrmsHttpError && refused.errorCode === "REMOTE_SESSION_REQUIRED");
    const task = await client.deletePairing(pairings[3], { remote: creds(3) });
    assert.equal((await client.waitForTask(task)).status, "SUCCESS");
    assert.equal(h.sim.control.counters().requests["DELETE /pairings/{pairing_id}"], 2);
  });

  it("wrong remote credentials: VrmsRemoteAuthError naming the user, never the password", async () => {
    const wrong = { username: site(4).username, password: "Rotated-Remote-Pass-9" };
    const err = await capture.failure(client.getPairing(pairings[4], { remote: wrong }));
    assert.ok(err instanceof VrmsRemoteAuthError, String(err));
    assert.equal(err.pairingId, pairings[4]);
    assert.match(
      err.message,
      new RegExp(`failed for user ${site(4).username}.*check the remote user name and password`),
    );
    assert.ok(!err.message.includes("Rotated-Remote-Pass-9"));
    assert.equal(remoteLogins(), 1, "not retried");
  });

  it("remote site down: VrmsRemoteSiteUnreachableError at once, and not asked again for a minute", async () => {
    h.sim.control.setSiteUp(site(5).vcId, false);
    try {
      const first = await capture.failure(client.ensureRemoteSession(pairings[5], creds(5)));
      assert.ok(first instanceof VrmsRemoteSiteUnreachableError, String(first));
      assert.equal(first.pairingId, pairings[5]);
      assert.ok(first.retryAt - Date.now() > 50_000);
      const second = await capture.failure(client.getPairing(pairings[5], { remote: creds(5) }));
      assert.ok(second instanceof VrmsRemoteSiteUnreachableError);
      assert.equal(remoteLogins(), 1, "one remote login, not retried, not repeated");
    } finally {
      h.sim.control.setSiteUp(site(5).vcId, true);
    }
  });

  it("createRemoteSession logs in at once, even while the remote site is held back as unreachable", async () => {
    h.sim.control.setSiteUp(site(6).vcId, false);
    try {
      const down = await capture.failure(client.ensureRemoteSession(pairings[6], creds(6)));
      assert.ok(down instanceof VrmsRemoteSiteUnreachableError, String(down));
    } finally {
      h.sim.control.setSiteUp(site(6).vcId, true);
    }
    const held = await capture.failure(client.ensureRemoteSession(pairings[6], creds(6)));
    assert.ok(held instanceof VrmsRemoteSiteUnreachableError, "ensure still holds back");
    await client.createRemoteSession(pairings[6], creds(6));
    assert.equal(remoteLogins(), 2, "the explicit login was sent");
    assert.equal(
      partialDataOf(await client.getPairing(pairings[6], { remote: creds(6) })),
      undefined,
    );
    assert.equal(remoteLogins(), 2, "and is the session the read uses");
  });

  it("close() logs out the local session, and the remote sessions it opened end with it", async () => {
    await client.ensureRemoteSession(pairings[7], creds(7));
    await client.ensureRemoteSession(pairings[8], creds(8));
    const sid = h.sim.control.sessionIds().at(-1)!;
    const raw = rawClient(h.sim, sid);
    const remoteSession = (i: number) => raw.get(`/pairings/${pairings[i]}/remote-session`);
    assert.equal((await remoteSession(7)).status, 200, "open before close");
    await client.close();
    const c = h.sim.control.counters();
    assert.equal(c.logins, 1);
    assert.equal(c.logouts, 1, "one logout, for the one login");
    assert.equal(remoteLogins(), 2);
    for (const i of [7, 8]) {
      assert.equal(
        (await remoteSession(i)).status,
        401,
        `remote session ${i} ended with the local one`,
      );
    }
    await assert.rejects(client.getPairing(pairings[7]), /disposed/);
    await client.close(); // twice is fine: nothing more is sent
    assert.equal(h.sim.control.counters().logouts, 1);
  });

  it("secret scan: no remote password in anything logged or thrown", () => {
    const text = capture.text();
    for (let i = 0; i < 6; i++)
      assert.ok(!text.includes(site(i).password), `site ${i} password leaked`);
    assert.ok(!text.includes("Rotated-Remote-Pass-9"));
  });
});
