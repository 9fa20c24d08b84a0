import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import { startSimulator } from "../../simulator";
import { SESSION_HEADER } from "../../sdk/wire";
import { FAST_TASKS, login, pairWith, rawClient, useSimulator } from "../support/simulator";
import { assertError, assertComponent } from "./assertions";

describe("simulator: sessions", () => {
  // The remote session's pre-contract answers (404 before a POST); remote-contract.test.ts
  // covers the contract's.
  const h = useSimulator({
    remoteSiteContract: false,
    users: [
      { username: "administrator@vsphere.local", password: "VMware1!" },
      { username: "viewer@vsphere.local", password: "Viewer1!", readOnly: true },
    ],
  });

  it("logs in with Basic auth and answers {session_id}", async () => {
    const res = await rawClient(h.sim).post("/session", undefined, {
      auth: { username: "administrator@vsphere.local", password: "VMware1!" },
    });
    assert.equal(res.status, 200);
    assertComponent("SessionIdData", res.data);
    assert.match(res.data.session_id, /\S{16,}/);
  });

  it("treats the SSO user name case-insensitively, the password not", async () => {
    const ok = await rawClient(h.sim).post("/session", undefined, {
      auth: { username: "Administrator@VSPHERE.local", password: "VMware1!" },
    });
    assert.equal(ok.status, 200);
    const bad = await rawClient(h.sim).post("/session", undefined, {
      auth: { username: "administrator@vsphere.local", password: "vmware1!" },
    });
    assert.equal(bad.status, 401);
  });

  for (const [what, headers] of [
    [
      "wrong password",
      {
        authorization: `Basic ${Buffer.from("administrator@vsphere.local:nope").toString("base64")}`,
      },
    ],
    ["no Authorization header", {}],
    ["a non-Basic scheme", { authorization: "Bearer abc" }],
    ["garbage base64", { authorization: "Basic !!!" }],
  ] as const) {
    it(`answers 401 with no body for ${what}`, async () => {
      const res = await rawClient(h.sim).post("/session", undefined, { headers });
      assert.equal(res.status, 401);
      assert.equal(res.data, "");
      assert.equal(res.headers["content-length"], "0");
    });
  }

  it("GET /session names the user; DELETE /session logs out (204) and the id stops working", async () => {
    const sid = await login(h.sim);
    const api = rawClient(h.sim, sid);
    const who = await api.get("/session");
    assert.equal(who.status, 200);
    assertComponent("SessionInfo", who.data);
    assert.equal(who.data.username, "administrator@vsphere.local");
    const out = await api.delete("/session");
    assert.equal(out.status, 204);
    assert.equal(out.data, "");
    const after = await api.get("/session");
    assert.equal(after.status, 401);
    assert.equal(after.data, "");
  });

  it("needs x-dr-session on every other call: missing or unknown -> 401 without body", async () => {
    for (const headers of [{}, { [SESSION_HEADER]: "not-a-session" }]) {
      for (const path of ["/session", "/pairings", "/tasks", `/pairings/${h.sim.selfPairingId}`]) {
        const res = await rawClient(h.sim).get(path, { headers });
        assert.equal(res.status, 401, path);
        assert.equal(res.data, "", path);
      }
    }
  });

  it("answers 403 {error_code, message, op_id} when a read-only user tries to change something", async () => {
    const sid = await login(h.sim, { username: "viewer@vsphere.local", password: "Viewer1!" });
    const api = rawClient(h.sim, sid);
    assert.equal((await api.get("/pairings")).status, 200);
    const res = await api.post("/pairings", {
      pair_vc_id: h.sim.remoteSites[0].vcId,
      pair_psc_info: { url: "x", username: "u", password: "p" },
    });
    assert.equal(res.status, 403);
    assertError(res.data, "NOT_AUTHORIZED");
  });

  describe("remote session", () => {
    it("POST with the remote site's Basic credentials -> 204, then GET names the remote user", async () => {
      const sid = await login(h.sim);
      const api = rawClient(h.sim, sid);
      const id = await pairWith(h.sim, api, 0);
      const site = h.sim.remoteSites[0];
      const before = await api.get(`/pairings/${id}/remote-session`);
      assert.equal(before.status, 404, "no remote session yet");
      const post = await api.post(`/pairings/${id}/remote-session`, undefined, {
        auth: { username: site.username, password: site.password },
      });
      assert.equal(post.status, 204);
      assert.equal(post.data, "");
      const get = await api.get(`/pairings/${id}/remote-session`);
      assert.equal(get.status, 200);
      assertComponent("SessionInfo", get.data);
      assert.equal(get.data.username, site.username);
      // The remote login belongs to this local session only.
      const other = rawClient(h.sim, await login(h.sim));
      assert.equal((await other.get(`/pairings/${id}/remote-session`)).status, 404);
    });

    it("rejects wrong remote credentials (403), missing ones (400), an unknown pairing (404) and a down site (500)", async () => {
      const api = rawClient(h.sim, await login(h.sim));
      const id = await pairWith(h.sim, api, 1);
      const site = h.sim.remoteSites[1];
      const wrong = await api.post(`/pairings/${id}/remote-session`, undefined, {
        auth: { username: site.username, password: "wrong" },
      });
      assert.equal(wrong.status, 403);
      assertError(wrong.data, "REMOTE_AUTHENTICATION_FAILED");
      assert.ok(!JSON.stringify(wrong.data).includes("wrong"), "no password echoed");
      const missing = await api.post(`/pairings/${id}/remote-session`);
      assert.equal(missing.status, 400);
      assertError(missing.data, "MISSING_REMOTE_CREDENTIALS");
      const unknown = await api.post(
        `/pairings/00000000-0000-4000-8000-000000000000/remote-session`,
        undefined,
        {
          auth: { username: site.username, password: site.password },
        },
      );
      assert.equal(unknown.status, 404);
      assert.equal(unknown.data, "");
      h.sim.control.setSiteUp(site.vcId, false);
      try {
        const down = await api.post(`/pairings/${id}/remote-session`, undefined, {
          auth: { username: site.username, password: site.password },
        });
        assert.equal(down.status, 500);
        assertError(down.data, "REMOTE_SITE_UNREACHABLE");
      } finally {
        h.sim.control.setSiteUp(site.vcId, true);
      }
    });
  });
});

describe("simulator: session idle expiry", () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => clock?.restore());

  it("expires a session idle longer than sessionIdleTimeoutMs; use keeps it alive", async () => {
    const sim = await startSimulator({ taskDurations: FAST_TASKS, sessionIdleTimeoutMs: 300_000 });
    try {
      // Only Date is faked: sockets and timers stay real.
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
      const active = rawClient(sim, await login(sim));
      const idle = rawClient(sim, await login(sim));
      clock.tick(200_000);
      assert.equal((await active.get("/session")).status, 200);
      clock.tick(200_000);
      assert.equal((await active.get("/session")).status, 200, "used 200 s ago: alive");
      const res = await idle.get("/session");
      assert.equal(res.status, 401, "idle 400 s: expired");
      assert.equal(res.data, "");
    } finally {
      await sim.stop();
    }
  });

  it("never expires sessions when no idle timeout is set", async () => {
    const sim = await startSimulator({ taskDurations: FAST_TASKS });
    try {
      clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
      const api = rawClient(sim, await login(sim));
      clock.tick(24 * 3600 * 1000);
      assert.equal((await api.get("/session")).status, 200);
    } finally {
      await sim.stop();
    }
  });
});
