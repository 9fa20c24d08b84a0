// What the package tests read from the root README: its TypeScript blocks and its tables.

export interface CodeBlock {
  /** The nearest heading above the block. */
  heading: string;
  code: string;
}

/** Every ```ts block, in order. */
export function readmeTypeScriptBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let heading = "";
  let code: string[] | undefined;
  for (const line of markdown.split("\n")) {
    if (code) {
      if (line.startsWith("```")) {
        blocks.push({ heading, code: code.join("\n") + "\n" });
        code = undefined;
      } else code.push(line);
    } else if (/^```(ts|typescript)\s*$/.test(line)) code = [];
    else if (/^#+ /.test(line)) heading = line.replace(/^#+ /, "");
  }
  return blocks;
}

/** The rows of the first table under `heading` (exact heading text), as arrays of cells. */
export function tableUnder(markdown: string, heading: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => /^#+ /.test(l) && l.replace(/^#+ /, "") === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#+ /.test(line)) break;
    if (!line.startsWith("|")) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = splitRow(line);
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    rows.push(cells);
  }
  return rows.slice(1); // without the header row
}

/**
 * The rows of the table between `<!-- fields:<id> -->` and `<!-- /fields -->` (e.g. id
 * "VrPairing:inputs"), as arrays of cells, without the header row.
 */
export function fieldTable(markdown: string, id: string): string[][] {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => l.trim() === `<!-- fields:${id} -->`);
  if (start < 0) throw new Error(`README has no <!-- fields:${id} --> marker`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === "<!-- /fields -->");
  if (end < 0) throw new Error(`README's <!-- fields:${id} --> has no <!-- /fields --> after it`);
  const rows = lines
    .slice(start + 1, end)
    .filter((l) => l.startsWith("|"))
    .map(splitRow)
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)));
  return rows.slice(1);
}

/** Splits a table row on `|` outside backticks. */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let inCode = false;
  for (const ch of line.trim().replace(/^\||\|$/g, "")) {
    if (ch === "`") inCode = !inCode;
    if (ch === "|" && !inCode) {
      cells.push(cell.trim());
      cell = "";
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** The backticked names in a cell: "`localVcServer`, `remoteVcServer`" → both. */
export function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
}
