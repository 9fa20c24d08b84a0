// The doc comments an editor shows on hover for a resource's Args interface and class (by
// default VrPairingArgs and VrPairing in provider/resource.ts). Read from the syntax tree alone: each comment there is written on its
// own declaration, where the tree and the type checker give the same text, and a checked
// program of the file costs seconds of CPU (it loads @pulumi/pulumi's types).
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { REPO_ROOT } from "../../tools/engine/program-folder";

export interface Documented {
  name: string;
  doc: string;
}

export interface ResourceDocs {
  classDoc: string;
  /** The class's JSDoc tag names (e.g. "example"). */
  classTags: string[];
  inputs: Documented[];
  outputs: Documented[];
  /** The doc of the class's static get. */
  getDoc: string;
}

/** A declaration's doc comment without its tags, as hover text shows it. */
function docOf(node: ts.Node): string {
  return ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((d) => ts.getTextOfJSDocComment(d.comment) ?? "")
    .join("\n")
    .trim();
}

export function resourceDocs(
  relativeFile = "provider/resource.ts",
  resource = "VrPairing",
): ResourceDocs {
  const file = path.join(REPO_ROOT, relativeFile);
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true,
  );
  const docs: ResourceDocs = { classDoc: "", classTags: [], inputs: [], outputs: [], getDoc: "" };
  source.forEachChild((node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === `${resource}Args`) {
      for (const m of node.members) {
        if (ts.isPropertySignature(m)) docs.inputs.push({ name: m.name.getText(), doc: docOf(m) });
      }
    }
    if (ts.isClassDeclaration(node) && node.name?.text === resource) {
      docs.classDoc = docOf(node);
      docs.classTags = ts.getJSDocTags(node).map((t) => t.tagName.text);
      for (const m of node.members) {
        if (ts.isPropertyDeclaration(m))
          docs.outputs.push({ name: m.name.getText(), doc: docOf(m) });
        if (ts.isMethodDeclaration(m) && m.name.getText() === "get") docs.getDoc = docOf(m);
      }
    }
  });
  return docs;
}
