// Every example, copied out of the repository as a user copies it, runs the steps its README
// gives: the package installed from the repository's packed tarball (offline, into the copy),
// the stack config the README sets, `pulumi up` through the dynamic-provider host against the
// simulator. Only the values are the simulator's; a key the README forgets fails the program.
// Nothing is written into the clone.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { RemoteSite, startSimulator, Simulator } from "../../simulator";
import { Deployment, programFromFile, ProviderHost, REPO_ROOT } from "../../tools/engine";
import {
  installTarball,
  PackedTarball,
  sharedTarball,
  PULUMI_TEMPLATE_COMPILER_OPTIONS,
} from "../package/consumer-project";
import { FAST_TASKS, pairWith, session } from "../support/simulator";

const EXAMPLES = ["basic", "multi-site", "adopt", "replication"];

/** The commands of the first ```sh block of a README, comments and blank lines dropped. */
function readmeCommands(readme: string): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, "the README has a ```sh block of steps");
  return block
    .split("\n")
    .map((line) => line.replace(/\s+#.*$/, "").trim())
    .filter((line) => line.length > 0);
}

const unquote = (text: string) => text.replace(/^'(.*)'$/, "$1");

/** Every file below `dir` (node_modules included), relative, sorted: what a test must not change. */
function filesBelow(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

/** The stack of a copied example after its README's steps, ready for more runs. */
interface StackRun {
  config: Record<string, string>;
  deployment: Deployment;
  up(): ReturnType<Deployment["up"]>;
  /** The same stack (state carried over) run with other config: a new `pulumi up` process. */
  withConfig(config: Record<string, string>): Promise<StackRun>;
}

/**
 * Runs a README's steps in `dir` (a copy of the example). `value(key)` gives the simulator's
 * value for a config key the README sets (namespaced: "vr-pairing:url", "<project>:remoteVcId",
 * "<project>:remotePasswords.site-b" for a --path key).
 */
async function runReadmeSteps(
  dir: string,
  tarball: PackedTarball,
  value: (key: string) => string,
  stop: (fn: () => Promise<void> | void) => void,
): Promise<{ run: StackRun; upResult: Awaited<ReturnType<Deployment["up"]>> }> {
  const project = /^name:\s*(\S+)/m.exec(fs.readFileSync(path.join(dir, "Pulumi.yaml"), "utf8"));
  assert.ok(project, "Pulumi.yaml names the project");
  const name = project[1];
  const config: Record<string, string> = {};
  const secretKeys: string[] = [];
  const paths: Record<string, Record<string, string> | string[]> = {};
  let stack: string | undefined;
  let installed = false;
  let upResult: Awaited<ReturnType<Deployment["up"]>> | undefined;
  let run: StackRun | undefined;
  const qualify = (key: string) => (key.includes(":") ? key : `${name}:${key}`);

  for (const command of readmeCommands(fs.readFileSync(path.join(dir, "README.md"), "utf8"))) {
    let m: RegExpExecArray | null;
    if (/^npm install \S+\/pulumi-vr-pairing-[\d.]+\.tgz$/.test(command)) {
      await installTarball(dir, tarball);
      installed = true;
    } else if ((m = /^pulumi stack init (\S+)$/.exec(command))) {
      stack = m[1];
    } else if ((m = /^cp (\S+) (\S+)$/.exec(command))) {
      fs.copyFileSync(path.join(dir, m[1]), path.join(dir, m[2]));
      assert.equal(m[2], `Pulumi.${stack}.yaml`, "the copied file is the stack's config file");
      // The config keys of the stack file (values are the user's to edit: the simulator's here).
      for (const [, key] of fs.readFileSync(path.join(dir, m[2]), "utf8").matchAll(/^ {2}(\S+):/gm))
        config[key] = value(key);
    } else if ((m = /^pulumi config set((?: --secret| --path)*) (\S+) (.+)$/.exec(command))) {
      const key = qualify(unquote(m[2]));
      const secret = m[1].includes("--secret");
      if (m[1].includes("--path")) {
        // `list[0]` sets an item of a list, `map.key` a key of an object.
        const [, root, index, rest] = /^([^.[]+)(?:\[(\d+)\]$|\.(.+)$)/.exec(key) ?? [];
        assert.ok(root, `the --path key ${key} is list[n] or object.key`);
        if (index !== undefined) ((paths[root] ??= []) as string[])[Number(index)] = value(key);
        else ((paths[root] ??= {}) as Record<string, string>)[rest] = value(key);
        config[root] = JSON.stringify(paths[root]);
        if (secret && !secretKeys.includes(root)) secretKeys.push(root);
      } else {
        config[key] = value(key);
        if (secret) secretKeys.push(key);
      }
    } else if (command === "pulumi up") {
      assert.ok(installed, "the package was installed before `pulumi up`");
      assert.ok(stack, "a stack was made before `pulumi up`");
      run ??= await startStack(dir, name, stack, config, secretKeys, stop);
      upResult = await run.up();
    } else {
      assert.fail(`this test does not know the README step "${command}"`);
    }
  }
  assert.ok(run && upResult, "the README's steps end in `pulumi up`");
  return { run, upResult };
}

async function startStack(
  dir: string,
  project: string,
  stack: string,
  config: Record<string, string>,
  secretKeys: string[],
  stop: (fn: () => Promise<void> | void) => void,
): Promise<StackRun> {
  const folder = {
    dir,
    project,
    hostEntry: path.join(dir, "node_modules", "@pulumi", "pulumi", "cmd", "dynamic-provider"),
    dispose: () => undefined,
  };
  const program = programFromFile(path.join(dir, "index.ts"), folder);
  const host = await ProviderHost.start({ programDir: dir, project, stack, config });
  stop(() => host.stop());
  const deployment = new Deployment(host, {
    program: { project, stack, config, secretConfigKeys: secretKeys },
  });
  return {
    config,
    deployment,
    up: () => deployment.up(program),
    withConfig: async (changed) => {
      const next = await startStack(dir, project, stack, changed, secretKeys, stop);
      for (const [urn, r] of deployment.state) next.deployment.state.set(urn, r);
      return next;
    },
  };
}

describe("examples: each README's steps in a copy outside the repository", function () {
  this.timeout(240_000);
  let root: string;
  let tarball: PackedTarball;
  let sim: Simulator;
  const cleanup: (() => Promise<void> | void)[] = [];
  const untouched = Object.fromEntries(
    EXAMPLES.map((e) => [e, filesBelow(path.join(REPO_ROOT, "examples", e))]),
  );

  /** A copy of the example in the OS temp folder, as a user copies it (no node_modules). */
  const copyOf = (example: string) => {
    const dir = path.join(root, example);
    fs.cpSync(path.join(REPO_ROOT, "examples", example), dir, {
      recursive: true,
      filter: (src) => !src.split(path.sep).includes("node_modules"),
    });
    return dir;
  };
  const connection = (key: string): string | undefined =>
    ({
      "vr-pairing:url": sim.url,
      "vr-pairing:username": sim.users[0].username,
      "vr-pairing:password": sim.users[0].password,
      "vr-pairing:thumbprint": sim.thumbprints.sha1,
    })[key];
  /** The project config keys of a pairing with `site` from this simulator. */
  const pairingConfig = (p: string, site: RemoteSite) => ({
    [`${p}:vrmsUrl`]: sim.url,
    [`${p}:vrmsThumbprint`]: sim.thumbprints.sha256,
    [`${p}:vrmsPassword`]: sim.users[0].password,
    [`${p}:remoteVcId`]: site.vcId,
    [`${p}:remotePscHost`]: site.pscHost,
    [`${p}:remotePscThumbprint`]: site.thumbprint,
    [`${p}:remotePscPassword`]: site.password,
  });
  const valueOf = (values: Record<string, string>) => (key: string) => {
    const v = connection(key) ?? values[key];
    if (v === undefined) assert.fail(`the README sets ${key}, for which this test has no value`);
    return v;
  };

  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "vr-pairing-examples-"));
    tarball = await sharedTarball();
    sim = await startSimulator({ taskDurations: FAST_TASKS });
  });
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });
  after(async () => {
    await sim?.stop();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });
  const stop = (fn: () => Promise<void> | void) => cleanup.push(fn);

  it("each example's tsconfig.json is Pulumi's template (what the package test compiles)", () => {
    for (const example of EXAMPLES) {
      const file = path.join(REPO_ROOT, "examples", example, "tsconfig.json");
      const { compilerOptions } = JSON.parse(fs.readFileSync(file, "utf8")) as {
        compilerOptions: unknown;
      };
      assert.deepEqual(compilerOptions, PULUMI_TEMPLATE_COMPILER_OPTIONS, example);
    }
  });

  it("each example depends on the published package name, not on the repository", () => {
    for (const example of EXAMPLES) {
      const file = path.join(REPO_ROOT, "examples", example, "package.json");
      const { dependencies } = JSON.parse(fs.readFileSync(file, "utf8")) as {
        dependencies: Record<string, string>;
      };
      assert.match(dependencies["pulumi-vr-pairing"], /^\^\d+\.\d+\.\d+$/, example);
    }
  });

  it("basic: one pairing, connected", async () => {
    const site = sim.remoteSites[0];
    const p = "vr-pairing-basic";
    const { run, upResult } = await runReadmeSteps(
      copyOf("basic"),
      tarball,
      valueOf({
        ...pairingConfig(p, site),
      }),
      stop,
    );
    assert.deepEqual(upResult.counts, { create: 1 });
    assert.equal(upResult.outputs.connectionStatus, "connected");
    assert.equal(upResult.outputs.remoteVcName, site.name);
    // Its stack ends here: the next examples declare the same remote vCenters.
    await run.deployment.destroy();
    assert.equal(sim.control.pairings().length, 0);
  });

  it("multi-site: one pairing per listed site, one VRMS login; a site dropped from the list is deleted", async () => {
    const p = "vr-pairing-multi-site";
    const dir = copyOf("multi-site");
    const listed = [
      ...fs
        .readFileSync(path.join(dir, "Pulumi.dev.yaml.example"), "utf8")
        .matchAll(/- name: (\S+)/g),
    ].map((m) => m[1]);
    assert.ok(listed.length >= 2, "the example lists two sites or more");
    const sites = listed.map((name, i) => ({
      name,
      vcId: sim.remoteSites[i].vcId,
      pscHost: sim.remoteSites[i].pscHost,
      pscThumbprint: sim.remoteSites[i].thumbprint,
    }));
    const logins = sim.control.counters().logins;
    const { run, upResult } = await runReadmeSteps(
      dir,
      tarball,
      valueOf({
        [`${p}:sites`]: JSON.stringify(sites),
        ...Object.fromEntries(
          listed.map((name, i) => [`${p}:remotePasswords.${name}`, sim.remoteSites[i].password]),
        ),
      }),
      stop,
    );
    assert.deepEqual(upResult.counts, { create: listed.length });
    const ids = upResult.outputs.pairingIds as Record<string, string>;
    assert.deepEqual(Object.keys(ids).sort(), [...listed].sort());
    assert.deepEqual(upResult.outputs.unhealthy, []);
    assert.equal(sim.control.counters().logins - logins, 1, "the pairings share one VRMS session");

    const fewer = await run.withConfig({
      ...run.config,
      [`${p}:sites`]: JSON.stringify(sites.slice(1)),
    });
    const shrunk = await fewer.up();
    assert.deepEqual(shrunk.counts, { same: listed.length - 1, delete: 1 });
    assert.ok(!sim.control.pairings().some((x) => x.pairing_id === ids[listed[0]]));
    await fewer.deployment.destroy();
    assert.ok(
      !Object.values(ids).some((id) => sim.control.pairings().some((x) => x.pairing_id === id)),
    );
  });

  it("adopt: takes over an existing pairing without a VRMS task", async () => {
    const p = "vr-pairing-adopt";
    const site = sim.remoteSites[2];
    const existing = await pairWith(sim, await session(sim), 2);
    const tasks = sim.control.tasks().length;
    const { run, upResult } = await runReadmeSteps(
      copyOf("adopt"),
      tarball,
      valueOf({
        [`${p}:pairingId`]: existing,
        [`${p}:remoteVcId`]: site.vcId,
        [`${p}:remotePscHost`]: site.pscHost,
        [`${p}:remotePscPassword`]: site.password,
      }),
      stop,
    );
    assert.equal(upResult.outputs.pairingId, existing);
    assert.equal(upResult.outputs.connectionStatus, "connected");
    assert.equal(sim.control.tasks().length, tasks, "adoption made no VRMS task");
    assert.deepEqual((await run.up()).counts, { same: 1 });
  });

  it("replication: a pairing and several VMs replicated over it, one paused; an RPO change and an unpause are updates", async () => {
    const p = "vr-replication";
    const site = sim.remoteSites[1];
    const vms = sim.control.replication.inventory(sim.localVcId).vms;
    const { run, upResult } = await runReadmeSteps(
      copyOf("replication"),
      tarball,
      valueOf({
        ...pairingConfig(p, site),
        [`${p}:vmNames[0]`]: vms[0].name,
        [`${p}:vmNames[1]`]: vms[1].name,
        [`${p}:pausedVms[0]`]: vms[1].name,
        [`${p}:rpo`]: "15",
      }),
      stop,
    );
    assert.deepEqual(upResult.counts, { create: 3 });
    assert.deepEqual(upResult.outputs.health, { [vms[0].name]: "ok", [vms[1].name]: "paused" });
    const live = () => sim.control.replication.list();
    const byVm = () => Object.fromEntries(live().map((r) => [r.vm_id, [r.rpo, r.status?.status]]));
    assert.deepEqual(byVm(), { [vms[0].id]: [15, "OK"], [vms[1].id]: [15, "PAUSED"] });

    const dayTwo = await run.withConfig({
      ...run.config,
      [`${p}:rpo`]: "30",
      [`${p}:pausedVms`]: "[]",
    });
    const changed = await dayTwo.up();
    assert.deepEqual(changed.counts, { same: 1, update: 2 });
    assert.deepEqual(changed.outputs.health, { [vms[0].name]: "ok", [vms[1].name]: "ok" });
    assert.deepEqual(byVm(), { [vms[0].id]: [30, "OK"], [vms[1].id]: [30, "OK"] });
    await dayTwo.deployment.destroy();
    assert.deepEqual(live(), []);
    assert.ok(!sim.control.pairings().some((x) => x.remote_vc_server?.id === site.vcId));
  });

  it("left the examples in the clone as they were", () => {
    for (const example of EXAMPLES) {
      assert.deepEqual(filesBelow(path.join(REPO_ROOT, "examples", example)), untouched[example]);
    }
  });
});
