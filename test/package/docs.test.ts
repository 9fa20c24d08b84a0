// What an editor shows on hover: every input and output of VrPairing documented (what, default,
// what a change does, secret or not), the class with an example; the README's tables list the
// same names.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../tools/engine";
import { resourceDocs } from "./hover-docs";
import { codeSpans, fieldTable } from "./readme";

describe("package: hover docs and the README reference tables", function () {
  this.timeout(60_000);
  const docs = resourceDocs();
  const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");

  it("README is user-first: at most 250 lines, Quick start within the first 80, both set-up commands", () => {
    const lines = readme.split("\n");
    assert.ok(lines.length <= 250 + 1, `README has ${lines.length - 1} lines`);
    const quickStart = lines.findIndex((l) => l === "## Quick start");
    assert.ok(quickStart >= 0 && quickStart < 80, `Quick start at line ${quickStart + 1}`);
    assert.ok(lines.some((l) => l.startsWith("npm ci && npm test ")));
    assert.ok(lines.some((l) => l.startsWith("npm ci && npm start ")));
  });

  it("found the 18 inputs and 27 outputs (the checks below can fail)", () => {
    assert.equal(docs.inputs.length, 18);
    assert.equal(docs.outputs.length, 27);
  });

  it("documents the class, with an example, and VrPairing.get", () => {
    assert.ok(docs.classDoc.length > 80, "the class has a doc comment");
    assert.ok(docs.classTags.includes("example"), "the class doc has an @example");
    assert.ok(docs.getDoc.length > 0, "VrPairing.get has a doc comment");
  });

  it("documents every input: what it is, its default, what a change does, secret or not", () => {
    const gaps: string[] = [];
    for (const { name, doc } of docs.inputs) {
      if (doc.length < 20) gaps.push(`${name}: no doc comment`);
      if (!/\b(Default|Required)\b/.test(doc)) gaps.push(`${name}: no default (or "Required")`);
      if (!/\b(change|Changing)\b/i.test(doc)) gaps.push(`${name}: what a change does`);
      if (!/\b(secret)\b/i.test(doc)) gaps.push(`${name}: secret or not`);
    }
    assert.deepEqual(gaps, []);
  });

  it("documents every output, secret or not", () => {
    const gaps = docs.outputs
      .filter(({ doc }) => doc.length < 10 || !/\bsecret\b/i.test(doc))
      .map(({ name }) => name);
    assert.deepEqual(gaps, []);
  });

  it("README's inputs table lists exactly the inputs, one row each: name, type, description", () => {
    const table = fieldTable(readme, "VrPairing:inputs");
    assert.deepEqual(
      table.filter((r) => r.length !== 3 || codeSpans(r[0]).length !== 1).map((r) => r[0]),
      [],
    );
    const rows = table.flatMap((r) => codeSpans(r[0]));
    assert.deepEqual([...rows].sort(), docs.inputs.map((m) => m.name).sort());
  });

  it("README's outputs table lists exactly the outputs that are not inputs, one row each", () => {
    const inputs = new Set(docs.inputs.map((m) => m.name));
    const table = fieldTable(readme, "VrPairing:outputs");
    assert.deepEqual(
      table.filter((r) => r.length !== 3 || codeSpans(r[0]).length !== 1).map((r) => r[0]),
      [],
    );
    const rows = table.flatMap((r) => codeSpans(r[0]));
    assert.deepEqual(
      [...rows].sort(),
      docs.outputs
        .map((m) => m.name)
        .filter((n) => !inputs.has(n))
        .sort(),
    );
    assert.deepEqual(
      docs.inputs.map((m) => m.name).filter((n) => !docs.outputs.some((o) => o.name === n)),
      [],
      "every input is echoed as an output (README: 'Every input ... plus')",
    );
  });
});
