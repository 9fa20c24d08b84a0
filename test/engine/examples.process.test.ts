import * as assert from "assert";
import * as path from "path";
import { startSimulator, Simulator } from "../../simulator";
import {
  createProgramFolder,
  Deployment,
  ProgramFolder,
  programFromFile,
  ProviderHost,
  REPO_ROOT,
} from "../../tools/engine";
import { FAST_TASKS, pairWith, session } from "../support/simulator";

/** Runs one example program file, unchanged, through the host with the given stack config. */
async function exampleDeployment(
  example: string,
  project: string,
  config: Record<string, string>,
  secretKeys: string[],
): Promise<{
  folder: ProgramFolder;
  host: ProviderHost;
  deployment: Deployment;
  program: () => unknown;
}> {
  const folder = createProgramFolder({ project });
  const program = programFromFile(path.join(REPO_ROOT, "examples", example, "index.ts"), folder);
  const host = await ProviderHost.start({ programDir: folder.dir, project, stack: "test", config });
  const deployment = new Deployment(host, {
    program: { project, stack: "test", config, secretConfigKeys: secretKeys },
  });
  return { folder, host, deployment, program };
}

function connection(sim: Simulator): Record<string, string> {
  return {
    "vr-pairing:url": sim.url,
    "vr-pairing:username": sim.users[0].username,
    "vr-pairing:password": sim.users[0].password,
    "vr-pairing:thumbprint": sim.thumbprints.sha1,
  };
}

describe("engine path: examples/multi-site and examples/adopt", function () {
  this.timeout(120_000);
  let sim: Simulator;
  const cleanup: (() => Promise<void> | void)[] = [];

  beforeEach(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
  });
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
    await sim?.stop();
  });

  it("multi-site: one pairing per listed site with provider-level config, one VRMS login", async () => {
    const project = "vr-pairing-multi-site";
    const sites = sim.remoteSites.map((s, i) => ({
      name: `site-${i}`,
      vcId: s.vcId,
      pscHost: s.pscHost,
      pscThumbprint: s.thumbprint,
    }));
    const passwords = Object.fromEntries(sim.remoteSites.map((s, i) => [`site-${i}`, s.password]));
    const config = (list: typeof sites) => ({
      ...connection(sim),
      [`${project}:sites`]: JSON.stringify(list),
      [`${project}:remotePasswords`]: JSON.stringify(passwords),
    });
    const secrets = ["vr-pairing:password", `${project}:remotePasswords`];
    const all = await exampleDeployment("multi-site", project, config(sites), secrets);
    cleanup.push(
      () => all.host.stop(),
      () => all.folder.dispose(),
    );

    const up = await all.deployment.up(all.program);
    assert.deepStrictEqual(up.counts, { create: 3 });
    const ids = up.outputs.pairingIds as Record<string, string>;
    assert.deepStrictEqual(Object.keys(ids).sort(), ["site-0", "site-1", "site-2"]);
    assert.deepStrictEqual(
      sim.control
        .pairings()
        .map((p) => p.pairing_id)
        .sort(),
      Object.values(ids).sort(),
    );
    assert.deepStrictEqual(up.outputs.unhealthy, []);
    assert.strictEqual(sim.control.counters().logins, 1, "three pairings share one VRMS session");

    // Dropping a site from the list deletes only that pairing (a new run of the program).
    const fewer = await exampleDeployment(
      "multi-site",
      project,
      config(sites.slice(0, 2)),
      secrets,
    );
    cleanup.push(
      () => fewer.host.stop(),
      () => fewer.folder.dispose(),
    );
    for (const [urn, r] of all.deployment.state) fewer.deployment.state.set(urn, r);
    const shrunk = await fewer.deployment.up(fewer.program);
    assert.deepStrictEqual(shrunk.counts, { same: 2, delete: 1 });
    assert.deepStrictEqual(
      sim.control
        .pairings()
        .map((p) => p.pairing_id)
        .sort(),
      [ids["site-0"], ids["site-1"]].sort(),
    );
    await fewer.deployment.destroy();
    assert.deepStrictEqual(sim.control.pairings(), []);
  });

  it("adopt: brings an existing pairing under management without a VRMS task", async () => {
    const project = "vr-pairing-adopt";
    const site = sim.remoteSites[0];
    const existing = await pairWith(sim, await session(sim), 0);
    const tasks = sim.control.tasks().length;
    const config = {
      ...connection(sim),
      [`${project}:pairingId`]: existing,
      [`${project}:remoteVcId`]: site.vcId,
      [`${project}:remotePscHost`]: site.pscHost,
      [`${project}:remotePscThumbprint`]: site.thumbprint,
      [`${project}:remotePscPassword`]: site.password,
      [`${project}:retainOnDelete`]: "false",
    };
    const d = await exampleDeployment("adopt", project, config, [
      "vr-pairing:password",
      `${project}:remotePscPassword`,
    ]);
    cleanup.push(
      () => d.host.stop(),
      () => d.folder.dispose(),
    );

    const up = await d.deployment.up(d.program);
    assert.strictEqual(up.outputs.pairingId, existing);
    assert.strictEqual(up.outputs.connectionStatus, "connected");
    assert.strictEqual(sim.control.tasks().length, tasks, "adoption made no VRMS task");
    assert.deepStrictEqual(
      sim.control.pairings().map((p) => p.pairing_id),
      [existing],
    );
    const again = await d.deployment.up(d.program);
    assert.deepStrictEqual(again.counts, { same: 1 });
  });
});
