import * as fs from "fs";
import * as os from "os";
import * as path from "path";

/** The repository root (this file compiles to dist/tools/engine/). */
export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");

export interface ProgramFolderOptions {
  /** Pulumi project name written to Pulumi.yaml (also what the host reports as the project). */
  project?: string;
  /** Parent folder of the temporary program folder (default: the OS temp folder). */
  parent?: string;
}

/**
 * A Pulumi program folder as a user has it after `npm install`: Pulumi.yaml, package.json and a
 * node_modules in which `pulumi-vr-pairing` is this repository and `@pulumi/pulumi` is the
 * repository's copy. The dynamic-provider host runs with this folder as working directory, so
 * the serialized provider's `require("pulumi-vr-pairing/provider")` resolves exactly as it would
 * for a user.
 */
export interface ProgramFolder {
  readonly dir: string;
  readonly project: string;
  /** Path of the dynamic-provider host entry point as the engine finds it in the program folder. */
  readonly hostEntry: string;
  dispose(): void;
}

export function createProgramFolder(options: ProgramFolderOptions = {}): ProgramFolder {
  const project = options.project ?? "vr-pairing-program";
  const dir = fs.mkdtempSync(path.join(options.parent ?? os.tmpdir(), "vr-pairing-program-"));
  fs.writeFileSync(
    path.join(dir, "Pulumi.yaml"),
    `name: ${project}\nruntime: nodejs\ndescription: temporary program folder of the engine harness\n`,
  );
  fs.writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify(
      {
        name: project,
        private: true,
        dependencies: { "@pulumi/pulumi": "*", "pulumi-vr-pairing": "file:" + REPO_ROOT },
      },
      null,
      2,
    ),
  );
  const modules = path.join(dir, "node_modules");
  fs.mkdirSync(path.join(modules, "@pulumi"), { recursive: true });
  // "dir" symlinks need no privileges on Windows when they are junctions.
  fs.symlinkSync(REPO_ROOT, path.join(modules, "pulumi-vr-pairing"), "junction");
  fs.symlinkSync(
    path.join(REPO_ROOT, "node_modules", "@pulumi", "pulumi"),
    path.join(modules, "@pulumi", "pulumi"),
    "junction",
  );
  return {
    dir,
    project,
    hostEntry: path.join(modules, "@pulumi", "pulumi", "cmd", "dynamic-provider", "index.js"),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
