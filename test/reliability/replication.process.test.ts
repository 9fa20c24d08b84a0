// VrReplication through the real dynamic-provider host, driven the way the engine drives it:
// create, update (RPO, pause/resume), refresh-and-repair, bad input at preview, adoption only
// when asked, a killed run that never posts a second configure, and delete.
import { strict as assert } from "node:assert";
import { VrPairing } from "../../provider";
import { VrReplication, type VrReplicationArgs } from "../../provider/replication/resource";
import type { Stage } from "./stage";
import { itLeaksNoSecret, until, useStage } from "./stage";

type Replications = Record<string, Partial<VrReplicationArgs> & { vm: number }>;

const CONFIGURE = "POST /pairings/{pairing_id}/replications";

describe("reliability: VrReplication through the engine", function () {
  this.timeout(60_000);
  const s = useStage();

  const vmId = (n: number) => s.sim.control.replication.inventory(s.sim.localVcId).vms[n].id;
  const target = () => s.sim.control.replication.inventory(s.sim.remoteSites[0].vcId);
  const program = (reps: Replications) => () => {
    const pairing = new VrPairing("dr", s.args(0));
    for (const [name, { vm, ...rest }] of Object.entries(reps)) {
      new VrReplication(name, {
        pairing,
        vmId: vmId(vm),
        datastoreId: target().datastores[0].id,
        ...rest,
      });
    }
  };
  const up = (reps: Replications) => s.d.up(program(reps));
  const live = (name: string) => {
    const id = s.resource(name).id;
    const found = s.sim.control.replication.list().find((r) => r.id === id);
    assert.ok(found, `${name} (${id}) is on the VRMS`);
    return found;
  };
  const outputs = (name: string) => s.resource(name).outputs;
  const posts = () => s.sim.control.counters().requests[CONFIGURE] ?? 0;
  const tasksRead = () => s.sim.control.counters().requests["GET /tasks"] ?? 0;

  const base: Replications = {
    web: { vm: 0, rpo: 30 },
    db: { vm: 1, rpo: 60, paused: true, diskFormat: "THIN" },
  };

  it("create configures each VM and waits for the task; one is paused as declared", async () => {
    const summary = await up(base);
    assert.equal(summary.counts.create, 3);
    assert.equal(live("web").status?.status, "OK");
    assert.equal(live("web").rpo, 30);
    assert.equal(live("db").status?.status, "PAUSED");
    assert.equal(outputs("web").health, "ok");
    assert.equal(outputs("db").health, "paused");
    assert.equal(outputs("web").ownership, "created");
    assert.ok(s.resource("web").secretKeys.includes("remotePassword"), "remotePassword is secret");
    assert.ok(s.resource("web").secretKeys.includes("vrmsPassword"), "vrmsPassword is secret");
  });

  it("update: an RPO change reconfigures; paused flips pause and resume", async () => {
    const summary = await up({ web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } });
    assert.equal(summary.counts.update, 2);
    assert.equal(live("web").rpo, 15);
    assert.equal(live("db").status?.status, "OK");
    await up({ web: { vm: 0, rpo: 15, paused: true }, db: { ...base.db, paused: false } });
    assert.equal(live("web").status?.status, "PAUSED");
    await up({ web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } });
    assert.equal(live("web").status?.status, "OK");
  });

  it("a change of credentials, delete options or time-outs is saved without any call about the replication", async () => {
    const reps: Replications = { web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } };
    const calls = () =>
      Object.entries(s.sim.control.counters().requests)
        .filter(([key]) => key.includes("/replications/{replication_id}"))
        .reduce((n, [, count]) => n + count, 0);
    const before = calls();
    const saved = await up({ ...reps, web: { ...reps.web, retainReplicaDisks: true } });
    assert.equal(summaryUpdates(saved), 1);
    assert.equal(outputs("web").retainReplicaDisks, true);
    const restored = await up({ ...reps, web: { ...reps.web, timeouts: { delete: "1h" } } });
    assert.equal(summaryUpdates(restored), 1);
    assert.deepEqual(outputs("web").timeouts, { create: "30m", update: "30m", delete: "1h" });
    await up(reps);
    assert.equal(calls(), before, "no read, reconfigure, pause or resume of a replication");
  });

  it("refresh notices RPO violated, error and a pause made elsewhere; the next up repairs them", async () => {
    const reps: Replications = { web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } };
    s.sim.control.replication.setFault(s.resource("web").id, "rpo-violated");
    s.sim.control.replication.setPaused(s.resource("db").id, true);
    await s.refresh();
    assert.equal(outputs("web").health, "rpo-violated");
    assert.equal(outputs("db").health, "paused");
    const summary = await up(reps);
    assert.equal(summary.counts.update, 2);
    assert.ok(summary.steps.some((e) => e.detail === "live state drifted, inputs unchanged"));
    assert.equal(live("web").status?.status, "OK");
    assert.equal(live("db").status?.status, "OK");
    assert.equal(outputs("web").health, "ok");
    s.sim.control.replication.setFault(s.resource("web").id, "error");
    await s.refresh();
    assert.equal(outputs("web").health, "error");
    await up(reps);
    assert.equal(live("web").status?.status, "OK");
    const quiet = await up(reps);
    assert.equal(quiet.counts.update ?? 0, 0, "a healthy replication plans nothing");
  });

  it("bad input fails at preview, naming the field and the way forward, before any configure", async () => {
    const reps: Replications = { web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } };
    const before = posts();
    const rpo = await failingUp(s, { ...reps, app: { vm: 2, rpo: 2 } });
    assert.match(rpo, /rpo must be a whole number from 5 to 1440, got 2/);
    const disk = await failingUp(s, { ...reps, app: { vm: 2, disks: [{ deviceKey: 2999 }] } });
    assert.match(disk, /disks\[0\]\.deviceKey: VM vm-003 has no disk 2999; its disks are 0, 2000/);
    const source = s.sim.control.replication.inventory(s.sim.localVcId).datastores[0].id;
    const wrong = await failingUp(s, { ...reps, app: { vm: 2, datastoreId: source } });
    assert.match(wrong, /datastoreId: .* is a datastore of the source site .*getDatastores/);
    assert.equal(posts(), before, "nothing was configured");
  });

  it("a VM already replicated is adopted only when asked", async () => {
    const reps: Replications = { web: { vm: 0, rpo: 15 }, db: { ...base.db, paused: false } };
    // vm 3 replicated by someone else (through the API, as the vSphere Client would).
    const { VrmsClient } = await import("../../sdk");
    const client = new VrmsClient({
      url: s.sim.url,
      username: s.sim.users[0].username,
      password: s.sim.users[0].password,
      tls: { thumbprint: s.sim.thumbprints.sha256 },
    });
    try {
      const site = s.sim.remoteSites[0];
      const pairingId = s.resource("dr").id;
      const inv = s.sim.control.replication.inventory(s.sim.localVcId).vms[3];
      const [task] = await client.replications.configure(
        pairingId,
        [
          {
            vm_id: inv.id,
            target_vc_id: site.vcId,
            rpo: 240,
            network_compression_enabled: false,
            mpit_enabled: false,
            auto_replicate_new_disks: false,
            lwd_encryption_enabled: false,
            disks: [],
          },
        ],
        { remote: { username: site.username, password: site.password } },
      );
      await client.waitForTask(task);
    } finally {
      await client.dispose();
    }
    // However recent its configure: only the user can tell a stopped run from another stack.
    const refused = await failingUp(s, { ...reps, other: { vm: 3 } });
    assert.match(
      refused,
      /VM \S+ is already replicated \(replication GID-\S+ over pairing \S+\).* configured by task \S+ \(SUCCESS, queued at .*add `adoptExisting: true` to this VrReplication and run `pulumi up` again/,
    );
    await up({ ...reps, other: { vm: 3, adoptExisting: true, rpo: 45 } });
    assert.equal(outputs("other").ownership, "adopted");
    assert.equal(live("other").rpo, 45, "adopting brings it to the declared settings");
  });

  it("a run killed after its configure never posts a second one: the next up names the task and the fix; following it adopts", async () => {
    const reps: Replications = {
      web: { vm: 0, rpo: 15 },
      db: { ...base.db, paused: false },
      other: { vm: 3, adoptExisting: true, rpo: 45 },
    };
    const before = posts();
    // whileRunning holds tasks frozen until `during` returns: the killed run's configure is
    // still running when the next up (on a new host) looks, and when the one after it waits.
    let running = "";
    let adopted: Promise<unknown> = Promise.resolve();
    const killed = await s.whileRunning(
      "Configure replication",
      () => up({ ...reps, late: { vm: 4 } }),
      async () => {
        await s.killHost();
        await s.newHost();
        running = await failingUp(s, { ...reps, late: { vm: 4 } });
        const looked = tasksRead();
        adopted = up({ ...reps, late: { vm: 4, adoptExisting: true } });
        await until("the next up looks at the tasks", () => tasksRead() > looked || undefined);
      },
    );
    assert.ok(killed.error, "the killed run failed");
    assert.match(
      running,
      /A configure of VM \S+ over pairing \S+ is already (QUEUED|RUNNING) \(task [^,)]+.*did not post it in this deployment.*add `adoptExisting: true` to this VrReplication and run `pulumi up` again/,
    );
    // Following the advice waits for that task (unfrozen now) and adopts what it made.
    await adopted;
    assert.equal(posts(), before + 1, "one configure POST in all");
    assert.equal(
      s.resource("late").id,
      s.sim.control.replication.list().find((r) => r.vm_id === vmId(4))?.id,
      "the killed run's replication, adopted",
    );
    assert.equal(outputs("late").ownership, "adopted");
    assert.equal(live("late").status?.status, "OK");
  });

  it("a step failing after the configure is a partial failure: state keeps the replication, the next up finishes it", async () => {
    const reps: Replications = {
      web: { vm: 0, rpo: 15 },
      db: { ...base.db, paused: false },
      other: { vm: 3, adoptExisting: true, rpo: 45 },
      late: { vm: 4, adoptExisting: true },
    };
    s.sim.control.replication.failNext(
      "pause",
      "Injected: the replication server refused the pause",
    );
    const message = await failingUp(s, { ...reps, held: { vm: 5, paused: true } });
    assert.match(
      message,
      /Replication GID-[^ ]+ is configured, but a task failed: .*refused the pause.* kept in state/,
    );
    const id = s.resource("held").id;
    assert.equal(live("held").status?.status, "OK", "configured, not paused yet");
    await up({ ...reps, held: { vm: 5, paused: true } });
    assert.equal(s.resource("held").id, id, "the same replication, not a second one");
    assert.equal(live("held").status?.status, "PAUSED");
  });

  it("delete checks identity first: a replication recorded on another VRMS is left alone, naming why", async () => {
    const held = s.resource("held");
    const recorded = held.outputs.vrmsId;
    s.d.state.set(held.urn, { ...held, outputs: { ...held.outputs, vrmsId: "another-vrms" } });
    const err = await s.destroyFails();
    assert.match(
      err.message,
      /is VRMS .*, not VRMS another-vrms that holds replication .* Nothing was changed/,
    );
    assert.ok(live("held"), "the replication is still there");
    s.d.state.set(held.urn, { ...held, outputs: { ...held.outputs, vrmsId: recorded } });
  });

  it("destroy unconfigures every replication, then deletes the pairing", async () => {
    const summary = await s.destroy();
    assert.equal(summary.counts.delete, 6);
    assert.deepEqual(s.sim.control.replication.list(), []);
    assert.deepEqual(s.sim.control.pairings(), []);
  });

  itLeaksNoSecret(s);
});

const summaryUpdates = (summary: { counts: Record<string, number | undefined> }) =>
  summary.counts.update ?? 0;

async function failingUp(s: Stage, reps: Replications): Promise<string> {
  const program = () => {
    const pairing = new VrPairing("dr", s.args(0));
    for (const [name, { vm, ...rest }] of Object.entries(reps)) {
      new VrReplication(name, {
        pairing,
        vmId: s.sim.control.replication.inventory(s.sim.localVcId).vms[vm].id,
        datastoreId: s.sim.control.replication.inventory(s.sim.remoteSites[0].vcId).datastores[0]
          .id,
        ...rest,
      });
    }
  };
  try {
    await s.d.up(program);
  } catch (err) {
    return err instanceof Error
      ? `${err.message} ${String((err as { cause?: unknown }).cause ?? "")}`
      : String(err);
  }
  assert.fail("the up succeeded, but it should have failed");
}
