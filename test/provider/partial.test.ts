import { strict as assert } from "assert";
import * as sinon from "sinon";
import { VrmsClient } from "../../sdk";
import {
  PairingExistsError,
  PartialCreateError,
  PendingCreateFailedError,
} from "../../provider/errors";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { useSimulatorPerTest } from "../support/simulator";
import { inputsFor, isPlainJson, Raw, rejection, useProviderSandbox } from "./harness";

describe("provider: create that times out after the pairing exists", () => {
  const s = useSimulatorPerTest();
  const box = useProviderSandbox();

  async function timedOutCreate() {
    s.sim.control.freezeTasks(true);
    const inputs = inputsFor(s.sim, 0, { timeouts: { create: "200ms" } });
    const clock = installFakeTime(); // the time-out passes on fake time
    const err = await untilSettled(clock, rejection(box.provider().create(inputs))).finally(() =>
      clock.restore(),
    );
    assert.ok(err instanceof PartialCreateError, String(err));
    return { inputs, err: err as PartialCreateError };
  }

  it("reports the pairing id and properties through the host's partial-failure shape", async () => {
    const { inputs, err } = await timedOutCreate();
    const task = s.sim.control.tasks().find((t) => t.description === "Create pairing");
    assert.ok(task);
    assert.equal(err.id, task.entity);
    assert.deepEqual(err.reasons, [err.message]);
    assert.match(err.message, new RegExp(err.id));
    const props = err.properties;
    assert.equal(props.pairingId, err.id);
    assert.equal(props.__provider, inputs.__provider);
    // Unfinished: QUEUED when the time-out came before the task started (a loaded machine).
    assert.ok(["QUEUED", "RUNNING"].includes(String((props.lastTask as Raw).status)));
    // Refresh and delete need the passwords; the engine marks them secret (secret inputs).
    assert.equal(props.remotePscPassword, inputs.remotePscPassword);
    assert.ok(isPlainJson(props));
    assert.ok(!err.message.includes(String(inputs.remotePscPassword)));
    assert.ok(!err.message.includes(String(inputs.vrmsPassword)));
  });

  it("refresh keeps it while the task runs; the next up finishes it without a second POST", async () => {
    const { inputs, err } = await timedOutCreate();
    const olds = err.properties as never;
    const read = await box.provider().read(err.id, olds);
    assert.equal(read.id, err.id);

    const d = await box.provider().diff(err.id, read.props, inputs);
    assert.equal(d.changes, true);
    s.sim.control.freezeTasks(false);
    const { outs } = await box.provider().update(err.id, read.props, inputs);
    assert.equal(outs.pairingId, err.id);
    assert.equal(outs.connectionStatus, "connected");
    assert.equal(outs.lastTask?.status, "SUCCESS");
    assert.equal(outs.remotePscPassword, inputs.remotePscPassword);
    const counters = s.sim.control.counters().requests;
    assert.equal(counters["POST /pairings"], 1);
    assert.equal(counters["POST /pairings/{pairing_id}/actions/reconnect"] ?? 0, 0);
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("a refresh after the task finished records it, and the next up has nothing to do", async () => {
    const { inputs, err } = await timedOutCreate();
    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(String((err.properties.lastTask as Raw).id));
    const read = await box.provider().read(err.id, err.properties as never);
    assert.equal(read.id, err.id);
    assert.equal(read.props.lastTask?.status, "SUCCESS");
    assert.equal(read.props.connectionStatus, "connected");
    assert.equal((await box.provider().diff(err.id, read.props, inputs)).changes, false);
  });

  it("a create task that ended in error leaves a clear message and the next refresh drops it", async () => {
    const { inputs, err } = await timedOutCreate();
    const task = s.sim.control.tasks().find((t) => t.description === "Create pairing")!;
    s.sim.control.cancelTask(task.id);
    const failure = await rejection(box.provider().update(err.id, err.properties as never, inputs));
    assert.ok(failure instanceof PendingCreateFailedError, String(failure));
    assert.match(failure.message, /pulumi refresh/);
    const read = await box.provider().read(err.id, err.properties as never);
    assert.equal(read.id, "");
  });

  it("destroy while the create still runs waits for it, then deletes: nothing is orphaned", async () => {
    const { err } = await timedOutCreate();
    // Let the create finish only once the provider has seen the 404 and looks at the task.
    const getTask = VrmsClient.prototype.getTask;
    const stub = sinon.stub(VrmsClient.prototype, "getTask").callsFake(function (
      this: VrmsClient,
      id,
    ) {
      s.sim.control.freezeTasks(false);
      return getTask.call(this, id);
    });
    try {
      await box.provider().delete(err.id, err.properties as never);
    } finally {
      stub.restore();
    }
    assert.ok(stub.called);
    assert.equal(s.sim.control.pairings().length, 0);
    // The identity read finds no pairing yet; once the create made it, one remote login and
    // one delete.
    const requests = s.sim.control.counters().requests;
    assert.equal(requests["POST /pairings/{pairing_id}/remote-session"], 1);
    assert.equal(requests["DELETE /pairings/{pairing_id}"], 1);
  });

  it("a lost create is never taken over unasked; the advised adoptPairingId takes it, not duplicated", async () => {
    const { err } = await timedOutCreate();
    s.sim.control.freezeTasks(false);
    await s.sim.control.whenTaskSettled(String((err.properties.lastTask as Raw).id));
    // As if state had lost the partial resource: the next up creates again.
    const refused = await rejection(box.provider().create(inputsFor(s.sim)));
    assert.ok(refused instanceof PairingExistsError, String(refused));
    const advice = refused.message.match(/adoptPairingId: "([^"]+)"/);
    assert.equal(advice?.[1], err.id, refused.message);
    const again = await box.provider().create({ ...inputsFor(s.sim), adoptPairingId: advice[1] });
    assert.equal(again.id, err.id);
    assert.equal(again.outs.ownership, "adopted");
    assert.equal(s.sim.control.counters().requests["POST /pairings"], 1);
  });
});
