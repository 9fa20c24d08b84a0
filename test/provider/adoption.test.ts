import { strict as assert } from "assert";
import type { AxiosInstance } from "axios";
import * as sinon from "sinon";
import {
  AdoptionError,
  DuplicatePairingError,
  PairingBeingDeletedError,
  PairingExistsError,
} from "../../provider/errors";
import { VrmsClient } from "../../sdk";
import type { Simulator } from "../../simulator";
import { pairWith, session, useSimulatorPerTest } from "../support/simulator";
import { inputsFor, ProviderSandbox, rejection, useProviderSandbox } from "./harness";

const MINUTE = 60_000;
const posts = (sim: Simulator) => sim.control.counters().requests["POST /pairings"] ?? 0;

/** A pairing made on the VRMS the way a run that died after its POST leaves it: in no state. */
async function madeElsewhere(sim: Simulator, index = 0): Promise<string> {
  return pairWith(sim, await session(sim), index);
}

/** Create of a second resource declaring remote site 0, with a create time-out of 10 minutes. */
const createAgain = (box: ProviderSandbox, sim: Simulator, over: Record<string, unknown> = {}) =>
  box
    .provider()
    .create(inputsFor(sim, 0, { resourceName: "b", timeouts: { create: "10m" }, ...over }));

describe("provider: taking over a pairing this stack did not create (issue 17)", () => {
  const s = useSimulatorPerTest();
  const box = useProviderSandbox();

  it("by default, refuses a pairing made before the create time-out, naming it and both ways forward", async () => {
    const id = await madeElsewhere(s.sim);
    s.sim.control.advanceClock(11 * MINUTE);
    const before = posts(s.sim);
    const err = await rejection(createAgain(box, s.sim));
    assert.ok(err instanceof PairingExistsError, String(err));
    assert.ok(err.message.includes(id) && err.message.includes(s.sim.url), err.message);
    assert.ok(err.message.includes(`adoptPairingId: "${id}"`), err.message);
    assert.match(err.message, /adoptExisting: true/);
    assert.match(err.message, /renamed .*aliases: \[\{ name:/);
    assert.match(err.message, /within this resource's create time-out \(10m\)/);
    assert.equal(posts(s.sim), before, "nothing posted");
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("adoptExisting: true adopts it on purpose (ownership adopted, no warning)", async () => {
    const id = await madeElsewhere(s.sim);
    s.sim.control.advanceClock(11 * MINUTE);
    const before = posts(s.sim);
    const { id: got, outs } = await createAgain(box, s.sim, { adoptExisting: true });
    assert.equal(got, id);
    assert.equal(outs.ownership, "adopted");
    assert.equal(outs.lastTask, null);
    assert.equal(posts(s.sim), before);
    assert.ok(box.lines.some((l) => /b: adopting existing pairing .*adoptExisting: true/.test(l)));
    assert.ok(!box.lines.some((l) => /warning/.test(l)), box.lines.join("\n"));
  });

  it("adoptExisting: false refuses even a pairing made a moment ago, and still creates when none exists", async () => {
    const id = await madeElsewhere(s.sim);
    const err = await rejection(createAgain(box, s.sim, { adoptExisting: false }));
    assert.ok(err instanceof PairingExistsError, String(err));
    assert.match(err.message, /adoptExisting is false/);
    assert.ok(err.message.includes(`adoptPairingId: "${id}"`));
    const { id: other, outs } = await box
      .provider()
      .create(inputsFor(s.sim, 1, { adoptExisting: false }));
    assert.ok(s.sim.control.pairings().some((p) => p.pairing_id === other));
    assert.equal(outs.ownership, "created");
  });

  it("a create that finished within the create time-out is recovered, with a warning and ownership recovered", async () => {
    const id = await madeElsewhere(s.sim);
    s.sim.control.advanceClock(9 * MINUTE);
    const before = posts(s.sim);
    const { id: got, outs } = await createAgain(box, s.sim);
    assert.equal(got, id);
    assert.equal(outs.ownership, "recovered");
    assert.equal(outs.connectionStatus, "connected");
    assert.equal(posts(s.sim), before, "no second create");
    const warning = box.lines.find((l) => /^vr-pairing b: warning: /.test(l));
    assert.ok(warning, box.lines.join("\n"));
    assert.ok(warning.includes(id) && /ownership: recovered/.test(warning), warning);
    // Two more minutes and the same pairing is someone else's.
    s.sim.control.advanceClock(2 * MINUTE);
    assert.ok((await rejection(createAgain(box, s.sim))) instanceof PairingExistsError);
  });

  it("a pairing another resource of this deployment just created is not recovered: both declare it", async () => {
    await box.provider().create(inputsFor(s.sim, 0, { resourceName: "a" }));
    const before = posts(s.sim);
    const err = await rejection(createAgain(box, s.sim));
    assert.ok(err instanceof DuplicatePairingError, String(err));
    assert.match(err.message, /VrPairing b and a both declare a pairing/);
    assert.equal(posts(s.sim), before, "nothing posted");
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("a pairing whose task record the VRMS no longer keeps is never recovered", async () => {
    await madeElsewhere(s.sim);
    for (const t of s.sim.control.tasks()) s.sim.control.forgetTask(t.id);
    assert.ok((await rejection(createAgain(box, s.sim))) instanceof PairingExistsError);
  });

  it("a create task of an earlier run still running is waited for: ownership recovered", async () => {
    const task = await postFrozenCreate(s.sim);
    const created = createAgain(box, s.sim);
    await s.sim.control.whenTaskSettled(await unfreezeWhenPolled(s.sim, task.id));
    const { id, outs } = await created;
    assert.equal(id, task.entity);
    assert.equal(outs.ownership, "recovered");
    assert.equal(posts(s.sim), 1, "only the earlier run's POST");
    assert.ok(
      box.lines.some((l) => /b: warning: .*earlier run.*\(ownership: recovered\)/.test(l)),
      box.lines.join("\n"),
    );
  });

  it("a running create that names no pairing yet (entity null) is waited for too, never posted twice", async () => {
    const list = VrmsClient.prototype.listUnfinishedTasks;
    const stub = sinon.stub(VrmsClient.prototype, "listUnfinishedTasks").callsFake(async function (
      this: VrmsClient,
    ) {
      return (await list.call(this)).map((t) => ({ ...t, entity: null }));
    });
    try {
      const task = await postFrozenCreate(s.sim);
      // A second POST (the bug) lets the tasks run, so the test fails instead of hanging.
      s.sim.control.beforeNextRequest({
        method: "POST",
        pathPrefix: "/pairings",
        run: () => s.sim.control.freezeTasks(false),
      });
      const created = createAgain(box, s.sim);
      void unfreezeWhenPolled(s.sim, task.id);
      const { id, outs } = await created;
      assert.equal(id, task.entity);
      assert.equal(outs.ownership, "recovered");
      assert.equal(posts(s.sim), 1, "only the earlier run's POST");
    } finally {
      stub.restore();
    }
  });

  it("state written before ownership was recorded reads as null, and a fresh create says created", async () => {
    const { id, outs } = await box.provider().create(inputsFor(s.sim, 1));
    assert.equal(outs.ownership, "created");
    const old: Record<string, unknown> = { ...outs };
    delete old.ownership;
    const read = await box.provider().read(id, old);
    assert.equal(read.props.ownership, null);
    const again = await box.provider().read(id, outs);
    assert.equal(again.props.ownership, "created");
  });
});

/** An earlier run's create of the pairing to remote site 0, posted and left RUNNING. */
async function postFrozenCreate(sim: Simulator): Promise<{ id: string; entity: string }> {
  const api = await session(sim);
  sim.control.freezeTasks(true);
  const spec = inputsFor(sim, 0);
  const res = await api.post("/pairings", {
    pair_vc_id: spec.remoteVcId,
    pair_psc_info: {
      url: spec.remotePscHost,
      port: spec.remotePscPort,
      username: spec.remotePscUsername,
      password: spec.remotePscPassword,
    },
  });
  return res.data as { id: string; entity: string };
}

/** Unfreezes tasks once a task is polled by id (someone waits for it); answers its id. */
async function unfreezeWhenPolled(sim: Simulator, taskId: string): Promise<string> {
  await new Promise<void>((resolve) => {
    sim.control.beforeNextRequest({
      method: "GET",
      pathPrefix: `/tasks/${taskId}`,
      run: () => resolve(),
    });
  });
  sim.control.freezeTasks(false);
  return taskId;
}

describe("provider: clocks that disagree err towards refusing (issue 17)", () => {
  describe("task times 20 minutes behind the Date header", () => {
    const s = useSimulatorPerTest({ clock: { taskSkewMs: -20 * MINUTE } });
    const box = useProviderSandbox();

    it("a pairing made a moment ago looks 20 minutes old: refused with a 10m create time-out", async () => {
      await madeElsewhere(s.sim);
      assert.ok((await rejection(createAgain(box, s.sim))) instanceof PairingExistsError);
    });
  });

  describe("task times 20 minutes ahead of the Date header", () => {
    const s = useSimulatorPerTest({ clock: { taskSkewMs: 20 * MINUTE } });
    const box = useProviderSandbox();

    it("once a newer task shows the task clock, a pairing 11 minutes old is refused", async () => {
      await madeElsewhere(s.sim, 0);
      s.sim.control.advanceClock(11 * MINUTE);
      // By the Date header alone the pairing looks 9 minutes younger than it is.
      await madeElsewhere(s.sim, 1);
      assert.ok((await rejection(createAgain(box, s.sim))) instanceof PairingExistsError);
    });
  });
});

describe("provider: a pairing with a delete in flight is never taken over (issue 16 bug 5)", () => {
  const s = useSimulatorPerTest();
  const box = useProviderSandbox();

  async function deleting(api: AxiosInstance, id: string): Promise<string> {
    s.sim.control.freezeTasks(true);
    const res = await api.delete(`/pairings/${id}`, { params: { force: true } });
    assert.equal(res.status, 202);
    return (res.data as { id: string }).id;
  }

  it("adoptPairingId: a clear AdoptionError (the pairing is going away)", async () => {
    const api = await session(s.sim);
    const id = await pairWith(s.sim, api, 0);
    const task = await deleting(api, id);
    const err = await rejection(createAgain(box, s.sim, { adoptPairingId: id }));
    assert.ok(err instanceof AdoptionError, String(err));
    assert.ok(err.message.includes(task) && /going away/.test(err.message), err.message);
  });

  for (const adoptExisting of [true, undefined]) {
    it(`adoptExisting ${adoptExisting}: waits for the delete, then creates its own pairing`, async () => {
      const api = await session(s.sim);
      const id = await pairWith(s.sim, api, 0);
      const task = await deleting(api, id);
      const created = createAgain(box, s.sim, { adoptExisting });
      await unfreezeWhenPolled(s.sim, task);
      const { id: got, outs } = await created;
      assert.notEqual(got, id, "not the pairing being deleted");
      assert.equal(outs.ownership, "created");
      assert.deepEqual(
        s.sim.control.pairings().map((p) => p.pairing_id),
        [got],
      );
    });
  }

  it("a delete that outlasts the create time-out fails naming that delete, and creates nothing", async () => {
    const api = await session(s.sim);
    const id = await pairWith(s.sim, api, 0);
    const task = await deleting(api, id);
    const before = posts(s.sim);
    // The delete stays frozen: the create time-out ends the wait, whatever its length.
    const err = await rejection(createAgain(box, s.sim, { timeouts: { create: "1s" } }));
    assert.ok(err instanceof PairingBeingDeletedError, String(err));
    assert.ok(err.message.includes(id) && err.message.includes(task), err.message);
    assert.ok(err.message.includes(s.sim.url), err.message);
    assert.match(err.message, /delete .*did not finish within .*create time-out \(1s\)/);
    assert.match(err.message, /pulumi up` again once/);
    assert.equal(posts(s.sim), before, "nothing posted");
  });
});
