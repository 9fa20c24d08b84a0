// Generated regions inside hand-written files: a line naming `fields:<Resource>:<part>` opens
// one, the next line holding `/fields` closes it. The same markers serve markdown
// (`<!-- fields:VrPairing:inputs -->`) and TypeScript (`// fields:VrPairing:args ...`).
import * as fs from "node:fs";
import * as path from "node:path";
import * as prettier from "prettier";
import { CONFIG_NAMESPACE } from "../../provider/connection";
import { VR_PAIRING } from "../../provider/pairing-fields";
import { VR_REPLICATION } from "../../provider/replication/fields";
import { REPO_ROOT } from "../engine/program-folder";
import {
  argsMembers,
  connectionMembers,
  inputsTable,
  inputsTypeMembers,
  outputMembers,
  outputsTable,
  type Fields,
} from "./render";

function bounds(text: string, id: string): { start: number; end: number } | undefined {
  const open = text.indexOf(`${id} `) >= 0 ? text.indexOf(`${id} `) : text.indexOf(`${id}\n`);
  if (open < 0) return undefined;
  const start = text.indexOf("\n", open) + 1;
  const close = text.indexOf("/fields", start);
  if (close < 0) return undefined;
  return { start, end: text.lastIndexOf("\n", close) + 1 };
}

/** The text between the markers of region `id`, or undefined when the file has none. */
export function regionOf(text: string, id: string): string | undefined {
  const b = bounds(text, id);
  return b && text.slice(b.start, b.end);
}

/** The text with region `id` holding `body` (which ends in a newline). */
export function withRegion(text: string, id: string, body: string): string {
  const b = bounds(text, id);
  if (!b) throw new Error(`no region ${id}`);
  return text.slice(0, b.start) + body + text.slice(b.end);
}

/** One generated region: the file it lives in (relative to the repository) and its text. */
export interface Region {
  file: string;
  id: string;
  body: string;
}

const markdown = async (text: string) =>
  `\n${await prettier.format(text, { parser: "markdown", printWidth: 100 })}\n`;

/** A resource whose table writes docs: where its hover docs, plain input type and tables go. */
export interface DocumentedResource {
  fields: Fields;
  /** Holds its Args interface and class (hover docs). */
  resourceFile: string;
  /** Holds its plain typed inputs. */
  inputsFile: string;
  /** The user doc with its inputs and outputs tables. */
  docFile: string;
}

export const DOCUMENTED: DocumentedResource[] = [
  {
    fields: VR_PAIRING,
    resourceFile: path.join("provider", "resource.ts"),
    inputsFile: path.join("provider", "inputs.ts"),
    docFile: "README.md",
  },
  {
    fields: VR_REPLICATION,
    resourceFile: path.join("provider", "replication", "resource.ts"),
    inputsFile: path.join("provider", "replication", "inputs.ts"),
    docFile: path.join("docs", "replication.md"),
  },
];

/** Every region the field tables generate. */
export async function fieldRegions(): Promise<Region[]> {
  const lines = (l: string[]) => `${l.join("\n")}\n`;
  const regions = await Promise.all(
    DOCUMENTED.map(async ({ fields, resourceFile, inputsFile, docFile }) => {
      const id = (part: string) => `fields:${fields.resource}:${part}`;
      return [
        { file: resourceFile, id: id("args"), body: lines(argsMembers(fields, CONFIG_NAMESPACE)) },
        { file: resourceFile, id: id("outputs"), body: lines(outputMembers(fields)) },
        { file: inputsFile, id: id("inputs-type"), body: lines(inputsTypeMembers(fields)) },
        {
          file: docFile,
          id: id("inputs"),
          body: await markdown(inputsTable(fields, CONFIG_NAMESPACE)),
        },
        { file: docFile, id: id("outputs"), body: await markdown(outputsTable(fields)) },
      ];
    }),
  );
  const connection = {
    file: path.join("provider", "resource.ts"),
    id: "fields:VrPairing:connection",
    body: lines(connectionMembers(VR_PAIRING, CONFIG_NAMESPACE)),
  };
  return [...regions.flat(), connection];
}

/** Writes every region into its file; answers the files that changed. */
export async function writeFieldRegions(root = REPO_ROOT): Promise<string[]> {
  const changed = new Set<string>();
  for (const r of await fieldRegions()) {
    const file = path.join(root, r.file);
    const text = fs.readFileSync(file, "utf8");
    const next = withRegion(text, r.id, r.body);
    if (next !== text) {
      fs.writeFileSync(file, next);
      changed.add(r.file);
    }
  }
  return [...changed];
}
