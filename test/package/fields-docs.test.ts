// Each field table (provider/pairing-fields.ts, provider/replication/fields.ts) is the one home
// of every input's and output's doc: the hover docs an editor shows (the resource files) and
// the tables of the README and docs/replication.md are generated from it by
// `npm run docs:fields`, and these tests fail when any was edited by hand or is stale.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Documented, resourceDocs } from "./hover-docs";
import { CONFIG_NAMESPACE } from "../../provider/connection";
import { REPO_ROOT } from "../../tools/engine/program-folder";
import {
  DOCUMENTED,
  fieldRegions,
  regionOf,
  withRegion,
  type Region,
} from "../../tools/fields/regions";
import { argNames, inputDoc, outputDoc, type Fields } from "../../tools/fields/render";

/** Each input's and output's hover doc, white space folded as the field table writes it. */
function hoverDocs(
  file: string,
  resource: string,
): { inputs: Map<string, string>; outputs: Map<string, string> } {
  const docs = resourceDocs(file, resource);
  const folded = (members: Documented[]) =>
    new Map(members.map(({ name, doc }) => [name, doc.replace(/\s+/g, " ").trim()]));
  return { inputs: folded(docs.inputs), outputs: folded(docs.outputs) };
}

const documentedInputs = (fields: Fields) =>
  Object.entries(fields.inputs)
    .filter(([, f]) => f.output !== "internal")
    .map(([name]) => name);

describe("package: docs generated from the field tables", function () {
  this.timeout(60_000);
  let regions: Region[] = [];
  before(async () => {
    regions = await fieldRegions();
  });

  it("every generated region is current (else run `npm run docs:fields`)", () => {
    assert.ok(regions.length >= 10, "regions of both resources");
    const stale = regions.filter((r) => {
      const text = fs.readFileSync(path.join(REPO_ROOT, r.file), "utf8");
      return regionOf(text, r.id) !== r.body;
    });
    assert.deepEqual(
      stale.map((r) => `${r.file} ${r.id}`),
      [],
    );
  });

  it("a region edited by hand is caught (the check above can fail)", () => {
    const readme = regions.find((r) => r.id === "fields:VrPairing:inputs");
    assert.ok(readme);
    const text = fs.readFileSync(path.join(REPO_ROOT, readme.file), "utf8");
    assert.ok(readme.body.includes("Port of the remote PSC."));
    const edited = withRegion(text, readme.id, readme.body.replace("remote PSC.", "PSC."));
    assert.notEqual(regionOf(edited, readme.id), readme.body);
    // Outside the region nothing moved.
    assert.equal(withRegion(edited, readme.id, readme.body), text);
  });

  for (const { fields, resourceFile, docFile } of DOCUMENTED) {
    describe(fields.resource, () => {
      let hover: ReturnType<typeof hoverDocs>;
      before(() => {
        hover = hoverDocs(resourceFile, fields.resource);
      });

      it("the hover doc of every input is the table's, in table order", () => {
        const { inputs } = hover;
        const names = argNames(fields);
        assert.deepEqual([...inputs.keys()], names);
        for (const name of names) {
          assert.equal(inputs.get(name), inputDoc(fields, name, CONFIG_NAMESPACE), name);
        }
      });

      it("the hover doc of every output is the table's: echoed inputs, then computed outputs", () => {
        const { outputs } = hover;
        const names = [...documentedInputs(fields), ...Object.keys(fields.outputs)];
        assert.deepEqual([...outputs.keys()], names);
        for (const name of names) assert.equal(outputs.get(name), outputDoc(fields, name), name);
      });

      it(`${docFile}'s tables list the table's fields and their defaults`, () => {
        const doc = fs.readFileSync(path.join(REPO_ROOT, docFile), "utf8");
        const inputs = regionOf(doc, `fields:${fields.resource}:inputs`) ?? "";
        for (const name of argNames(fields)) {
          assert.match(inputs, new RegExp(`\\| \`${name}\` +\\|`));
        }
        assert.match(inputs, /`vr-pairing:url`, then `VRMS_URL`/);
        const outputs = regionOf(doc, `fields:${fields.resource}:outputs`) ?? "";
        for (const name of Object.keys(fields.outputs))
          assert.match(outputs, new RegExp(`\`${name}\``));
      });
    });
  }

  it("VrReplication's `pairing` argument takes the place of pairingId and fills the rest", () => {
    const replication = DOCUMENTED.find((d) => d.fields.resource === "VrReplication");
    assert.ok(replication?.fields.source);
    const names = argNames(replication.fields);
    assert.equal(names[0], "pairing");
    assert.ok(!names.includes("pairingId"), "pairingId is the pairing argument's");
    const doc = inputDoc(replication.fields, "targetVcId", CONFIG_NAMESPACE);
    assert.match(doc, /Default: the `pairing`'s `remoteVcId`\./);
    assert.match(
      inputDoc(replication.fields, "vrmsUrl", CONFIG_NAMESPACE),
      /Default: the `pairing`'s `vrmsUrl`, then stack config `vr-pairing:url`, then VRMS_URL\./,
    );
  });
});
