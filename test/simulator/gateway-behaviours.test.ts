import { strict as assert } from "node:assert";
import * as sinon from "sinon";
import { startSimulator } from "../../simulator";
import type { Simulator, SimulatorOptions } from "../../simulator";
import { parseCliOptions } from "../../simulator/cli";
import { FAST_TASKS, login, pairWith, pairingSpec, rawClient } from "../support/simulator";
import { assertError } from "./assertions";

/** Starts a simulator for one test and stops it afterwards. */
async function withSim(options: SimulatorOptions, run: (sim: Simulator) => Promise<void>) {
  const sim = await startSimulator({ taskDurations: FAST_TASKS, ...options });
  try {
    await run(sim);
  } finally {
    await sim.stop();
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("simulator: behaviours of a real gateway", () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  describe("session ids", () => {
    it("are base64-encoded UUIDs by default, as in the vendor's example", () =>
      withSim({}, async (sim) => {
        const sid = await login(sim);
        assert.match(sid, /^[A-Za-z0-9+/]+=*$/);
        assert.match(Buffer.from(sid, "base64").toString("utf8"), UUID);
        assert.equal((await rawClient(sim, sid).get("/session")).status, 200);
      }));

    it("are bare UUIDs with sessionIds: 'uuid'", () =>
      withSim({ sessionIds: "uuid" }, async (sim) => {
        assert.match(await login(sim), UUID);
      }));

    it("reject an unknown format", async () => {
      await assert.rejects(
        startSimulator({ sessionIds: "hex" as "uuid" }),
        /sessionIds must be "base64" or "uuid"/,
      );
    });
  });

  describe("task retention", () => {
    it("a finished task older than maxAgeMs answers 404 and leaves GET /tasks; a running one stays", () =>
      withSim({ taskRetention: { maxAgeMs: 60_000 } }, async (sim) => {
        const api = rawClient(sim, await login(sim));
        const id = await pairWith(sim, api, 0);
        const done = sim.control.tasks()[0];
        sim.control.freezeTasks(true);
        const running = (await api.delete(`/pairings/${id}`, { params: { force: true } })).data;
        clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
        clock.tick(59_000);
        assert.equal((await api.get(`/tasks/${done.id}`)).status, 200, "59 s: still recent");
        clock.tick(1_000);
        const gone = await api.get(`/tasks/${done.id}`);
        assert.equal(gone.status, 404);
        assert.equal(gone.data, "");
        const listed = (await api.get("/tasks")).data.list.map((t: { id: string }) => t.id);
        assert.deepEqual(listed, [running.id], "only the unfinished task is left");
        assert.equal((await api.get(`/tasks/${running.id}`)).status, 200);
      }));

    it("keeps at most maxCount finished tasks, the oldest go first", () =>
      withSim({ taskRetention: { maxCount: 2 } }, async (sim) => {
        const api = rawClient(sim, await login(sim));
        for (const i of [0, 1, 2]) await pairWith(sim, api, i);
        const all = sim.control.tasks();
        assert.equal(all.length, 2);
        const kept = all.map((t) => t.entity);
        const listed = (await api.get("/pairings")).data.list.map(
          (p: { pairing_id: string }) => p.pairing_id,
        );
        assert.deepEqual(kept, listed.slice(2), "the first create's task is gone");
      }));

    it("by default keeps 1000 finished tasks and never ages them", () =>
      withSim({}, async (sim) => {
        const api = rawClient(sim, await login(sim));
        await pairWith(sim, api, 0);
        clock = sinon.useFakeTimers({ now: Date.now(), toFake: ["Date"] });
        clock.tick(30 * 24 * 3600 * 1000);
        assert.equal((await api.get(`/tasks/${sim.control.tasks()[0].id}`)).status, 200);
      }));
  });

  describe("server clock", () => {
    it("offsetMs moves the Date header and task times together", () =>
      withSim({ clock: { offsetMs: 600_000 } }, async (sim) => {
        const api = rawClient(sim, await login(sim));
        const before = Date.now();
        const res = await api.post("/pairings", pairingSpec(sim.remoteSites[0]));
        const header = Date.parse(String(res.headers["date"]));
        assert.ok(header >= before + 599_000, `Date ${res.headers["date"]} is 10 min ahead`);
        assert.ok(res.data.queued_time >= before + 600_000, "queued_time is 10 min ahead");
        assert.ok(res.data.queued_time - header < 2_000, "both on the server's clock");
      }));

    it("taskSkewMs puts task times behind (or ahead of) the Date header", () =>
      withSim({ clock: { taskSkewMs: -5_000 } }, async (sim) => {
        const api = rawClient(sim, await login(sim));
        const res = await api.post("/pairings", pairingSpec(sim.remoteSites[0]));
        const header = Date.parse(String(res.headers["date"]));
        assert.ok(res.data.queued_time <= header - 4_000, "queued_time 5 s behind the header");
        const task = await sim.control.whenTaskSettled(res.data.id);
        assert.ok(task.complete_time! <= Date.now() - 4_000);
      }));

    it("with no offset the Date header is the real time", () =>
      withSim({}, async (sim) => {
        const res = await rawClient(sim).post("/session");
        assert.ok(Math.abs(Date.parse(String(res.headers["date"])) - Date.now()) < 2_000);
      }));
  });

  describe("per-operation permissions (x-dr-permissions)", () => {
    const users = [
      { username: "admin@vsphere.local", password: "Admin-1!" },
      { username: "operator@vsphere.local", password: "Operator-1!", role: "operator" as const },
      { username: "viewer@vsphere.local", password: "Viewer-1!", role: "read-only" as const },
      {
        username: "noissues@vsphere.local",
        password: "NoIssues-1!",
        privileges: ["System.View", "HmsRemote.com.vmware.vcHms.Hbr.View"],
      },
    ];

    it("read-only: reads pass, every change answers 403 naming the missing privilege", () =>
      withSim({ users }, async (sim) => {
        const admin = rawClient(sim, await login(sim, users[0]));
        const id = await pairWith(sim, admin, 0);
        const viewer = rawClient(sim, await login(sim, users[2]));
        for (const path of ["/pairings", `/pairings/${id}`, `/pairings/${id}/issues`, "/tasks"]) {
          assert.equal((await viewer.get(path)).status, 200, path);
        }
        const changes = [
          () => viewer.post("/pairings", pairingSpec(sim.remoteSites[1])),
          () => viewer.post(`/pairings/${id}/actions/reconnect`, pairingSpec(sim.remoteSites[0])),
          () => viewer.delete(`/pairings/${id}`, { params: { force: true } }),
        ];
        for (const change of changes) {
          const res = await change();
          assert.equal(res.status, 403);
          assertError(res.data, "NOT_AUTHORIZED");
          assert.match(res.data.message, /HmsRemote\.com\.vmware\.vcHms\.Hms\.Manage/);
          assert.match(res.data.message, /viewer@vsphere\.local/);
        }
        assert.equal(sim.control.tasks().length, 1, "no task started");
      }));

    it("operator: creates, reconnects and deletes", () =>
      withSim({ users }, async (sim) => {
        const operator = rawClient(sim, await login(sim, users[1]));
        const id = await pairWith(sim, operator, 0);
        const rec = await operator.post(
          `/pairings/${id}/actions/reconnect`,
          pairingSpec(sim.remoteSites[0]),
        );
        assert.equal((await sim.control.whenTaskSettled(rec.data.id)).status, "SUCCESS");
        const del = await operator.delete(`/pairings/${id}`, { params: { force: true } });
        assert.equal((await sim.control.whenTaskSettled(del.data.id)).status, "SUCCESS");
      }));

    it("a user without Hms.View cannot read issues, though it reads pairings", () =>
      withSim({ users }, async (sim) => {
        const admin = rawClient(sim, await login(sim, users[0]));
        const id = await pairWith(sim, admin, 0);
        const api = rawClient(sim, await login(sim, users[3]));
        assert.equal((await api.get(`/pairings/${id}`)).status, 200);
        const res = await api.get(`/pairings/${id}/issues`);
        assert.equal(res.status, 403);
        assert.match(res.data.message, /HmsRemote\.com\.vmware\.vcHms\.Hms\.View/);
        assert.match(res.data.message, /GET \/pairings\/\{pairing_id\}\/issues/);
      }));

    it("rejects an unknown role", async () => {
      await assert.rejects(
        startSimulator({ users: [{ username: "u", password: "p", role: "root" as "operator" }] }),
        /role must be one of administrator, operator, read-only/,
      );
    });
  });

  it("CLI: flags and VRSIM_* variables for each behaviour", () => {
    const o = parseCliOptions(
      [
        "--session-ids",
        "uuid",
        "--task-retention-ms",
        "60000",
        "--clock-offset-ms=-300000",
        "--users",
        "a@x:pw,b@x:pw2",
        "--roles",
        "b@x=read-only",
      ],
      { VRSIM_TASK_RETENTION_COUNT: "50", VRSIM_TASK_CLOCK_SKEW_MS: "2500" },
    );
    assert.equal(o?.sessionIds, "uuid");
    assert.deepEqual(o?.taskRetention, { maxAgeMs: 60000, maxCount: 50 });
    assert.deepEqual(o?.clock, { offsetMs: -300000, taskSkewMs: 2500 });
    assert.deepEqual(
      o?.users?.map((u) => u.role),
      [undefined, "read-only"],
    );
    const byEnv = parseCliOptions([], { VRSIM_ROLES: "administrator@vsphere.local=operator" });
    assert.equal(byEnv?.users?.[0].role, "operator");
    assert.throws(() => parseCliOptions(["--session-ids", "hex"], {}), /base64 or uuid/);
    assert.throws(() => parseCliOptions(["--roles", "a@x=root"], {}), /roles must look like/);
    assert.throws(() => parseCliOptions(["--roles", "z@x=operator"], {}), /not among the users/);
    assert.throws(() => parseCliOptions(["--clock-offset-ms=soon"], {}), /must be an integer/);
  });
});
