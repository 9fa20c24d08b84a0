import * as assert from "assert";
import { getPairings, lookupPairing } from "../../provider";
import { type Simulator, startSimulator } from "../../simulator";
import type { Pairing } from "../../sdk/wire";
import { FAST_TASKS, pairWith, session } from "../support/simulator";
import { assertConsistent, assertConverged, stacks } from "./invariants";
import { itLeaksNoSecret, Stage, useStage } from "./stage";

/*
 * Issue 23, identity before action: a resource touches only what it created or was told to
 * adopt, and proves which VRMS and which pairing before it deletes or forgets one. Each describe
 * is one finding of the issue, driven through the real dynamic-provider host.
 */

const MINUTE = 60_000;
const deletes = (sim: Simulator) =>
  sim.control.counters().requests["DELETE /pairings/{pairing_id}"] ?? 0;

/** The state entry of `name` pointed at another pairing id, as hand-edited or stale state is. */
function pointStateAt(stage: Stage, name: string, id: string): void {
  const r = stage.resource(name);
  stage.d.state.set(r.urn, { ...r, id });
}

describe("identity (finding 1): a second stack never takes over, then deletes, the first stack's pairing", function () {
  this.timeout(90_000);
  const a = useStage({ stack: "a" });
  const b = useStage({ stack: "b", sharesSimulatorOf: a });

  for (const delay of [0, 2 * MINUTE, 35 * MINUTE]) {
    it(`B declaring A's remote vCenter ${delay / MINUTE} min after A's create fails with the explicit-adoption message`, async () => {
      if (a.d.state.size === 0) await a.up({ dr: a.args(0) });
      const id = a.resource("dr").id;
      a.sim.control.advanceClock(delay);
      const text = Stage.details(await b.upFails({ dr: b.args(0) }));
      assert.ok(text.includes(`adoptPairingId: "${id}"`) && text.includes(a.sim.url), text);
      assert.match(text, /neither created it nor was told to adopt it/);
      assert.strictEqual(b.d.state.size, 0, "B tracks nothing");
    });
  }

  it("a pairing made by hand five minutes earlier is refused the same way", async () => {
    const byHand = await pairWith(a.sim, await session(a.sim), 1);
    a.sim.control.advanceClock(5 * MINUTE);
    const text = Stage.details(await b.upFails({ other: b.args(1) }));
    assert.ok(text.includes(`adoptPairingId: "${byHand}"`), text);
    assert.strictEqual(b.d.state.size, 0);
    a.sim.control.deletePairing(byHand);
  });

  it("nothing B does removes A's pairing: B's destroy and A's refresh leave it tracked", async () => {
    await b.destroy();
    await a.refresh();
    assertConverged(a.sim, a.d, ["dr"]);
    assert.strictEqual(deletes(a.sim), 0);
    assertConsistent(a.sim, stacks(a.d, b.d));
  });

  itLeaksNoSecret(a);
});

describe("identity (finding 2): no clock decides ownership", function () {
  this.timeout(60_000);
  // The task clock 10 minutes ahead of the Date header stretched the old recovery window.
  const a = useStage({ stack: "a", simulator: { clock: { taskSkewMs: 10 * MINUTE } } });
  const b = useStage({ stack: "b", sharesSimulatorOf: a });

  it("a pairing 35 minutes old (create time-out 30m) is not taken over by B", async () => {
    await a.up({ dr: a.args(0) });
    a.sim.control.advanceClock(35 * MINUTE);
    const text = Stage.details(await b.upFails({ dr: b.args(0) }));
    assert.ok(text.includes(`adoptPairingId: "${a.resource("dr").id}"`), text);
    assert.strictEqual(b.d.state.size, 0);
    assertConsistent(a.sim, stacks(a.d, b.d));
  });

  itLeaksNoSecret(a);
});

describe("identity (finding 3): destroy proves the pairing at the id before deleting it", function () {
  this.timeout(60_000);
  const a = useStage({ stack: "a" });
  const b = useStage({ stack: "b", sharesSimulatorOf: a });

  for (const forceDelete of [false, true]) {
    it(`state naming another stack's pairing (forceDelete ${forceDelete}): fails naming both, deletes nothing`, async () => {
      if (a.d.state.size === 0) await a.up({ dr: a.args(0) });
      await b.up({ mine: b.args(1, { forceDelete }) });
      const mine = b.resource("mine").id;
      const theirs = a.resource("dr").id;
      pointStateAt(b, "mine", theirs);
      const before = deletes(a.sim);
      const text = Stage.details(await b.destroyFails());
      assert.ok(text.includes(theirs) && text.includes(a.sim.remoteSites[0].vcId), text);
      assert.ok(text.includes(a.sim.remoteSites[1].vcId), "names the declared vCenter");
      assert.doesNotMatch(text, /password/);
      assert.strictEqual(deletes(a.sim), before, "nothing deleted");
      pointStateAt(b, "mine", mine);
      await b.destroy();
    });
  }

  it("state naming the VRMS's self pairing: fails, and the self pairing is never deleted", async () => {
    await b.up({ mine: b.args(1) });
    const mine = b.resource("mine").id;
    const api = await session(a.sim);
    const all = (await api.get<{ list: Pairing[] }>("/pairings")).data.list;
    const self = all.find((p) => p.local_vc_server?.id === p.remote_vc_server?.id);
    assert.ok(self?.pairing_id, "the VRMS lists its self pairing");
    const before = deletes(a.sim);
    pointStateAt(b, "mine", self.pairing_id);
    const text = Stage.details(await b.destroyFails());
    assert.match(text, /self pairing/);
    assert.doesNotMatch(text, /password/);
    assert.strictEqual(deletes(a.sim), before, "nothing deleted");
    pointStateAt(b, "mine", mine);
    await b.destroy();
    assertConverged(a.sim, a.d, ["dr"]);
  });

  itLeaksNoSecret(b);
});

describe("identity (finding 4): a 404 from another VRMS behind the same address is not 'gone'", function () {
  this.timeout(60_000);
  const s = useStage();
  let other: Simulator | undefined;
  after(() => other?.stop());

  it("refresh and destroy fail naming both VRMS identities; the pairing stays on the old VRMS", async () => {
    // Trusted without a pin, as a CA-signed appliance would be.
    await s.up({ a: s.args(0, { vrmsThumbprint: undefined, vrmsInsecure: true }) });
    const id = s.resource("a").id;
    const recordedVrms = String((s.resource("a").outputs.localVrms as { id: string }).id);
    const port = s.sim.port;
    await s.sim.stop();
    // DNS now sends the same address to another VRMS.
    other = await startSimulator({ port, localSite: "site-b", taskDurations: FAST_TASKS });
    for (const err of [await failure(s.refresh()), await s.destroyFails()]) {
      const text = Stage.details(err);
      assert.ok(text.includes(id) && text.includes(recordedVrms), text);
      assert.match(text, /not the one state recorded/);
    }
    assert.strictEqual(s.resource("a").id, id, "kept in state");
    assert.strictEqual(s.sim.control.pairings().length, 1, "the old VRMS still holds it");
  });

  async function failure(p: Promise<unknown>) {
    try {
      await p;
    } catch (e) {
      s.ledger.seeError("refresh", e);
      return e as Parameters<typeof Stage.details>[0];
    }
    return assert.fail("refresh succeeded");
  }
});

describe("identity (finding 5): a create whose task the VRMS forgot is never dropped while it can appear", function () {
  this.timeout(60_000);
  const s = useStage();
  after(() => s.sim.control.freezeTasks(false));

  async function forgottenCreate(site: number) {
    s.sim.control.freezeTasks(true);
    await s.upFails({ a: s.args(site, { timeouts: { create: "300ms" } }) });
    const task = s.sim.control.tasks().find((t) => t.description === "Create pairing");
    assert.ok(task?.entity, "the create task names its pairing");
    assert.strictEqual(s.resource("a").id, task.entity, "kept in state (partial failure)");
    return task;
  }

  it("refresh keeps it, up says it may still appear; following 'run it again once settled' converges", async () => {
    const task = await forgottenCreate(0);
    s.sim.control.forgetTask(task.id);
    const from = s.host.lines.length;
    await s.refresh();
    assert.strictEqual(s.resource("a").id, task.entity, "refresh kept it");
    assert.match(s.userLines(from), /no longer knows that task/);
    const text = Stage.details(await s.upFails({ a: s.args(0) }));
    assert.match(text, /may still appear.*run the command again/s);
    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(task.id);
    await s.up({ a: s.args(0) });
    assertConverged(s.sim, s.d, ["a"]);
    assert.strictEqual(s.resource("a").id, task.entity);
    await s.destroy();
  });

  it("if it never appears, following 'pulumi state delete' then 'pulumi up' converges", async () => {
    const task = await forgottenCreate(1);
    s.sim.control.cancelTask(task.id);
    s.sim.control.forgetTask(task.id);
    s.sim.control.freezeTasks(false);
    const text = Stage.details(await s.upFails({ a: s.args(1) }));
    assert.match(text, /pulumi state delete/);
    s.d.state.delete(s.resource("a").urn); // what `pulumi state delete <urn>` does
    await s.up({ a: s.args(1) });
    assertConverged(s.sim, s.d, ["a"]);
  });

  itLeaksNoSecret(s);
});

describe("identity (finding 6): a verdict about the remote site is asked again before advising forceDelete", function () {
  this.timeout(60_000);
  const s = useStage();

  it("refresh saw the remote site down; once it is back, destroy in the same process deletes normally", async () => {
    await s.up({ a: s.args(0) });
    const site = s.sim.remoteSites[0].vcId;
    s.sim.control.setSiteUp(site, false);
    // A new process, as `pulumi refresh` runs: its remote login meets the site down.
    await s.newHost();
    await s.refresh();
    assert.strictEqual(s.resource("a").outputs.connectionStatus, "disconnected");
    s.sim.control.setSiteUp(site, true);
    await s.destroy();
    assert.strictEqual(s.sim.control.pairings().length, 0);
    assertConverged(s.sim, s.d, []);
  });

  itLeaksNoSecret(s);
});

describe("identity (finding 7): partial data as the vendor's remote-site contract defines it", function () {
  this.timeout(60_000);
  const s = useStage();

  it("getPairings and lookupPairing({ remoteVcId }) call a healthy pairing connected and state no remote status", async () => {
    await s.up({ a: s.args(0) });
    const connection = {
      vrmsUrl: s.sim.url,
      vrmsUsername: s.sim.users[0].username,
      vrmsPassword: s.sim.users[0].password,
      vrmsThumbprint: s.sim.thumbprints.sha256,
    };
    const remoteVcId = s.sim.remoteSites[0].vcId;
    const listed = await getPairings(connection);
    const looked = await lookupPairing({ ...connection, remoteVcId });
    for (const info of [listed[0], looked]) {
      assert.strictEqual(info.connectionStatus, "connected");
      assert.strictEqual(info.remoteVrms?.status, null, "not stated by the VRMS: unknown");
    }
  });

  it("a non-force delete whose remote login answers 500 names forceDelete, and following it deletes", async () => {
    const id = s.resource("a").id;
    s.sim.control.injectFaults({
      count: 100,
      kind: 500,
      method: "POST",
      pathPrefix: `/pairings/${id}/remote-session`,
    });
    try {
      const text = Stage.details(await s.destroyFails());
      assert.match(text, /forceDelete: true/);
      assert.strictEqual(s.sim.control.pairings().length, 1, "nothing deleted");
      await s.up({ a: s.args(0, { forceDelete: true }) });
      await s.destroy();
    } finally {
      s.sim.control.clearFaults();
    }
    assertConverged(s.sim, s.d, []);
  });

  itLeaksNoSecret(s);
});
