// A resource's field table rendered for people: the hover docs of its Args interface and
// class outputs (regions of its resource file) and the inputs and outputs tables of its doc.
// `npm run docs:fields` writes them; test/package/fields-docs.test.ts proves they are current.
import type { InputField, OutputField, ResourceFields } from "../../provider/fields/field";

export type Fields = ResourceFields<
  string,
  Record<string, InputField>,
  Record<string, OutputField>
>;

const documented = (fields: Fields) =>
  Object.entries(fields.inputs).filter(([, f]) => f.output !== "internal");

/** The inputs the Args declare: the documented ones, but the one the source argument stands for. */
const declared = (fields: Fields) =>
  documented(fields).filter(([name]) => name !== fields.source?.standsFor);

/** The source's output that fills the input, e.g. "the `pairing`'s `remoteVcId`". */
function filledBy(fields: Fields, name: string): string | undefined {
  const output = fields.source?.fills[name];
  return output && `the \`${fields.source?.name}\`'s \`${output}\``;
}

const optional = (fields: Fields, name: string) => {
  const f = fields.inputs[name];
  return !f.required || f.fallback !== undefined || filledBy(fields, name) !== undefined;
};

/** "Default: ..." or "Required.": where a value comes from when the input leaves it out. */
export function defaultSentence(fields: Fields, name: string, namespace: string): string {
  const f = fields.inputs[name];
  const from = filledBy(fields, name);
  const otherwise = f.defaultText ? `, else ${f.defaultText}` : "";
  if (f.fallback) {
    const config = `stack config \`${namespace}:${f.fallback.config}\`, then ${f.fallback.env}`;
    return `Default: ${from ? `${from}, then ` : ""}${config}${otherwise}.`;
  }
  if (from) return `Default: ${from}${otherwise}.`;
  if (f.required) return "Required.";
  return f.defaultText ? `Default ${f.defaultText}.` : "Default: none.";
}

const secrecy = (secret: boolean | undefined) =>
  secret ? "Always stored as a secret, wrapped or not." : "Not secret.";

/** The hover doc of an input: what it is, its default, what a change does, secret or not. */
export function inputDoc(fields: Fields, name: string, namespace: string): string {
  if (name === fields.source?.name) return fields.source.doc;
  const f = fields.inputs[name];
  const change = f.changeDoc ?? fields.changes[f.change].doc;
  return [f.doc, defaultSentence(fields, name, namespace), change, secrecy(f.secret)].join(" ");
}

/** The members of the Args interface, in order: the source argument first, then the inputs. */
export function argNames(fields: Fields): string[] {
  const source = fields.source ? [fields.source.name] : [];
  return [...source, ...declared(fields).map(([name]) => name)];
}

/** The hover doc of an output: an echoed input's or a computed one's, secret or not. */
export function outputDoc(fields: Fields, name: string): string {
  const input = fields.inputs[name];
  if (input && input.output !== "internal") {
    return `${input.output.doc} ${input.secret ? "Secret." : "Not secret."}`;
  }
  const out = fields.outputs[name];
  return `${out.doc} ${out.secret ? "Secret." : "Not secret."}`;
}

/** A doc comment at `indent`, on one line when it fits in 100 columns, else wrapped. */
export function docComment(text: string, indent: string): string[] {
  const one = `${indent}/** ${text} */`;
  if (one.length <= 100) return [one];
  const width = 100 - indent.length - 3;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

/** The members of the resource's Args interface. */
export function argsMembers(fields: Fields, namespace: string): string[] {
  const source = fields.source ? [`  ${fields.source.name}: ${fields.source.type};`] : [];
  const inputs = declared(fields).map(
    ([name, f]) => `  ${name}${optional(fields, name) ? "?" : ""}: pulumi.Input<${f.type.input}>;`,
  );
  return argNames(fields).flatMap((name, i) => [
    ...docComment(inputDoc(fields, name, namespace), "  "),
    [...source, ...inputs][i],
  ]);
}

/**
 * The members of the typed inputs after Check (every input, the internal ones too): plain
 * TypeScript, so the package's declarations never reach the schema library's (a consumer
 * without `skipLibCheck` type-checks every declaration it loads). pairing-fields.ts proves it
 * equal to the type the schemas infer.
 */
export function inputsTypeMembers(fields: Fields): string[] {
  return Object.entries(fields.inputs).map(([name, f]) => {
    const always = (f.required && !f.fallback) || f.defaultValue !== undefined;
    return `  ${name}${always ? "" : "?"}: ${f.type.output};`;
  });
}

/** The members of the plain connection args (lookups): the connection group, all optional. */
export function connectionMembers(fields: Fields, namespace: string): string[] {
  return documented(fields)
    .filter(([, f]) => f.fallback)
    .flatMap(([name, f]) => [
      ...docComment(`${f.doc} ${defaultSentence(fields, name, namespace)}`, "  "),
      `  ${name}?: ${f.type.input};`,
    ]);
}

/** The class's output declarations: every documented input echoed, then the computed ones. */
export function outputMembers(fields: Fields): string[] {
  const echoed = documented(fields).map(([name, f]) => {
    const given = f.output === "internal" ? undefined : f.output.type;
    const always = f.required || f.defaultValue !== undefined;
    const type = given ?? (always ? f.type.output : `${f.type.output} | undefined`);
    return [name, type] as const;
  });
  const computed = Object.entries(fields.outputs).map(([name, o]) => [name, o.type] as const);
  return [...echoed, ...computed].flatMap(([name, type]) => [
    ...docComment(outputDoc(fields, name), "  "),
    `  declare readonly ${name}: pulumi.Output<${type}>;`,
  ]);
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** The README's inputs table (unformatted markdown; the generator runs prettier over it). */
export function inputsTable(fields: Fields, namespace: string): string {
  const source = fields.source
    ? [
        [
          `\`${fields.source.name}\``,
          `${fields.source.type.replace(/pulumi\.Input<(.*)>/, "$1")}, required`,
          fields.source.doc,
        ],
      ]
    : [];
  const rows = declared(fields).map(([name, f]) => {
    const type = [f.type.docs, !optional(fields, name) && "required", f.secret && "secret"];
    const from = filledBy(fields, name);
    const chain = [
      from,
      f.fallback && `\`${namespace}:${f.fallback.config}\`, then \`${f.fallback.env}\``,
    ].filter(Boolean);
    const dflt =
      chain.length > 0
        ? `Default: ${chain.join(", then ")}` +
          (f.defaultText ? `, else \`${f.defaultText}\`.` : ".")
        : f.defaultText && `Default \`${f.defaultText}\`.`;
    const change = `A change: ${fields.changes[f.change].label}.`;
    const what = [f.doc, dflt, change].filter(Boolean).join(" ");
    return [`\`${name}\``, type.filter(Boolean).join(", "), what];
  });
  return table(["name", "type", "description"], [...source, ...rows]);
}

/** The README's outputs table: the outputs that are not echoes of inputs. */
export function outputsTable(fields: Fields): string {
  const rows = Object.entries(fields.outputs).map(([name, o]) => [
    `\`${name}\``,
    `\`${o.type}\``,
    o.secret ? `${o.doc} Secret.` : o.doc,
  ]);
  return table(["name", "type", "description"], rows);
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map(cell).join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}
