// The package from a user's side: `npm pack`, the tarball installed into a project outside the
// repository, its documented imports type-checked under every module resolution, one lifecycle
// through the dynamic-provider host, and the simulator started with npx.
import * as assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import * as fs from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";
import { promisify } from "node:util";
import { BASIC_PROJECT, basicConfig } from "../../tools/demo/example-config";
import {
  Deployment,
  ProgramFolder,
  programFromFile,
  ProviderHost,
  REPO_ROOT,
} from "../../tools/engine";
import { FAST_TASKS } from "../support/simulator";
import {
  ConsumerProject,
  createConsumerProject,
  PULUMI_TEMPLATE_COMPILER_OPTIONS,
} from "./consumer-project";
import { readmeTypeScriptBlocks } from "./readme";

const run = promisify(execFile);

/** The files a user needs: the compiled library and its declarations, no tests, tools or maps. */
function expectedTarballFiles(): string[] {
  const files = ["package.json", "README.md", "LICENSE", "CHANGELOG.md"];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) {
        const base = child.replace(/\.ts$/, "");
        files.push(`dist/${base}.js`, `dist/${base}.d.ts`);
      }
    }
  };
  files.push("dist/index.js", "dist/index.d.ts");
  for (const folder of ["sdk", "provider", "simulator"]) walk(folder);
  return files.sort();
}

/** Each line fails type-checking only when the import's declarations resolved (unresolved is `any`). */
const IMPORT_PROBE = `import * as pulumi from "@pulumi/pulumi";
import { VrPairing, type ConnectionStatus } from "pulumi-vr-pairing";
import { VrmsClient } from "pulumi-vr-pairing/sdk";
import { connect } from "pulumi-vr-pairing/provider";
import { startSimulator } from "pulumi-vr-pairing/simulator";

// @ts-expect-error remoteVcId and the other required inputs are missing
new VrPairing("probe", {});
// @ts-expect-error the client needs url, username and password
new VrmsClient({});
// @ts-expect-error the port is a number
void startSimulator({ port: "8443" });
// @ts-expect-error connect takes no argument
connect(1);
export const status: pulumi.Output<ConnectionStatus> | undefined = undefined;
`;

/** The other module resolutions: they check that the imports resolve (lib checks are the template's). */
const RESOLUTIONS: Record<string, { module: string; moduleResolution: string }> = {
  node16: { module: "node16", moduleResolution: "node16" },
  nodenext: { module: "nodenext", moduleResolution: "nodenext" },
  bundler: { module: "esnext", moduleResolution: "bundler" },
};

describe("package: the tarball in a user's project", function () {
  this.timeout(240_000);
  let consumer: ConsumerProject;
  const programs: string[] = [];

  before(async function () {
    consumer = await createConsumerProject();
    const dir = path.join(consumer.dir, "programs");
    fs.mkdirSync(dir);
    const add = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      programs.push(`programs/${name}`);
    };
    readmeTypeScriptBlocks(fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8")).forEach(
      (block, i) => add(`readme-${i + 1}.ts`, block.code),
    );
    const behaviour = fs.readFileSync(path.join(REPO_ROOT, "docs", "behaviour.md"), "utf8");
    readmeTypeScriptBlocks(behaviour).forEach((block, i) =>
      add(`behaviour-${i + 1}.ts`, block.code),
    );
    for (const example of ["basic", "multi-site", "adopt"]) {
      add(
        `${example}.ts`,
        fs.readFileSync(path.join(REPO_ROOT, "examples", example, "index.ts"), "utf8"),
      );
    }
    add("imports.ts", IMPORT_PROBE);
  });
  after(() => consumer?.dispose());

  it("holds exactly the compiled library, its declarations, README, LICENSE and CHANGELOG", () => {
    assert.deepEqual(consumer.tarball.files, expectedTarballFiles());
    assert.ok(
      !consumer.tarball.files.some((f) => f.endsWith(".map")),
      "no source map without its source",
    );
  });

  it("compiles the README's programs, each example and every documented import under Pulumi's template tsconfig", async () => {
    // Pulumi runs a TypeScript program as CommonJS (the template); the ESM resolutions check the
    // declarations resolve too. One `tsc -b` checks every project in one process: the
    // declarations are parsed once, not once per resolution.
    const tsc = path.join(consumer.dir, "node_modules", "typescript", "bin", "tsc");
    const write = (name: string, compilerOptions: object) => {
      const config = `tsconfig.${name}.json`;
      fs.writeFileSync(
        path.join(consumer.dir, config),
        JSON.stringify({ compilerOptions: { ...compilerOptions, noEmit: true }, files: programs }),
      );
      return config;
    };
    const configs = [
      write("pulumi-template", PULUMI_TEMPLATE_COMPILER_OPTIONS),
      ...Object.entries(RESOLUTIONS).map(([name, options]) =>
        write(name, {
          ...PULUMI_TEMPLATE_COMPILER_OPTIONS,
          ...options,
          skipLibCheck: true,
          types: ["node"],
        }),
      ),
    ];
    // --verbose names the project (so the resolution) before its errors.
    const { failed, stdout } = await run(process.execPath, [tsc, "-b", "--verbose", ...configs], {
      cwd: consumer.dir,
    }).then(
      (r) => ({ failed: false, stdout: r.stdout }),
      (err: { stdout?: string; message: string }) => ({
        failed: true,
        stdout: err.stdout || err.message,
      }),
    );
    assert.ok(!failed, `no type error under any moduleResolution:\n${stdout}`);
    for (const config of configs) {
      const built = stdout
        .split("\n")
        .some((line) => line.includes("Building project '") && line.includes(`${config}'`));
      assert.ok(built, `${config} was checked:\n${stdout}`);
    }
    assert.ok(programs.includes("programs/readme-1.ts"), "the README's Quick start was compiled");
    assert.ok(programs.includes("programs/behaviour-1.ts"), "docs/behaviour.md's program too");
  });

  it("runs examples/basic's lifecycle through the dynamic-provider host from the project", async () => {
    // Everything from the project's node_modules: the host (its cwd), the program's imports,
    // the `__provider` it loads, and the installed package's own simulator.
    // A require from inside the project: one from this file would resolve the repository's own
    // package by self-reference whatever `paths` says.
    const fromProject = createRequire(path.join(consumer.dir, "program.js"));
    assert.ok(
      fromProject.resolve("pulumi-vr-pairing").startsWith(consumer.dir),
      "the program resolves the installed copy, not the repository",
    );
    const installed = fromProject(
      "pulumi-vr-pairing/simulator",
    ) as typeof import("../../simulator");
    const sim = await installed.startSimulator({ taskDurations: FAST_TASKS });
    const config = basicConfig(sim);
    const host = await ProviderHost.start({
      programDir: consumer.dir,
      project: BASIC_PROJECT,
      stack: "test",
      config: config.values,
    });
    try {
      const folder: ProgramFolder = {
        dir: consumer.dir,
        project: BASIC_PROJECT,
        hostEntry: path.join(consumer.dir, "node_modules/@pulumi/pulumi/cmd/dynamic-provider"),
        dispose: () => undefined,
      };
      const program = programFromFile(path.join(consumer.dir, "programs", "basic.ts"), folder);
      const deployment = new Deployment(host, {
        program: {
          project: BASIC_PROJECT,
          stack: "test",
          config: config.values,
          secretConfigKeys: config.secretKeys,
        },
      });
      const up = await deployment.up(program);
      assert.deepEqual(up.counts, { create: 1 });
      assert.equal(up.outputs.connectionStatus, "connected");
      const pairingId = String(up.outputs.pairingId);
      sim.control.breakPairing(pairingId, "the remote VRMS stopped answering");
      assert.deepEqual((await deployment.refresh()).counts, { refresh: 1 });
      const repair = await deployment.up(program);
      assert.deepEqual(repair.counts, { update: 1 });
      assert.equal(repair.outputs.connectionStatus, "connected");
      assert.deepEqual((await deployment.destroy()).counts, { delete: 1 });
      assert.deepEqual(
        sim.control.pairings().filter((p) => p.pairing_id === pairingId),
        [],
        "the pairing is gone from the VRMS",
      );
    } finally {
      await host.stop();
      await sim.stop();
    }
  });

  it("starts the simulator with `npx vrms-simulator` from the installed package", async () => {
    const child = spawn("npx", ["--offline", "vrms-simulator", "--port", "0"], {
      cwd: consumer.dir,
      detached: true, // its own process group: npx, the shell and node end together
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = "";
        child.stdout.on("data", (chunk: Buffer) => {
          out += chunk.toString();
          const m = /URL:\s+(https:\/\/\S+)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.once("exit", (code) => reject(new Error(`vrms-simulator exited (${code}): ${out}`)));
      });
      const login = await fetchInsecure(`${url}/session`);
      assert.equal(login, 401, "the simulator answers (401 without credentials)");
    } finally {
      if (child.pid !== undefined && child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        process.kill(-child.pid, "SIGTERM");
        await exited;
      }
    }
  });
});

/** The status of an unauthenticated POST, trusting the simulator's self-signed certificate. */
async function fetchInsecure(url: string): Promise<number> {
  const https = await import("node:https");
  return new Promise((resolve, reject) => {
    const req = https.request(url, { method: "POST", rejectUnauthorized: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.once("error", reject);
    req.end();
  });
}
