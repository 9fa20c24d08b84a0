// VrmsClient against the simulator over real HTTPS with the thumbprint pinned: every
// call, every error class, re-login mid-wait, the retry rules, and a secret scan.
import * as assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { pairingSpec, useSimulator } from "../support/simulator";
import {
  isSelfPairing,
  VrmsAbortError,
  VrmsAuthError,
  VrmsClient,
  VrmsHttpError,
  VrmsNetworkError,
  VrmsNotFoundError,
  VrmsRateLimitError,
  VrmsTaskCancelledError,
  VrmsTaskFailedError,
  VrmsTaskTimeoutError,
  type Task,
} from "../../sdk";
import { basicToken, Capture, fastClient, sessionIdOf } from "./helpers";

describe("sdk VrmsClient against the simulator (HTTPS, pinned)", function () {
  // Every call in the world without the remote-site contract (remote-session.test.ts covers it).
  const h = useSimulator({
    remoteSiteContract: false,
    remoteSiteCount: 10,
    users: [
      { username: "administrator@vsphere.local", password: "Local-Secret-Pass-1!" },
      { username: "reader@vsphere.local", password: "Reader-Secret-Pass-2!", readOnly: true },
    ],
  });
  const capture = new Capture();
  const sessionIds = new Set<string>();
  let client: VrmsClient;

  beforeEach(() => {
    client = fastClient(h.sim, capture);
    h.sim.control.clearFaults();
    h.sim.control.freezeTasks(false);
    h.sim.control.resetCounters();
  });
  afterEach(async () => {
    const sid = sessionIdOf(client);
    if (sid) sessionIds.add(sid);
    await client.dispose();
  });

  const remember = () => {
    const sid = sessionIdOf(client);
    if (sid) sessionIds.add(sid);
  };
  const site = (i: number) => h.sim.remoteSites[i];
  async function created(i: number): Promise<string> {
    const task = await client.waitForTask(await client.createPairing(pairingSpec(site(i))));
    return String(task.result?.pairing_id ?? task.entity);
  }

  it("covers every call: session, pairings, paging, issues, remote session, tasks, delete, logout", async () => {
    await client.login();
    await client.login();
    remember();
    assert.equal(h.sim.control.counters().logins, 1);
    assert.equal((await client.currentSession()).username, h.sim.users[0].username);

    const progress: Task[] = [];
    const createTask = await client.createPairing(pairingSpec(site(0)));
    assert.ok(["QUEUED", "RUNNING"].includes(createTask.status));
    const done = await client.waitForTask(createTask, {
      onProgress: (t) => progress.push(t),
      operation: "create",
    });
    assert.equal(done.status, "SUCCESS");
    assert.ok(progress.length >= 1);
    const pairingId = String(done.result?.pairing_id);

    const all = await client.listPairings();
    assert.ok(all.some(isSelfPairing), "the self pairing is listed");
    assert.ok(all.some((p) => p.pairing_id === pairingId));
    assert.equal((await client.getPairing(pairingId))?.pairing_id, pairingId);
    assert.equal(await client.getPairing(randomUUID()), null);
    assert.equal((await client.findPairingByRemoteVcId(site(0).vcId))?.pairing_id, pairingId);
    assert.equal(
      await client.findPairingByRemoteVcId(h.sim.localVcId),
      null,
      "skips the self pairing",
    );
    assert.deepEqual(
      await client.getLocalSite(),
      { vrmsId: h.sim.localVrmsId, vcId: h.sim.localVcId },
      "who this VRMS is",
    );

    assert.deepEqual(await client.getPairingIssues(pairingId), []);
    h.sim.control.breakPairing(pairingId);
    assert.equal((await client.getPairingIssues(pairingId)).length, 2);

    assert.equal(await client.getRemoteSession(pairingId), null);
    await client.createRemoteSession(pairingId, {
      username: site(0).username,
      password: site(0).password,
    });
    assert.equal((await client.getRemoteSession(pairingId))?.username, site(0).username);

    const rec = await client.reconnectPairing(pairingId, pairingSpec(site(0)));
    assert.equal((await client.waitForTask(rec.id)).status, "SUCCESS");
    assert.deepEqual(await client.getPairingIssues(pairingId), []);

    assert.equal((await client.getTask(rec.id)).id, rec.id);
    const tasks = await client.listTasks();
    assert.ok(tasks.some((t) => t.id === rec.id) && tasks.some((t) => t.id === createTask.id));

    const del = await client.deletePairing(pairingId, { force: true });
    assert.equal((await client.waitForTask(del)).status, "SUCCESS");
    assert.equal(await client.getPairing(pairingId), null);

    remember();
    await client.dispose();
    assert.equal(h.sim.control.counters().logouts, 1);
    await assert.rejects(client.waitForTask("x"), /disposed/);
    await assert.rejects(client.listPairings(), /disposed/);
  });

  it("follows _meta.links.next to the end of the list", async () => {
    await created(1);
    await created(2);
    h.sim.control.resetCounters();
    const all = await client.listPairings({ limit: 1 });
    assert.equal(all.length, h.sim.control.pairings().length + 1);
    assert.equal(
      h.sim.control.counters().requests["GET /pairings"],
      all.length,
      "one request per page",
    );
  });

  it("error classes: 404, 400 with error_code and op_id, auth, remote auth, 403", async () => {
    const nf = await capture.failure(client.getTask(randomUUID()));
    assert.ok(nf instanceof VrmsNotFoundError && nf.status === 404 && nf.method === "GET");
    assert.ok(
      (await capture.failure(client.deletePairing(randomUUID()))) instanceof VrmsNotFoundError,
    );
    const bad = await capture.failure(
      client.reconnectPairing(h.sim.selfPairingId, pairingSpec(site(0))),
    );
    assert.ok(bad instanceof VrmsHttpError && bad.status === 400);
    assert.ok(bad.errorCode && bad.opId, "error_code and op_id surfaced");
    assert.match(
      bad.message,
      new RegExp(`400.*POST /pairings/${h.sim.selfPairingId}/actions/reconnect`),
    );

    const wrong = fastClient(h.sim, capture, { password: "Wrong-Password-XYZ" });
    const auth = await capture.failure(wrong.listPairings());
    assert.ok(auth instanceof VrmsAuthError && auth.username === h.sim.users[0].username);
    await wrong.dispose();

    const pid = await created(3);
    const remote = await capture.failure(
      client.createRemoteSession(pid, {
        username: site(3).username,
        password: "Bad-Remote-Pass-77",
      }),
    );
    assert.ok(remote instanceof VrmsAuthError);
    assert.match(remote.message, /remote site login/);

    const reader = fastClient(h.sim, capture, {
      username: h.sim.users[1].username,
      password: h.sim.users[1].password,
    });
    h.sim.control.resetCounters();
    const ro = await capture.failure(reader.createPairing(pairingSpec(site(4))));
    assert.ok(ro instanceof VrmsHttpError && ro.status === 403);
    assert.equal(h.sim.control.counters().requests["POST /pairings"], 1, "403 is not retried");
    remember();
    await reader.dispose();
  });

  it("task errors: failed, cancelled, timed out, aborted", async () => {
    // A server quoting the password back: the error must not repeat it.
    h.sim.control.failNextTask(
      "create",
      "Wrong remote credentials: nope",
      `sent ${site(5).password}`,
    );
    const failed = await capture.failure(
      client.waitForTask(await client.createPairing(pairingSpec(site(5))), {
        operation: "create pairing",
      }),
    );
    assert.ok(failed instanceof VrmsTaskFailedError);
    assert.equal(failed.taskMessage, "Wrong remote credentials: nope");
    assert.equal(failed.details, "sent ***");
    assert.equal(failed.description, "Create pairing");

    h.sim.control.freezeTasks(true);
    const t1 = await client.createPairing(pairingSpec(site(5)));
    const cancelled = client.waitForTask(t1, {
      onProgress: (t) => t.status === "RUNNING" && h.sim.control.cancelTask(t1.id),
    });
    const c = await capture.failure(cancelled);
    assert.ok(c instanceof VrmsTaskCancelledError && c.taskId === t1.id);

    const t2 = await client.createPairing(pairingSpec(site(5)));
    const clock = installFakeTime(); // the time-out passes on fake time
    const to = await untilSettled(
      clock,
      capture.failure(client.waitForTask(t2, { timeoutMs: 150 })),
    ).finally(() => clock.restore());
    assert.ok(to instanceof VrmsTaskTimeoutError && to.taskId === t2.id && to.elapsedMs >= 150);

    const ac = new AbortController();
    const ab = client.waitForTask(t2, { signal: ac.signal, onProgress: () => ac.abort() });
    const a = await capture.failure(ab);
    assert.ok(a instanceof VrmsAbortError && a.taskId === t2.id);
    h.sim.control.cancelTask(t2.id);
  });

  it("logs in again when the session expires mid-wait, once, and the wait goes on", async () => {
    h.sim.control.freezeTasks(true);
    const task = await client.createPairing(pairingSpec(site(1 + 3)));
    remember();
    let expired = false;
    const done = await client.waitForTask(task, {
      onProgress: (t) => {
        if (t.status === "RUNNING" && !expired) {
          expired = true;
          h.sim.control.expireSessions();
          h.sim.control.freezeTasks(false);
        }
      },
    });
    assert.ok(expired);
    assert.equal(done.status, "SUCCESS");
    assert.equal(client.loginCount, 2);
    assert.equal(h.sim.control.counters().logins, 2);
    remember();
  });

  it("many calls that meet an expired session cause one new login", async () => {
    await client.login();
    remember();
    h.sim.control.expireSessions();
    h.sim.control.resetCounters();
    const lists = await Promise.all(Array.from({ length: 20 }, () => client.listPairings()));
    assert.equal(lists.length, 20);
    assert.equal(h.sim.control.counters().logins, 1);
    assert.equal(client.loginCount, 2);
    remember();
  });

  describe("retry rules", () => {
    it("retries 500/502/503 and resets on reads", async () => {
      await client.login();
      h.sim.control.injectFaults({ count: 1, kind: 503, method: "GET", pathPrefix: "/pairings" });
      h.sim.control.injectFaults({
        count: 1,
        kind: "reset",
        method: "GET",
        pathPrefix: "/pairings",
      });
      h.sim.control.injectFaults({ count: 1, kind: 502, method: "GET", pathPrefix: "/pairings" });
      h.sim.control.resetCounters();
      await client.listPairings();
      assert.equal(h.sim.control.counters().faultsInjected, 3);
      assert.ok(capture.lines.some((l) => /GET \/pairings: HTTP 503, retry in \d+ ms/.test(l)));
    });

    it("never retries 400 or 404", async () => {
      await client.login();
      h.sim.control.resetCounters();
      await capture.failure(client.getPairingIssues(h.sim.selfPairingId + "x"));
      await capture.failure(client.listPairings({ order_by: "asc" }));
      assert.equal(h.sim.control.counters().total, 2);
    });

    it("gives up after the retry budget with the last error", async () => {
      await client.login();
      h.sim.control.injectFaults({ count: 50, kind: 500, method: "GET", pathPrefix: "/tasks" });
      const err = await capture.failure(client.listTasks());
      assert.ok(err instanceof VrmsHttpError && err.status === 500);
      assert.equal(h.sim.control.counters().faultsInjected, 5, "first try + 4 retries");
      h.sim.control.clearFaults();
    });

    for (const kind of [500, "reset"] as const) {
      it(`create whose answer was lost (${kind} after the server acted) is not sent again`, async () => {
        await client.login();
        h.sim.control.injectFaults({
          count: 1,
          kind,
          method: "POST",
          pathPrefix: "/pairings",
          afterHandling: true,
        });
        h.sim.control.resetCounters();
        const before = h.sim.control.tasks().length;
        const i = kind === 500 ? 1 : 2;
        const pid = h.sim.control
          .pairings()
          .find((p) => p.remote_vc_server?.id === site(i).vcId)?.pairing_id;
        if (pid) h.sim.control.deletePairing(pid);
        const task = await client.createPairing(pairingSpec(site(i)));
        assert.equal(h.sim.control.counters().requests["POST /pairings"], 1, "POST sent once");
        assert.equal(h.sim.control.tasks().length, before + 1, "one task on the server");
        assert.equal((await client.waitForTask(task)).status, "SUCCESS");
        assert.ok(capture.lines.some((l) => /took effect; not sending it again/.test(l)));
      });
    }

    it("create refused before the server acted (503) is sent again", async () => {
      await client.login();
      h.sim.control.injectFaults({ count: 1, kind: 503, method: "POST", pathPrefix: "/pairings" });
      h.sim.control.resetCounters();
      const before = h.sim.control.tasks().length;
      const task = await client.createPairing(pairingSpec(site(6)));
      assert.equal(h.sim.control.counters().requests["POST /pairings"], 2);
      assert.equal(h.sim.control.tasks().length, before + 1);
      assert.equal((await client.waitForTask(task)).status, "SUCCESS");
    });

    it("reconnect and delete whose answer was lost are not sent again", async () => {
      const pid = await created(7);
      h.sim.control.injectFaults({
        count: 1,
        kind: 500,
        method: "POST",
        pathPrefix: "/pairings/",
        afterHandling: true,
      });
      h.sim.control.resetCounters();
      const rec = await client.reconnectPairing(pid, pairingSpec(site(7)));
      assert.equal(
        h.sim.control.counters().requests["POST /pairings/{pairing_id}/actions/reconnect"],
        1,
      );
      await client.waitForTask(rec);
      h.sim.control.injectFaults({
        count: 1,
        kind: "reset",
        method: "DELETE",
        pathPrefix: "/pairings/",
        afterHandling: true,
      });
      const del = await client.deletePairing(pid, { force: true });
      assert.equal(h.sim.control.counters().requests["DELETE /pairings/{pairing_id}"], 1);
      assert.equal((await client.waitForTask(del)).status, "SUCCESS");
    });

    it("a network error (nothing listening) surfaces as VrmsNetworkError after retries", async () => {
      const dead = new VrmsClient({
        url: "https://127.0.0.1:1",
        username: "u",
        password: "Dead-Host-Pass-3!",
        retry: { retries: 2, minDelayMs: 1, maxDelayMs: 5 },
        logger: capture,
      });
      const err = await capture.failure(dead.listPairings());
      assert.ok(err instanceof VrmsNetworkError && err.code === "ECONNREFUSED");
      assert.equal(err.path, "/session");
      await dead.dispose();
    });
  });

  describe("secret scan (runs last)", () => {
    it("secret scan: no password, session id or Basic token in anything logged or thrown", () => {
      const text = capture.text();
      assert.ok(capture.lines.length > 50 && capture.thrown.length >= 10, "the scan has material");
      assert.ok(sessionIds.size >= 2);
      const secrets = [
        ...h.sim.users.map((u) => u.password),
        ...h.sim.users.map((u) => basicToken(u.username, u.password)),
        ...h.sim.remoteSites.map((s) => s.password),
        ...h.sim.remoteSites.map((s) => basicToken(s.username, s.password)),
        "Wrong-Password-XYZ",
        "Bad-Remote-Pass-77",
        "Dead-Host-Pass-3!",
        ...sessionIds,
      ];
      for (const s of secrets) assert.ok(!text.includes(s), `a secret leaked: ${s.slice(0, 3)}…`);
      assert.doesNotMatch(text, /authorization:|x-dr-session:/i);
    });
  });
});

describe("sdk rate limit surfaces as VrmsRateLimitError once the budget is spent", () => {
  const h = useSimulator({ rateLimit: { perSession: 2, perClientIp: 1000, windowMs: 60_000 } });
  it("carries Retry-After", async () => {
    const capture = new Capture();
    const client = fastClient(h.sim, capture, {
      retry: { retries: 0, maxElapsedMs: 0, maxRateLimitedMs: 0 },
    });
    await client.listPairings();
    await client.listPairings();
    const err = await capture.failure(client.listPairings());
    assert.ok(err instanceof VrmsRateLimitError && err.status === 429);
    assert.ok((err.retryAfterMs ?? 0) >= 1000);
    await client.dispose();
  });
});
