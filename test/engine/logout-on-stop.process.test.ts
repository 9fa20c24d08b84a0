// Sessions that end: the provider host logs out when the engine stops it (SIGTERM or SIGINT),
// and the lookup functions leave no session open. Judged by the simulator's own counts of
// logins and logouts (a remote session lives in the local session that opened it, so it ends
// with that session's logout).
import * as assert from "node:assert/strict";
import { getPairings, lookupPairing, VrPairing } from "../../provider";
import { startSimulator, type Simulator } from "../../simulator";
import {
  captureProgram,
  createProgramFolder,
  ProgramFolder,
  ProviderHost,
} from "../../tools/engine";
import { simulatorPairingArgs } from "../../tools/engine/pairing";
import { FAST_TASKS } from "../support/simulator";

describe("sessions that end: logout on stop, nothing open after a lookup", function () {
  this.timeout(120_000);
  const project = "vr-pairing-logout";
  const stack = "test";
  let sim: Simulator;
  let folder: ProgramFolder;

  before(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS, remoteSiteCount: 4 });
    folder = createProgramFolder({ project });
  });
  after(async () => {
    folder?.dispose();
    await sim?.stop();
  });

  const remoteLogins = () =>
    sim.control.counters().requests["POST /pairings/{pairing_id}/remote-session"] ?? 0;

  /** Creates the pairing to remote site `i` through a fresh host, then stops it with `signal`. */
  async function createThenStop(i: number, signal: NodeJS.Signals): Promise<void> {
    const host = await ProviderHost.start({ programDir: folder.dir, project, stack });
    try {
      await host.configure({});
      const [r] = await captureProgram(
        () => void new VrPairing(`p${i}`, simulatorPairingArgs(sim, sim.remoteSites[i])),
        { project, stack },
      );
      const urn = host.urn(r.type, r.name);
      const checked = await host.check({ urn, olds: {}, news: r.inputs });
      const created = await host.create({ urn, properties: checked.inputs });
      // A read opens the remote session (full data): it must end with the logout too.
      await host.read({ urn, id: created.id, properties: created.properties });
      assert.equal(sim.control.counters().logins, 1, "the host logged in once");
      assert.ok(remoteLogins() >= 1, "and opened a remote session");
      assert.equal(sim.control.counters().logouts, 0, "still in session while it runs");
    } finally {
      await host.stop(signal);
    }
  }

  for (const [i, signal] of [
    [0, "SIGTERM"],
    [1, "SIGINT"],
  ] as const) {
    it(`the host logs out when it is told to stop (${signal})`, async () => {
      sim.control.resetCounters();
      await createThenStop(i, signal);
      const c = sim.control.counters();
      assert.equal(c.logouts, 1, `logins ${c.logins}, logouts ${c.logouts}`);
      assert.equal(c.logins, 1);
    });
  }

  it("lookups leave no session open: alone or at the same time, every login is logged out", async () => {
    sim.control.resetCounters();
    const connection = {
      vrmsUrl: sim.url,
      vrmsUsername: sim.users[0].username,
      vrmsPassword: sim.users[0].password,
      vrmsThumbprint: sim.thumbprints.sha256,
    };
    const all = await getPairings(connection);
    assert.equal(all.length, 2);
    await lookupPairing({ ...connection, pairingId: all[0].pairingId });
    await lookupPairing({ ...connection, remoteVcId: sim.remoteSites[1].vcId });
    let c = sim.control.counters();
    assert.deepEqual([c.logins, c.logouts], [3, 3], "three lookups one after another");
    sim.control.resetCounters();
    await Promise.all([
      getPairings(connection),
      lookupPairing({ ...connection, pairingId: all[1].pairingId }),
      lookupPairing({ ...connection, remoteVcId: sim.remoteSites[0].vcId }),
    ]);
    c = sim.control.counters();
    assert.deepEqual([c.logins, c.logouts], [1, 1], "lookups at the same time share one session");
  });
});
