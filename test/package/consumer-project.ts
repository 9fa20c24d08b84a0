// A user's project outside the repository, with the packed tarball installed by npm.
import { execFile } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { promisify } from "node:util";
import { REPO_ROOT } from "../../tools/engine";

const run = promisify(execFile);
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

export interface PackedTarball {
  /** Absolute path of the .tgz. */
  file: string;
  /** Paths inside the package, sorted. */
  files: string[];
}

/** `npm pack` of the built repository (the build ran before the tests; no script runs again). */
export async function packTarball(destination: string): Promise<PackedTarball> {
  const { stdout } = await run(
    NPM,
    ["pack", "--ignore-scripts", "--json", "--pack-destination", destination],
    { cwd: REPO_ROOT, env: npmEnv(), maxBuffer: 16 * 1024 * 1024 },
  );
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  return {
    file: path.join(destination, packed.filename),
    files: packed.files.map((f) => f.path).sort(),
  };
}

let packedOnce: Promise<PackedTarball> | undefined;

/**
 * One `npm pack` per test process, shared by every test that installs the package (the build
 * does not change while the tests run). Its folder goes when the process exits.
 */
export function sharedTarball(): Promise<PackedTarball> {
  if (!packedOnce) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vr-pairing-tarball-"));
    process.once("exit", () => fs.rmSync(dir, { recursive: true, force: true }));
    packedOnce = packTarball(dir);
  }
  return packedOnce;
}

/** npm started under `npm test` would inherit the outer run's package settings: keep the cache ones. */
function npmEnv(): NodeJS.ProcessEnv {
  const keep = ["npm_config_cache", "npm_config_userconfig"];
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.toLowerCase().startsWith("npm_") || keep.includes(k.toLowerCase()),
    ),
  );
}

export interface ConsumerProject {
  readonly dir: string;
  readonly tarball: PackedTarball;
  dispose(): void;
}

/** What a user's project installs besides the package. */
const USER_DEPENDENCIES = ["@pulumi/pulumi", "typescript", "@types/node"];

/** The version of a package installed in the repository. */
function installedVersion(name: string): string {
  const manifest = path.join(REPO_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
}

/**
 * Has npm install the packed tarball into the project at `dir` (files, `bin` links and all, as
 * for a user). Offline and fast: the package's declared dependencies, the compiler and Node's
 * types are links to the repository's installed copies (same pinned versions), which npm
 * accepts as already satisfied. Only declared dependencies are linked, so a module the package
 * needs but does not declare fails to load. Nothing in the repository is written.
 */
export async function installTarball(dir: string, tarball: PackedTarball): Promise<void> {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as {
    dependencies: Record<string, string>;
  };
  const links = [...new Set([...Object.keys(manifest.dependencies), ...USER_DEPENDENCIES])];
  for (const name of links) {
    const at = path.join(dir, "node_modules", name);
    fs.mkdirSync(path.dirname(at), { recursive: true });
    fs.symlinkSync(path.join(REPO_ROOT, "node_modules", name), at, "junction");
  }
  await run(
    NPM,
    [
      "install",
      "--offline",
      "--ignore-scripts",
      "--no-package-lock",
      "--no-audit",
      "--no-fund",
      tarball.file,
    ],
    { cwd: dir, env: npmEnv(), maxBuffer: 16 * 1024 * 1024 },
  );
}

/** Installs the packed repository into a new project in the OS temp folder. */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "vr-pairing-consumer-"));
  const dispose = () => fs.rmSync(root, { recursive: true, force: true });
  try {
    const tarball = await sharedTarball();
    const dir = path.join(root, "project");
    fs.mkdirSync(dir);
    fs.writeFileSync(
      path.join(dir, "package.json"),
      JSON.stringify({
        name: "vr-pairing-consumer",
        private: true,
        dependencies: Object.fromEntries(USER_DEPENDENCIES.map((n) => [n, installedVersion(n)])),
      }),
    );
    fs.writeFileSync(
      path.join(dir, "Pulumi.yaml"),
      "name: vr-pairing-consumer\nruntime: nodejs\ndescription: a user's project\n",
    );
    await installTarball(dir, tarball);
    return { dir, tarball, dispose };
  } catch (err) {
    dispose();
    throw err;
  }
}

/**
 * The compiler options of a project made by `pulumi new typescript`, as Pulumi's templates ship
 * them (github.com/pulumi/templates, `*-typescript/tsconfig.json`): ES2020 and no `skipLibCheck`,
 * so every declaration the package ships is type-checked against the ES2020 lib.
 */
export const PULUMI_TEMPLATE_COMPILER_OPTIONS = {
  strict: true,
  outDir: "bin",
  target: "es2020",
  module: "commonjs",
  moduleResolution: "node",
  sourceMap: true,
  experimentalDecorators: true,
  pretty: true,
  noFallthroughCasesInSwitch: true,
  noImplicitReturns: true,
  forceConsistentCasingInFileNames: true,
} as const;
