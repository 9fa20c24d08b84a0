import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";
import { ProgramFolder } from "./program-folder";

/**
 * Loads a Pulumi TypeScript program (e.g. examples/basic/index.ts) into a program folder the way
 * the Pulumi CLI runs it: transpiled to CommonJS and required from that folder, so its
 * `import "pulumi-vr-pairing"` resolves through the folder's node_modules. Each call of the
 * returned function runs the program afresh (a new `pulumi up`) and returns its exports.
 */
export function programFromFile(tsFile: string, folder: ProgramFolder): () => unknown {
  const source = fs.readFileSync(tsFile, "utf8");
  const js = ts.transpileModule(source, {
    fileName: path.basename(tsFile),
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
    },
  }).outputText;
  const out = path.join(folder.dir, path.basename(tsFile).replace(/\.ts$/, ".js"));
  fs.writeFileSync(out, js);
  return () => {
    delete require.cache[require.resolve(out)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loading a program is a dynamic require
    return require(out);
  };
}
