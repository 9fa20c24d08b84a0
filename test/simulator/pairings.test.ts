import { strict as assert } from "node:assert";
import type { AxiosInstance } from "axios";
import type { Pairing, PairingEntity, Task } from "../../sdk/wire";
import { startSimulator } from "../../simulator";
import {
  createPairing,
  pairWith,
  pairingSpec,
  session,
  useSimulatorPerTest,
} from "../support/simulator";
import { installFakeTime } from "../support/fake-time";
import { assertEpochMs, assertError, assertComponent } from "./assertions";

const UNKNOWN_ID = "00000000-0000-4000-8000-000000000000";

describe("simulator: pairings", () => {
  // Full data for every session: this suite tests the pairing work, not the remote-site
  // contract (remote-contract.test.ts does).
  const h = useSimulatorPerTest({ remoteSiteCount: 3, remoteSiteContract: false });
  let api: AxiosInstance;
  beforeEach(async () => {
    api = await session(h.sim);
  });

  describe("the self pairing", () => {
    it("is listed even with no pairings, local and remote being this site", async () => {
      const res = await api.get("/pairings");
      assert.equal(res.status, 200);
      assertComponent("PairingDrResponseList", res.data);
      assert.equal(res.data.list.length, 1);
      const self: Pairing = res.data.list[0];
      assert.equal(self.pairing_id, h.sim.selfPairingId);
      assert.equal(self.local_vc_server?.id, h.sim.localVcId);
      assert.equal(self.remote_vc_server?.id, h.sim.localVcId);
      assert.equal(self.local_vrms?.id, self.remote_vrms?.id);
      const one = await api.get(`/pairings/${h.sim.selfPairingId}`);
      assert.equal(one.status, 200);
      assertComponent("PairingDrResponseEntity", one.data);
      assert.deepEqual(h.sim.control.pairings(), [], "control.pairings() leaves it out");
    });

    it("cannot be reconnected or deleted (400)", async () => {
      const del = await api.delete(`/pairings/${h.sim.selfPairingId}`);
      assert.equal(del.status, 400);
      assertError(del.data, "INVALID_OPERATION");
      const rec = await api.post(
        `/pairings/${h.sim.selfPairingId}/actions/reconnect`,
        pairingSpec(h.sim.remoteSites[0]),
      );
      assert.equal(rec.status, 400);
      assertError(rec.data, "INVALID_OPERATION");
    });

    it("has an empty issue list", async () => {
      const res = await api.get(`/pairings/${h.sim.selfPairingId}/issues`);
      assert.equal(res.status, 200);
      assertComponent("IssueInfoDrResponseList", res.data);
      assert.deepEqual(res.data.list, []);
    });
  });

  it("GET of an unknown pairing is 404 with no body", async () => {
    for (const path of [`/pairings/${UNKNOWN_ID}`, `/pairings/${UNKNOWN_ID}/issues`]) {
      const res = await api.get(path);
      assert.equal(res.status, 404, path);
      assert.equal(res.data, "");
    }
  });

  describe("create", () => {
    it("answers 202 with a QUEUED task that turns RUNNING with progress and ends SUCCESS; the pairing appears only then", async () => {
      h.sim.control.freezeTasks(true);
      const site = h.sim.remoteSites[0];
      const res = await api.post("/pairings", pairingSpec(site));
      assert.equal(res.status, 202);
      assertComponent("TaskDrResponseEntity", res.data);
      const queued: Task = res.data;
      assert.equal(queued.status, "QUEUED");
      assert.equal(queued.description, "Create pairing");
      assert.equal(queued.entity_name, site.name);
      assert.equal(queued.progress, 0);
      assertEpochMs(queued.queued_time, "queued_time");
      assert.equal(queued.start_time, null);
      assert.equal(queued.complete_time, null);
      const pairingId = String(queued.entity);

      // Frozen tasks turn RUNNING and stay there; nothing is paired yet.
      let running: Task = queued;
      while (running.status === "QUEUED") {
        await new Promise((r) => setImmediate(r));
        running = (await api.get(`/tasks/${queued.id}`)).data;
      }
      assert.equal(running.status, "RUNNING");
      assertComponent("TaskDrResponseEntity", running);
      assertEpochMs(running.start_time, "start_time");
      assert.equal(
        (await api.get(`/pairings/${pairingId}`)).status,
        404,
        "not there while RUNNING",
      );

      h.sim.control.freezeTasks(false);
      const done = await h.sim.control.whenTaskSettled(queued.id);
      const final: Task = (await api.get(`/tasks/${queued.id}`)).data;
      assertComponent("TaskDrResponseEntity", final);
      assert.equal(final.status, "SUCCESS");
      assert.equal(final.progress, 100);
      assert.deepEqual(final.result, { pairing_id: pairingId });
      assert.equal(final.error, null);
      assertEpochMs(final.complete_time, "complete_time");
      assert.ok(
        final.queued_time! <= final.start_time! && final.start_time! <= final.complete_time!,
      );
      assert.equal(done.status, "SUCCESS");

      const got = await api.get(`/pairings/${pairingId}`);
      assert.equal(got.status, 200);
      assertComponent("PairingDrResponseEntity", got.data);
      const p: PairingEntity = got.data;
      assert.equal(p.pairing_id, pairingId);
      assert.equal(p.remote_vc_server?.id, site.vcId);
      assert.equal(p.remote_vc_server?.name, site.name);
      assert.equal(p.local_vc_server?.id, h.sim.localVcId);
      for (const s of [p.local_vc_server, p.remote_vc_server, p.local_vrms, p.remote_vrms]) {
        assert.equal(s?.server_status, "OK");
      }
      assert.deepEqual(p._meta?.errors, []);
      assert.equal(h.sim.control.pairings().length, 1);
    });

    it("reports progress between 0 and 100 while RUNNING", async () => {
      // Steps of 100 ms, read every 50 ms of fake time: no step can be missed.
      const clock = installFakeTime();
      const sim = await startSimulator({ taskDurations: { queuedMs: 5, createMs: 400 } });
      try {
        const slow = await session(sim);
        const res = await slow.post("/pairings", pairingSpec(sim.remoteSites[0]));
        const seen = new Set<number>();
        const id: string = res.data.id;
        while (true) {
          const t: Task = (await slow.get(`/tasks/${id}`)).data;
          if (t.status === "RUNNING") seen.add(t.progress ?? -1);
          if (t.status !== "QUEUED" && t.status !== "RUNNING") break;
          await clock.tickAsync(50);
        }
        assert.ok(
          [...seen].some((p) => p > 0 && p < 100),
          `progress seen: ${[...seen]}`,
        );
      } finally {
        await sim.stop();
        clock.restore();
      }
    });

    const accepted: [
      string,
      (s: { thumbprint: string; thumbprintSha256: string }) => string | null | undefined,
    ][] = [
      ["SHA-1 colon uppercase", (s) => s.thumbprint],
      ["SHA-1 lowercase without colons", (s) => s.thumbprint.replace(/:/g, "").toLowerCase()],
      ["SHA-256 colon uppercase", (s) => s.thumbprintSha256],
      ["SHA-256 lowercase with colons", (s) => s.thumbprintSha256.toLowerCase()],
      ["null", () => null],
      ["absent", () => undefined],
    ];
    for (const [what, thumb] of accepted) {
      it(`accepts a thumbprint given as ${what}`, async () => {
        const site = h.sim.remoteSites[0];
        const spec = pairingSpec(site, { thumbprint: thumb(site) });
        if (thumb(site) === undefined) delete spec.pair_psc_info.thumbprint;
        const task = await createPairing(h.sim, api, spec);
        assert.equal(task.status, "SUCCESS", task.error?.message);
      });
    }

    it("accepts https:// and a port in pair_psc_info.url, the host in any case, and port defaulting to 443", async () => {
      const site = h.sim.remoteSites[0];
      const spec = pairingSpec(site, { url: `https://${site.pscHost.toUpperCase()}:443/` });
      delete spec.pair_psc_info.port;
      const task = await createPairing(h.sim, api, spec);
      assert.equal(task.status, "SUCCESS", task.error?.message);
    });

    async function failure(spec: ReturnType<typeof pairingSpec>): Promise<Task> {
      const res = await api.post("/pairings", spec);
      assert.equal(
        res.status,
        202,
        "failures of the work come back in the task, not as HTTP errors",
      );
      await h.sim.control.whenTaskSettled(res.data.id);
      const task: Task = (await api.get(`/tasks/${res.data.id}`)).data;
      assertComponent("TaskDrResponseEntity", task);
      assert.equal(task.status, "ERROR");
      assert.ok(task.error?.message && task.error.details);
      assert.equal(task.result, null);
      assertEpochMs(task.complete_time, "complete_time");
      assert.equal(
        (await api.get(`/pairings/${task.entity}`)).status,
        404,
        "no pairing left behind",
      );
      return task;
    }

    it("fails with distinct messages for each cause", async () => {
      const site = h.sim.remoteSites[0];
      const messages: Record<string, string> = {};

      const unknown = await failure({ ...pairingSpec(site), pair_vc_id: UNKNOWN_ID });
      messages.unknown = unknown.error!.message!;
      assert.match(messages.unknown, /Unknown remote vCenter/);
      assert.ok(messages.unknown.includes(UNKNOWN_ID));

      const creds = await failure(pairingSpec(site, { password: "Wrong-Pass!" }));
      messages.creds = creds.error!.message!;
      assert.match(messages.creds, /Wrong remote credentials/);
      assert.ok(!JSON.stringify(creds).includes("Wrong-Pass!"), "the password is never echoed");
      const user = await failure(pairingSpec(site, { username: "someone@vsphere.local" }));
      assert.match(user.error!.message!, /Wrong remote credentials/);

      const sha1Wrong = "AA:".repeat(19) + "AA";
      const thumb = await failure(pairingSpec(site, { thumbprint: sha1Wrong }));
      messages.thumb = thumb.error!.message!;
      assert.match(messages.thumb, /Thumbprint mismatch/);
      assert.ok(messages.thumb.includes(site.thumbprint), "names the SHA-1 the remote presented");
      assert.ok(messages.thumb.includes(sha1Wrong));
      const thumb256 = await failure(pairingSpec(site, { thumbprint: "ab".repeat(32) }));
      assert.ok(
        thumb256.error!.message!.includes(site.thumbprintSha256),
        "names the SHA-256 when given a SHA-256",
      );
      const garbage = await failure(pairingSpec(site, { thumbprint: "not-a-thumbprint" }));
      assert.match(garbage.error!.message!, /Thumbprint mismatch/);

      h.sim.control.setSiteUp(site.vcId, false);
      const down = await failure(pairingSpec(site));
      messages.down = down.error!.message!;
      assert.match(messages.down, /Remote site is down/);
      h.sim.control.setSiteUp(site.vcId, true);

      const host = await failure(pairingSpec(site, { url: "vc-elsewhere.example.test" }));
      messages.host = host.error!.message!;
      assert.match(messages.host, /Cannot resolve/);
      const port = await failure(pairingSpec(site, { port: 8443 }));
      messages.port = port.error!.message!;
      assert.match(messages.port, /refused/);

      await pairWith(h.sim, api, 0);
      const again = await failure(pairingSpec(site));
      messages.already = again.error!.message!;
      assert.match(messages.already, /Already paired/);
      assert.ok(messages.already.includes(site.name));

      const distinct = new Set(Object.values(messages).map((m) => m.split(":")[0]));
      assert.equal(distinct.size, Object.keys(messages).length, JSON.stringify(messages, null, 1));
    });

    it("decides at the end of the task: a site that goes down while QUEUED fails the create", async () => {
      h.sim.control.freezeTasks(true);
      const site = h.sim.remoteSites[2];
      const res = await api.post("/pairings", pairingSpec(site));
      h.sim.control.setSiteUp(site.vcId, false);
      h.sim.control.freezeTasks(false);
      const task = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(task.status, "ERROR");
      assert.match(task.error!.message!, /Remote site is down/);
    });

    it("lets only one of two concurrent creates to the same vCenter succeed", async () => {
      const spec = pairingSpec(h.sim.remoteSites[1]);
      const [a, b] = await Promise.all([
        createPairing(h.sim, api, spec),
        createPairing(h.sim, api, spec),
      ]);
      assert.deepEqual([a.status, b.status].sort(), ["ERROR", "SUCCESS"]);
      assert.equal(h.sim.control.pairings().length, 1);
    });

    const malformed: [string, unknown][] = [
      ["an array", []],
      ["a string", "pair me"],
      ["no pair_vc_id", { pair_psc_info: { url: "a", username: "u", password: "p" } }],
      ["no pair_psc_info", { pair_vc_id: UNKNOWN_ID }],
      ["pair_psc_info not an object", { pair_vc_id: UNKNOWN_ID, pair_psc_info: "x" }],
      ["no url", { pair_vc_id: UNKNOWN_ID, pair_psc_info: { username: "u", password: "p" } }],
      ["no username", { pair_vc_id: UNKNOWN_ID, pair_psc_info: { url: "a", password: "p" } }],
      ["no password", { pair_vc_id: UNKNOWN_ID, pair_psc_info: { url: "a", username: "u" } }],
      [
        "a port that is text",
        {
          pair_vc_id: UNKNOWN_ID,
          pair_psc_info: { url: "a", port: "443", username: "u", password: "p" },
        },
      ],
      [
        "a port out of range",
        {
          pair_vc_id: UNKNOWN_ID,
          pair_psc_info: { url: "a", port: 70000, username: "u", password: "p" },
        },
      ],
      [
        "a numeric thumbprint",
        {
          pair_vc_id: UNKNOWN_ID,
          pair_psc_info: { url: "a", thumbprint: 12, username: "u", password: "p" },
        },
      ],
    ];
    for (const [what, body] of malformed) {
      it(`rejects a body with ${what} synchronously (400, no task)`, async () => {
        const res = await api.post("/pairings", JSON.stringify(body), {
          headers: { "content-type": "application/json" },
        });
        assert.equal(res.status, 400);
        assertError(res.data, "INVALID_REQUEST_BODY");
        assert.deepEqual(h.sim.control.tasks(), []);
      });
    }
  });

  describe("reconnect", () => {
    it("restores a broken pairing to healthy and clears its issues", async () => {
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.breakPairing(id);
      const broken: PairingEntity = (await api.get(`/pairings/${id}`)).data;
      assert.equal(broken.remote_vrms?.server_status, "ERROR");
      assert.equal(broken.remote_vc_server?.server_status, "WARNING");
      const issues = await api.get(`/pairings/${id}/issues`);
      assertComponent("IssueInfoDrResponseList", issues.data);
      assert.ok(issues.data.list.length > 0);

      const res = await api.post(
        `/pairings/${id}/actions/reconnect`,
        pairingSpec(h.sim.remoteSites[0]),
      );
      assert.equal(res.status, 202);
      assertComponent("TaskDrResponseEntity", res.data);
      assert.equal(res.data.description, "Reconnect pairing");
      assert.equal(res.data.entity, id);
      const task = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(task.status, "SUCCESS", task.error?.message);
      assert.deepEqual(task.result, { pairing_id: id });
      const healed: PairingEntity = (await api.get(`/pairings/${id}`)).data;
      assert.equal(healed.remote_vrms?.server_status, "OK");
      assert.equal(healed.remote_vc_server?.server_status, "OK");
      assert.deepEqual((await api.get(`/pairings/${id}/issues`)).data.list, []);
    });

    it("fails when the remote site is down, and heals once it is back", async () => {
      const site = h.sim.remoteSites[0];
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.setSiteUp(site.vcId, false);
      const res = await api.post(`/pairings/${id}/actions/reconnect`, pairingSpec(site));
      const failed = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(failed.status, "ERROR");
      assert.match(failed.error!.message!, /Remote site is down/);

      h.sim.control.setSiteUp(site.vcId, true);
      const still: PairingEntity = (await api.get(`/pairings/${id}`)).data;
      assert.notEqual(still.remote_vrms?.server_status, "OK", "stays broken until reconnected");
      const again = await api.post(`/pairings/${id}/actions/reconnect`, pairingSpec(site));
      const ok = await h.sim.control.whenTaskSettled(again.data.id);
      assert.equal(ok.status, "SUCCESS", ok.error?.message);
      assert.equal((await api.get(`/pairings/${id}`)).data.remote_vrms.server_status, "OK");
    });

    it("fails with wrong credentials or thumbprint and leaves the pairing broken", async () => {
      const site = h.sim.remoteSites[0];
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.breakPairing(id);
      const creds = await api.post(
        `/pairings/${id}/actions/reconnect`,
        pairingSpec(site, { password: "nope" }),
      );
      const t1 = await h.sim.control.whenTaskSettled(creds.data.id);
      assert.equal(t1.status, "ERROR");
      assert.match(t1.error!.message!, /Wrong remote credentials/);
      const thumb = await api.post(
        `/pairings/${id}/actions/reconnect`,
        pairingSpec(site, { thumbprint: "00".repeat(20) }),
      );
      const t2 = await h.sim.control.whenTaskSettled(thumb.data.id);
      assert.match(t2.error!.message!, /Thumbprint mismatch/);
      assert.equal((await api.get(`/pairings/${id}`)).data.remote_vrms.server_status, "ERROR");
    });

    it("fails for a spec naming another vCenter, and for a pairing deleted meanwhile", async () => {
      const id = await pairWith(h.sim, api, 0);
      const other = await api.post(
        `/pairings/${id}/actions/reconnect`,
        pairingSpec(h.sim.remoteSites[1]),
      );
      const t1 = await h.sim.control.whenTaskSettled(other.data.id);
      assert.equal(t1.status, "ERROR");
      assert.match(t1.error!.message!, /Unknown remote vCenter/);
      h.sim.control.freezeTasks(true);
      const res = await api.post(
        `/pairings/${id}/actions/reconnect`,
        pairingSpec(h.sim.remoteSites[0]),
      );
      h.sim.control.deletePairing(id);
      h.sim.control.freezeTasks(false);
      const t2 = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(t2.status, "ERROR");
      assert.match(t2.error!.message!, /no longer exists/);
    });

    it("answers 404 (no body) for an unknown pairing and 400 for a malformed body", async () => {
      const res = await api.post(
        `/pairings/${UNKNOWN_ID}/actions/reconnect`,
        pairingSpec(h.sim.remoteSites[0]),
      );
      assert.equal(res.status, 404);
      assert.equal(res.data, "");
      const id = await pairWith(h.sim, api, 0);
      const bad = await api.post(`/pairings/${id}/actions/reconnect`, { pair_vc_id: 5 });
      assert.equal(bad.status, 400);
      assertError(bad.data, "INVALID_REQUEST_BODY");
    });
  });

  describe("delete", () => {
    it("removes the pairing through a 202 task", async () => {
      const id = await pairWith(h.sim, api, 0);
      const res = await api.delete(`/pairings/${id}`);
      assert.equal(res.status, 202);
      assertComponent("TaskDrResponseEntity", res.data);
      assert.equal(res.data.description, "Delete pairing");
      assert.equal(res.data.entity, id);
      const task = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(task.status, "SUCCESS");
      assert.equal((await api.get(`/pairings/${id}`)).status, 404);
      // The vCenter can be paired again afterwards.
      await pairWith(h.sim, api, 0);
    });

    it("without force fails when the remote site is down; with force removes the local side", async () => {
      const site = h.sim.remoteSites[0];
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.setSiteUp(site.vcId, false);
      for (const q of ["", "?force=false"]) {
        const res = await api.delete(`/pairings/${id}${q}`);
        const task = await h.sim.control.whenTaskSettled(res.data.id);
        assert.equal(task.status, "ERROR", q);
        assert.match(task.error!.message!, /Remote site is down/);
        assert.match(task.error!.details!, /force=true/);
        assert.equal((await api.get(`/pairings/${id}`)).status, 200, "still there");
      }
      const res = await api.delete(`/pairings/${id}?force=true`);
      const task = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(task.status, "SUCCESS");
      assert.equal((await api.get(`/pairings/${id}`)).status, 404);
    });

    it("without force works on a broken pairing whose site is up", async () => {
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.breakPairing(id);
      const res = await api.delete(`/pairings/${id}`);
      assert.equal((await h.sim.control.whenTaskSettled(res.data.id)).status, "SUCCESS");
    });

    it("answers 404 (no body) for an unknown pairing and 400 for a force that is not a boolean", async () => {
      const res = await api.delete(`/pairings/${UNKNOWN_ID}`);
      assert.equal(res.status, 404);
      assert.equal(res.data, "");
      const id = await pairWith(h.sim, api, 0);
      const bad = await api.delete(`/pairings/${id}?force=maybe`);
      assert.equal(bad.status, 400);
      assertError(bad.data, "INVALID_PARAMETER");
    });

    it("fails in the task when the pairing vanished while queued", async () => {
      const id = await pairWith(h.sim, api, 0);
      h.sim.control.freezeTasks(true);
      const res = await api.delete(`/pairings/${id}`);
      h.sim.control.deletePairing(id);
      h.sim.control.freezeTasks(false);
      const task = await h.sim.control.whenTaskSettled(res.data.id);
      assert.equal(task.status, "ERROR");
      assert.match(task.error!.message!, /no longer exists/);
    });
  });
});
