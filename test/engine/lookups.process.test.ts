// Reading pairings without managing them: VrPairing.get through the dynamic-provider host, and
// the lookup functions (getPairings, lookupPairing) with and without a Pulumi program.
import * as assert from "node:assert/strict";
import * as pulumi from "@pulumi/pulumi";
import { getPairings, lookupPairing, PairingNotFoundError, VrPairing } from "../../provider";
import { startSimulator, Simulator } from "../../simulator";
import { createProgramFolder, ProgramFolder, ProviderHost, runProgram } from "../../tools/engine";
import { FAST_TASKS, pairWith, session } from "../support/simulator";

describe("engine path: VrPairing.get and the lookup functions", function () {
  this.timeout(120_000);
  const project = "vr-pairing-lookups";
  let sim: Simulator;
  let folder: ProgramFolder;
  let host: ProviderHost;
  let healthy: string;
  let broken: string;

  const connection = () => ({
    vrmsUrl: sim.url,
    vrmsUsername: sim.users[0].username,
    vrmsPassword: sim.users[0].password,
    vrmsThumbprint: sim.thumbprints.sha256,
  });

  before(async () => {
    // Lookups open no remote session (they hold no remote credentials): this suite reads the
    // world without the remote-site contract, where list answers are full.
    sim = await startSimulator({ taskDurations: FAST_TASKS, remoteSiteContract: false });
    const api = await session(sim);
    healthy = await pairWith(sim, api, 0);
    broken = await pairWith(sim, api, 1);
    sim.control.breakPairing(broken, "the remote VRMS stopped answering");
    folder = createProgramFolder({ project });
    host = await ProviderHost.start({ programDir: folder.dir, project, stack: "test" });
  });
  after(async () => {
    await host?.stop();
    folder?.dispose();
    await sim?.stop();
  });

  it("VrPairing.get reads an existing pairing through the host's Read, outputs typed", async () => {
    const requests = sim.control.counters();
    const run = await runProgram(
      () => {
        const pairing = VrPairing.get("existing", broken, connection());
        const status: pulumi.Output<"connected" | "degraded" | "disconnected"> =
          pairing.connectionStatus;
        return {
          status,
          remote: pairing.remoteVcServer.apply((s) => s?.id ?? null),
          issues: pairing.issues.apply((list) => list.length),
        };
      },
      {
        project,
        stack: "test",
        onResource: async (r) => {
          assert.equal(r.id, broken, "a get is a Read of that id, never a create");
          const res = await host.read({
            urn: host.urn(r.type, r.name),
            id: r.id,
            properties: r.inputs,
            inputs: r.inputs,
          });
          return { id: res.id, state: res.properties };
        },
      },
    );
    assert.equal(run.outputs.status, "disconnected");
    assert.equal(run.outputs.remote, sim.remoteSites[1].vcId);
    assert.ok((run.outputs.issues as number) > 0, "the broken pairing's issues");
    assert.ok(sim.control.counters().total > requests.total, "it asked the VRMS");
    assert.ok(
      sim.control.pairings().some((p) => p.pairing_id === broken),
      "nothing was deleted or created",
    );
  });

  it("getPairings lists every pairing but the self pairing, without Pulumi", async () => {
    const all = await getPairings(connection());
    assert.deepEqual(all.map((p) => p.pairingId).sort(), [healthy, broken].sort());
    const issueReads = () =>
      sim.control.counters().requests["GET /pairings/{pairing_id}/issues"] ?? 0;
    const before = issueReads();
    const byRemote = await getPairings({ ...connection(), remoteVcId: sim.remoteSites[0].vcId });
    assert.deepEqual(
      byRemote.map((p) => [p.pairingId, p.connectionStatus, p.issues.length]),
      [[healthy, "connected", 0]],
    );
    assert.equal(issueReads(), before, "a healthy pairing's issues are not asked for");
  });

  it("lookupPairing by id or by remote vCenter; not found and ambiguous are clear errors", async () => {
    const byId = await lookupPairing({ ...connection(), pairingId: broken });
    assert.equal(byId.connectionStatus, "disconnected");
    assert.ok(byId.issues.length > 0);
    const byRemote = await lookupPairing({
      ...connection(),
      remoteVcId: sim.remoteSites[0].vcId.toUpperCase(),
    });
    assert.equal(byRemote.pairingId, healthy);
    assert.equal(byRemote.remoteVcServer?.id, sim.remoteSites[0].vcId);
    await assert.rejects(
      lookupPairing({ ...connection(), remoteVcId: sim.remoteSites[2].vcId }),
      (err: Error) =>
        err instanceof PairingNotFoundError && err.message.includes(sim.remoteSites[2].vcId),
    );
    await assert.rejects(
      lookupPairing({ ...connection(), pairingId: sim.selfPairingId }),
      PairingNotFoundError,
      "the self pairing is never a result",
    );
    await assert.rejects(
      // @ts-expect-error exactly one of pairingId and remoteVcId
      lookupPairing({ ...connection(), pairingId: healthy, remoteVcId: "x" }),
      /exactly one of pairingId .* or remoteVcId/,
    );
  });

  it("takes the connection from stack config inside a program, wrapped in pulumi.output", async () => {
    const c = connection();
    const run = await runProgram(
      () => ({
        found: pulumi.output(lookupPairing({ remoteVcId: sim.remoteSites[0].vcId })).pairingId,
        count: pulumi.output(getPairings()).apply((list) => list.length),
      }),
      {
        project,
        stack: "test",
        config: {
          "vr-pairing:url": c.vrmsUrl,
          "vr-pairing:username": c.vrmsUsername,
          "vr-pairing:password": c.vrmsPassword,
          "vr-pairing:thumbprint": c.vrmsThumbprint,
        },
        secretConfigKeys: ["vr-pairing:password"],
      },
    );
    assert.deepEqual(run.outputs, { found: healthy, count: 2 });
  });

  it("takes the connection from VRMS_* in the environment, and says what is missing", async () => {
    const c = connection();
    const saved = { ...process.env };
    // Stack config from the previous test must not answer for the environment.
    await runProgram(() => ({}), { project, stack: "test", config: {} });
    try {
      Object.assign(process.env, {
        VRMS_URL: c.vrmsUrl,
        VRMS_USERNAME: c.vrmsUsername,
        VRMS_PASSWORD: c.vrmsPassword,
        VRMS_THUMBPRINT: c.vrmsThumbprint,
      });
      assert.equal((await lookupPairing({ pairingId: healthy })).pairingId, healthy);
      delete process.env.VRMS_PASSWORD;
      await assert.rejects(
        getPairings(),
        /the local VRMS connection is incomplete:\n {2}- password: set the `vrmsPassword` input/,
      );
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});
