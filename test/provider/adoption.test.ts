import { strict as assert } from "assert";
import type { AxiosInstance } from "axios";
import * as sinon from "sinon";
import {
  AdoptionError,
  CreateInFlightError,
  DuplicatePairingError,
  PairingBeingDeletedError,
  PairingExistsError,
} from "../../provider/errors";
import { VrmsClient } from "../../sdk";
import type { Simulator } from "../../simulator";
import { installFakeTime, untilSettled } from "../support/fake-time";
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

  for (const age of [0, 2 * MINUTE, 35 * MINUTE]) {
    it(`by default, refuses a pairing made ${age / MINUTE} min ago, naming it, its create and the ways forward`, async () => {
      const id = await madeElsewhere(s.sim);
      s.sim.control.advanceClock(age);
      const before = posts(s.sim);
      const err = await rejection(createAgain(box, s.sim));
      assert.ok(err instanceof PairingExistsError, String(err));
      assert.ok(err.message.includes(id) && err.message.includes(s.sim.url), err.message);
      assert.ok(err.message.includes(`adoptPairingId: "${id}"`), err.message);
      assert.match(err.message, /adoptExisting: true/);
      assert.match(err.message, /renamed .*aliases: \[\{ name:/);
      const task = s.sim.control.tasks().find((t) => t.description === "Create pairing");
      assert.ok(
        task && err.message.includes(`create task ${task.id} (SUCCESS, queued at `),
        err.message,
      );
      assert.equal(posts(s.sim), before, "nothing posted");
      assert.equal(s.sim.control.pairings().length, 1);
    });
  }

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

  it("adoptExisting: false refuses like unset, and still creates when none exists", async () => {
    const id = await madeElsewhere(s.sim);
    const err = await rejection(createAgain(box, s.sim, { adoptExisting: false }));
    assert.ok(err instanceof PairingExistsError, String(err));
    assert.ok(err.message.includes(`adoptPairingId: "${id}"`));
    const { id: other, outs } = await box
      .provider()
      .create(inputsFor(s.sim, 1, { adoptExisting: false }));
    assert.ok(s.sim.control.pairings().some((p) => p.pairing_id === other));
    assert.equal(outs.ownership, "created");
  });

  it("following the advice: the adoptPairingId line it names adopts that pairing, with no second create", async () => {
    const id = await madeElsewhere(s.sim);
    const err = await rejection(createAgain(box, s.sim));
    const line = err.message.match(/adoptPairingId: "([^"]+)"/);
    assert.equal(line?.[1], id, err.message);
    const before = posts(s.sim);
    const { id: got, outs } = await createAgain(box, s.sim, { adoptPairingId: line[1] });
    assert.equal(got, id);
    assert.equal(outs.ownership, "adopted");
    assert.equal(outs.connectionStatus, "connected");
    assert.equal(posts(s.sim), before, "no second create");
  });

  it("a pairing another resource of this deployment just created is refused: both declare it", async () => {
    await box.provider().create(inputsFor(s.sim, 0, { resourceName: "a" }));
    const before = posts(s.sim);
    const err = await rejection(createAgain(box, s.sim));
    assert.ok(err instanceof DuplicatePairingError, String(err));
    assert.match(err.message, /VrPairing b and a both declare a pairing/);
    assert.equal(posts(s.sim), before, "nothing posted");
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("a pairing whose task record the VRMS no longer keeps is refused too, naming no task", async () => {
    await madeElsewhere(s.sim);
    for (const t of s.sim.control.tasks()) s.sim.control.forgetTask(t.id);
    const err = await rejection(createAgain(box, s.sim));
    assert.ok(err instanceof PairingExistsError, String(err));
    assert.doesNotMatch(err.message, /create task/);
  });

  it("a create task still running is refused by default, naming it and adoptExisting: true; nothing posted", async () => {
    const task = await postFrozenCreate(s.sim);
    const err = await rejection(createAgain(box, s.sim));
    assert.ok(err instanceof CreateInFlightError, String(err));
    assert.ok(err.message.includes(task.id) && err.message.includes(task.entity), err.message);
    assert.match(err.message, /adoptExisting: true/);
    assert.equal(posts(s.sim), 1, "only the earlier run's POST");
    // Following the advice: it waits for that create and adopts what it makes.
    const created = createAgain(box, s.sim, { adoptExisting: true });
    await s.sim.control.whenTaskSettled(await unfreezeWhenPolled(s.sim, task.id));
    const { id, outs } = await created;
    assert.equal(id, task.entity);
    assert.equal(outs.ownership, "adopted");
    assert.equal(posts(s.sim), 1, "only the earlier run's POST");
  });

  it("adoptExisting: true waits for a running create that names no pairing yet (entity null), never posted twice", async () => {
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
      const created = createAgain(box, s.sim, { adoptExisting: true });
      void unfreezeWhenPolled(s.sim, task.id);
      const { id, outs } = await created;
      assert.equal(id, task.entity);
      assert.equal(outs.ownership, "adopted");
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

describe("provider: no clock decides ownership (issue 23)", () => {
  for (const taskSkewMs of [-20 * MINUTE, 10 * MINUTE, 20 * MINUTE]) {
    describe(`task times ${taskSkewMs / MINUTE} minutes off the Date header`, () => {
      const s = useSimulatorPerTest({ clock: { taskSkewMs } });
      const box = useProviderSandbox();

      for (const age of [0, 35 * MINUTE]) {
        it(`a pairing made ${age / MINUTE} min ago is refused`, async () => {
          await madeElsewhere(s.sim, 0);
          s.sim.control.advanceClock(age);
          await madeElsewhere(s.sim, 1); // a newer task shows the task clock
          assert.ok((await rejection(createAgain(box, s.sim))) instanceof PairingExistsError);
        });
      }
    });
  }
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
    // The delete stays frozen: the create time-out ends the wait, whatever its length; the
    // wait's polls and its time-out run on fake time.
    const clock = installFakeTime();
    const err = await untilSettled(
      clock,
      rejection(createAgain(box, s.sim, { timeouts: { create: "1s" } })),
    ).finally(() => clock.restore());
    assert.ok(err instanceof PairingBeingDeletedError, String(err));
    assert.ok(err.message.includes(id) && err.message.includes(task), err.message);
    assert.ok(err.message.includes(s.sim.url), err.message);
    assert.match(err.message, /delete .*did not finish within .*create time-out \(1s\)/);
    assert.match(err.message, /pulumi up` again once/);
    assert.equal(posts(s.sim), before, "nothing posted");
  });
});
