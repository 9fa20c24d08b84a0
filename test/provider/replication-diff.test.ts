// VrReplication's diff, a pure function of state, checked inputs and the address they reach:
// what each input's change means is the table's (provider/replication/fields.ts).
import { strict as assert } from "node:assert";
import { unknownValue } from "@pulumi/pulumi/runtime";
import { inputParser } from "../../provider/fields/parse";
import { diffReplication, recordsOnly } from "../../provider/replication/diff";
import { VR_REPLICATION } from "../../provider/replication/fields";
import type { ReplicationInputs } from "../../provider/replication/inputs";
import type { ReplicationOutputs } from "../../provider/replication/state";

const parse = inputParser(VR_REPLICATION.resource, VR_REPLICATION.inputs);
const URL = "https://vrms.example.test/api/rest/vr/v2";

function inputs(over: Record<string, unknown> = {}): ReplicationInputs {
  const { inputs: parsed, failures } = parse({
    vrmsUrl: URL,
    vrmsUsername: "administrator@vsphere.local",
    vrmsPassword: "p",
    pairingId: "pairing-1",
    targetVcId: "vc-b",
    remoteUsername: "administrator@vsphere.local",
    remotePassword: "rp",
    vmId: "VirtualMachine:vm-80:vc-a",
    datastoreId: "Datastore:ds-1:vc-b",
    ...over,
  });
  assert.deepEqual(failures, []);
  return parsed as ReplicationInputs;
}

const state = (over: Partial<ReplicationOutputs> = {}): Partial<ReplicationOutputs> => ({
  ...inputs(),
  health: "ok",
  ...over,
});

describe("provider/replication: diff from the field table", () => {
  it("nothing changed, or only another spelling of an id or of the VRMS URL: no change", () => {
    assert.deepEqual(diffReplication(state(), inputs(), URL), { changes: false });
    const spelled = inputs({ vmId: "virtualmachine:VM-80:VC-A", pairingId: "PAIRING-1" });
    assert.deepEqual(diffReplication(state(), spelled, "vrms.example.test"), { changes: false });
  });

  it("another VM, pairing or target vCenter replaces it, unconfiguring first", () => {
    for (const [key, value] of [
      ["vmId", "VirtualMachine:vm-81:vc-a"],
      ["pairingId", "pairing-2"],
      ["targetVcId", "vc-c"],
    ]) {
      assert.deepEqual(diffReplication(state(), inputs({ [key]: value }), URL), {
        changes: true,
        replaces: [key],
        deleteBeforeReplace: true,
      });
    }
  });

  it("another VRMS address is an update (which checks the VRMS there), never a replace", () => {
    assert.deepEqual(diffReplication(state(), inputs(), "https://10.0.0.5"), { changes: true });
  });

  it("settings, pause, credentials and time-outs are updates; create-only inputs plan nothing", () => {
    for (const over of [
      { rpo: 15 },
      { paused: true },
      { remotePassword: "new" },
      { timeouts: { delete: "1h" } },
    ]) {
      assert.deepEqual(
        diffReplication(state(), inputs(over), URL),
        { changes: true },
        JSON.stringify(over),
      );
    }
    assert.deepEqual(diffReplication(state(), inputs({ adoptExisting: true }), URL), {
      changes: false,
    });
  });

  it("a health the declared `paused` does not explain is an update that repairs it", () => {
    assert.deepEqual(diffReplication(state({ health: "paused" }), inputs(), URL), {
      changes: true,
    });
    assert.deepEqual(diffReplication(state({ health: "rpo-violated" }), inputs(), URL), {
      changes: true,
    });
    const paused = inputs({ paused: true });
    assert.deepEqual(diffReplication(state({ ...paused, health: "paused" }), paused, URL), {
      changes: false,
    });
  });

  it("a value unknown in a preview is a change; a field missing from older state never replaces", () => {
    const preview = { ...inputs(), datastoreId: unknownValue };
    assert.deepEqual(diffReplication(state(), preview, URL), { changes: true });
    assert.deepEqual(diffReplication(state({ targetVcId: undefined }), inputs(), URL), {
      changes: true,
    });
  });

  it("an update whose changes are all record-only, on a healthy replication, makes no VRMS call", () => {
    for (const over of [
      { remotePassword: "new" },
      { forceDelete: true },
      { timeouts: { delete: "1h" } },
    ]) {
      assert.equal(recordsOnly(state(), inputs(over)), true, JSON.stringify(over));
    }
    assert.equal(recordsOnly(state(), inputs({ rpo: 15 })), false, "a reconfigure");
    assert.equal(recordsOnly(state(), inputs({ vrmsUrl: "https://10.0.0.5" })), false, "readdress");
    assert.equal(recordsOnly(state({ health: "error" }), inputs({ forceDelete: true })), false);
  });
});
