import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import type { AxiosInstance } from "axios";
import type { IssueList, MetaError, PairingEntity, PairingList, Task } from "../../sdk/wire";
import { startSimulator } from "../../simulator";
import { parseCliOptions, USAGE } from "../../simulator/cli";
import { resolveOptions } from "../../simulator/simulator-options";
import { FAST_TASKS, login, pairWith, rawClient, useSimulatorPerTest } from "../support/simulator";
import type { Simulator } from "../../simulator";
import { assertComponent, assertError } from "./assertions";

async function openRemoteSession(sim: Simulator, api: AxiosInstance, id: string, index = 0) {
  const site = sim.remoteSites[index];
  const res = await api.post(`/pairings/${id}/remote-session`, undefined, {
    auth: { username: site.username, password: site.password },
  });
  assert.equal(res.status, 204, JSON.stringify(res.data));
}

const codes = (errors: MetaError[] | undefined) => (errors ?? []).map((e) => e.code);

describe("simulator: the vendor's remote-site contract (remoteSiteContract: true)", () => {
  const h = useSimulatorPerTest({ remoteSiteContract: true });
  let api: AxiosInstance;
  let id: string;
  beforeEach(async () => {
    api = rawClient(h.sim, await login(h.sim));
    id = await pairWith(h.sim, api, 0);
  });

  it("GET /pairings/{id} without a remote session is partial: _meta.errors names the remote site", async () => {
    const res = await api.get(`/pairings/${id}`);
    assert.equal(res.status, 200);
    const p: PairingEntity = res.data;
    assertComponent("PairingDrResponseEntity", p);
    assert.equal(p._meta?.errors?.length, 1);
    const [e] = p._meta!.errors!;
    assert.equal(e.code, "REMOTE_SITE_NOT_AUTHENTICATED");
    assert.equal(e.field, "$.remote_vrms");
    assert.match(e.message ?? "", new RegExp(h.sim.remoteSites[0].name));
    assert.match(e.message ?? "", /remote-session/);
    // Last known identity, a status only the remote site could confirm.
    assert.equal(p.remote_vrms?.server_status, "WARNING");
    assert.equal(p.remote_vrms?.name, "vrms-remote-01.example.test");
    assert.equal(p.local_vrms?.server_status, "OK");
  });

  it("after POST .../remote-session the same session reads full data; another session does not", async () => {
    await openRemoteSession(h.sim, api, id);
    const full: PairingEntity = (await api.get(`/pairings/${id}`)).data;
    assert.deepEqual(full._meta?.errors, []);
    assert.equal(full.remote_vrms?.server_status, "OK");
    const other = rawClient(h.sim, await login(h.sim));
    assert.deepEqual(codes((await other.get(`/pairings/${id}`)).data._meta.errors), [
      "REMOTE_SITE_NOT_AUTHENTICATED",
    ]);
  });

  it("GET /pairings flags each partial entry at $.list[i].remote_vrms; the self pairing is full", async () => {
    const second = await pairWith(h.sim, api, 1);
    await openRemoteSession(h.sim, api, second, 1);
    const list: PairingList = (await api.get("/pairings")).data;
    assertComponent("PairingDrResponseList", list);
    assert.deepEqual(
      list.list?.map((p) => p.pairing_id),
      [h.sim.selfPairingId, id, second],
    );
    assert.deepEqual(
      list._meta?.errors?.map((e) => [e.code, e.field]),
      [["REMOTE_SITE_NOT_AUTHENTICATED", "$.list[1].remote_vrms"]],
    );
    assert.equal(list.list?.[1].remote_vrms?.server_status, "WARNING");
    assert.equal(list.list?.[2].remote_vrms?.server_status, "OK");
  });

  it("a broken pairing read without a remote session keeps the ERROR this site knows about", async () => {
    h.sim.control.breakPairing(id, "certificate changed");
    const p: PairingEntity = (await api.get(`/pairings/${id}`)).data;
    assert.equal(p.remote_vrms?.server_status, "ERROR");
    assert.deepEqual(codes(p._meta?.errors), ["REMOTE_SITE_NOT_AUTHENTICATED"]);
  });

  it("GET .../issues is partial the same way, and full with a remote session", async () => {
    const partial: IssueList = (await api.get(`/pairings/${id}/issues`)).data;
    assertComponent("IssueInfoDrResponseList", partial);
    assert.deepEqual(
      partial._meta?.errors?.map((e) => [e.code, e.field]),
      [["REMOTE_SITE_NOT_AUTHENTICATED", "$.list"]],
    );
    await openRemoteSession(h.sim, api, id);
    assert.deepEqual((await api.get(`/pairings/${id}/issues`)).data._meta.errors, []);
  });

  it("a remote site that is down: REMOTE_SITE_UNREACHABLE on reads and issues, with or without a remote session", async () => {
    const site = h.sim.remoteSites[0];
    const withRemote = rawClient(h.sim, await login(h.sim));
    await openRemoteSession(h.sim, withRemote, id);
    h.sim.control.setSiteUp(site.vcId, false);
    for (const client of [api, withRemote]) {
      const p: PairingEntity = (await client.get(`/pairings/${id}`)).data;
      assert.deepEqual(codes(p._meta?.errors), ["REMOTE_SITE_UNREACHABLE"]);
      assert.equal(p.remote_vrms?.server_status, "ERROR");
      const issues: IssueList = (await client.get(`/pairings/${id}/issues`)).data;
      assertComponent("IssueInfoDrResponseList", issues);
      assert.deepEqual(codes(issues._meta?.errors), ["REMOTE_SITE_UNREACHABLE"]);
      assert.match(issues._meta?.errors?.[0].message ?? "", new RegExp(site.name));
    }
  });

  it("a non-force DELETE without a remote session answers 400 REMOTE_SESSION_REQUIRED and starts no task", async () => {
    const res = await api.delete(`/pairings/${id}`);
    assert.equal(res.status, 400);
    assertError(res.data, "REMOTE_SESSION_REQUIRED");
    assert.match(res.data.message, new RegExp(`POST /pairings/${id}/remote-session`));
    assert.match(res.data.message, /force=true/);
    assert.equal(h.sim.control.tasks().filter((t) => t.description === "Delete pairing").length, 0);
    assert.equal(h.sim.control.pairings().length, 1);
  });

  it("a non-force DELETE with a remote session deletes on both sites", async () => {
    await openRemoteSession(h.sim, api, id);
    const res = await api.delete(`/pairings/${id}`);
    assert.equal(res.status, 202);
    const task: Task = await h.sim.control.whenTaskSettled(res.data.id);
    assert.equal(task.status, "SUCCESS");
    assert.equal(h.sim.control.pairings().length, 0);
  });

  it("DELETE with force=true needs no remote session", async () => {
    const res = await api.delete(`/pairings/${id}`, { params: { force: true } });
    assert.equal(res.status, 202);
    assert.equal((await h.sim.control.whenTaskSettled(res.data.id)).status, "SUCCESS");
    assert.equal(h.sim.control.pairings().length, 0);
  });

  it("GET .../remote-session without one is 400 REMOTE_SITE_NOT_AUTHENTICATED; with one while the site is down, 500", async () => {
    const none = await api.get(`/pairings/${id}/remote-session`);
    assert.equal(none.status, 400);
    assertError(none.data, "REMOTE_SITE_NOT_AUTHENTICATED");
    assert.match(none.data.message, /POST \/pairings\/.*\/remote-session/);
    await openRemoteSession(h.sim, api, id);
    assert.equal((await api.get(`/pairings/${id}/remote-session`)).status, 200);
    h.sim.control.setSiteUp(h.sim.remoteSites[0].vcId, false);
    const down = await api.get(`/pairings/${id}/remote-session`);
    assert.equal(down.status, 500);
    assertError(down.data, "REMOTE_SITE_UNREACHABLE");
  });

  it("remote sessions end with the local session: logout, and expiry", async () => {
    const sessionId = await login(h.sim);
    const client = rawClient(h.sim, sessionId);
    await openRemoteSession(h.sim, client, id);
    assert.deepEqual((await client.get(`/pairings/${id}`)).data._meta.errors, []);
    assert.equal((await client.delete("/session")).status, 204);
    const again = rawClient(h.sim, await login(h.sim));
    assert.deepEqual(codes((await again.get(`/pairings/${id}`)).data._meta.errors), [
      "REMOTE_SITE_NOT_AUTHENTICATED",
    ]);
    await openRemoteSession(h.sim, again, id);
    h.sim.control.expireSessions();
    const renewed = rawClient(h.sim, await login(h.sim));
    assert.equal((await renewed.get(`/pairings/${id}/remote-session`)).status, 400);
  });

  it("a rotated remote password: the old one fails with 403, an open remote session stays valid", async () => {
    await openRemoteSession(h.sim, api, id);
    const site = h.sim.remoteSites[0];
    const old = site.password;
    // Over the HTTP control surface, as a demo would.
    const ctl = rawClient(h.sim);
    ctl.defaults.baseURL = h.sim.controlUrl;
    const rotated = await ctl.post(`/sites/${site.vcId}/password`, { password: "Rotated-1!" });
    assert.equal(rotated.status, 204);
    assert.equal(site.password, "Rotated-1!");
    const other = rawClient(h.sim, await login(h.sim));
    const wrong = await other.post(`/pairings/${id}/remote-session`, undefined, {
      auth: { username: site.username, password: old },
    });
    assert.equal(wrong.status, 403);
    assertError(wrong.data, "REMOTE_AUTHENTICATION_FAILED");
    assert.deepEqual((await api.get(`/pairings/${id}`)).data._meta.errors, []);
    assert.equal((await ctl.post("/sites/nope/password", { password: "x" })).status, 404);
    assert.equal((await ctl.post(`/sites/${site.vcId}/password`, {})).status, 400);
    h.sim.control.setSitePassword(site.vcId, old);
    assert.equal(site.password, old);
    assert.throws(() => h.sim.control.setSitePassword("nope", "x"), /no remote site/);
  });

  it("tasks are FULL_DATA: GET /tasks/{id} has no _meta.errors without a remote session", async () => {
    const task = h.sim.control.tasks()[0];
    assert.deepEqual((await api.get(`/tasks/${task.id}`)).data._meta, { errors: [] });
    assert.deepEqual((await api.get("/tasks")).data._meta.errors, []);
  });
});

describe("simulator: remote-site contract switch", () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it("off: full data and a non-force delete without a remote session (the behaviour before the contract)", async () => {
    const sim = await startSimulator({ taskDurations: FAST_TASKS, remoteSiteContract: false });
    try {
      assert.equal(sim.remoteSiteContract, false);
      const api = rawClient(sim, await login(sim));
      const id = await pairWith(sim, api, 0);
      assert.deepEqual((await api.get(`/pairings/${id}`)).data._meta.errors, []);
      assert.deepEqual((await api.get(`/pairings/${id}/issues`)).data._meta.errors, []);
      assert.equal((await api.get(`/pairings/${id}/remote-session`)).status, 404);
      const del = await api.delete(`/pairings/${id}`);
      assert.equal(del.status, 202);
      assert.equal((await sim.control.whenTaskSettled(del.data.id)).status, "SUCCESS");
    } finally {
      await sim.stop();
    }
  });

  it("idle expiry ends the remote session with the local one", async () => {
    const sim = await startSimulator({
      taskDurations: FAST_TASKS,
      remoteSiteContract: true,
      sessionIdleTimeoutMs: 60_000,
    });
    try {
      const api = rawClient(sim, await login(sim));
      const id = await pairWith(sim, api, 0);
      await openRemoteSession(sim, api, id);
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
      clock.tick(61_000);
      assert.equal((await api.get(`/pairings/${id}`)).status, 401);
      const again = rawClient(sim, await login(sim));
      assert.equal((await again.get(`/pairings/${id}/remote-session`)).status, 400);
    } finally {
      await sim.stop();
    }
  });

  it("CLI: --remote-site-contract / --no-remote-site-contract / VRSIM_REMOTE_SITE_CONTRACT", () => {
    assert.equal(parseCliOptions([], {})?.remoteSiteContract, undefined, "absent: the default");
    assert.equal(parseCliOptions(["--remote-site-contract"], {})?.remoteSiteContract, true);
    assert.equal(
      parseCliOptions(["--no-remote-site-contract"], { VRSIM_REMOTE_SITE_CONTRACT: "1" })
        ?.remoteSiteContract,
      false,
      "flag wins over env",
    );
    assert.equal(
      parseCliOptions([], { VRSIM_REMOTE_SITE_CONTRACT: "off" })?.remoteSiteContract,
      false,
    );
    assert.equal(
      parseCliOptions([], { VRSIM_REMOTE_SITE_CONTRACT: "true" })?.remoteSiteContract,
      true,
    );
    assert.throws(
      () => parseCliOptions([], { VRSIM_REMOTE_SITE_CONTRACT: "maybe" }),
      /VRSIM_REMOTE_SITE_CONTRACT must be 1 or 0/,
    );
  });

  it("CLI: --help states the default the simulator starts with", () => {
    const started = resolveOptions(parseCliOptions([], {}) ?? {}).remoteSiteContract;
    const stated = /--\[no-\]remote-site-contract[\s\S]*?\(default (on|off)\)/.exec(USAGE)?.[1];
    assert.equal(stated, started ? "on" : "off");
  });
});
