import { strict as assert } from "assert";
import { AdoptionError, PairingExistsError } from "../../provider/errors";
import { VrPairingProvider } from "../../provider/provider";
import { useSimulatorPerTest } from "../support/simulator";
import { inputsFor, rejection, useProviderSandbox } from "./harness";

describe("provider adoption of existing pairings", () => {
  const s = useSimulatorPerTest();
  const box = useProviderSandbox();
  const provider = () => new VrPairingProvider();

  it("adopts a pairing to the same remote vCenter with a visible warning, never duplicating it", async () => {
    const first = await provider().create(inputsFor(s.sim));
    s.sim.control.resetCounters();
    box.lines.length = 0;
    const again = await provider().create(inputsFor(s.sim, 0, { resourceName: "twin" }));
    assert.equal(again.id, first.id);
    assert.equal(again.outs.connectionStatus, "connected");
    assert.equal(again.outs.lastTask, null);
    assert.equal(s.sim.control.counters().requests["POST /pairings"] ?? 0, 0);
    assert.equal(s.sim.control.pairings().length, 1);
    assert.ok(
      box.lines.some((l) => /twin: warning: .*already exists.*adopting/.test(l)),
      box.lines.join("\n"),
    );
  });

  it("with adoptExisting false, fails and explains how to adopt", async () => {
    const first = await provider().create(inputsFor(s.sim));
    const err = await rejection(provider().create(inputsFor(s.sim, 0, { adoptExisting: false })));
    assert.ok(err instanceof PairingExistsError, String(err));
    assert.match(err.message, new RegExp(`adoptPairingId: "${first.id}"`));
    assert.match(err.message, /adoptExisting: true/);
    assert.equal(s.sim.control.pairings().length, 1);
  });

  it("adoptExisting false still creates when nothing exists", async () => {
    const { id } = await provider().create(inputsFor(s.sim, 1, { adoptExisting: false }));
    assert.equal(s.sim.control.pairings()[0].pairing_id, id);
  });

  it("adoptPairingId adopts that pairing (the import path)", async () => {
    const first = await provider().create(inputsFor(s.sim));
    s.sim.control.resetCounters();
    const adopted = await provider().create(inputsFor(s.sim, 0, { adoptPairingId: first.id }));
    assert.equal(adopted.id, first.id);
    assert.equal(adopted.outs.adoptPairingId, first.id);
    assert.equal(s.sim.control.counters().requests["POST /pairings"] ?? 0, 0);
  });

  it("adoptPairingId fails clearly for an unknown id or another vCenter's pairing", async () => {
    const unknown = await rejection(
      provider().create(
        inputsFor(s.sim, 0, { adoptPairingId: "00000000-0000-4000-8000-00000000dead" }),
      ),
    );
    assert.ok(unknown instanceof AdoptionError);
    assert.match(unknown.message, /no pairing with this id/);

    const other = await provider().create(inputsFor(s.sim, 1));
    const mismatch = await rejection(
      provider().create(inputsFor(s.sim, 0, { adoptPairingId: other.id })),
    );
    assert.ok(mismatch instanceof AdoptionError);
    assert.match(mismatch.message, /pairs remote vCenter/);
    assert.equal(s.sim.control.pairings().length, 1);
  });
});
