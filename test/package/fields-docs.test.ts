// The field table (provider/pairing-fields.ts) is the one home of every input's and output's
// doc: the hover docs an editor shows (resource.ts) and the README's tables are generated from
// it by `npm run docs:fields`, and these tests fail when either was edited by hand or is stale.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { type Documented, resourceDocs } from "./hover-docs";
import { CONFIG_NAMESPACE } from "../../provider/connection";
import { VR_PAIRING } from "../../provider/pairing-fields";
import { REPO_ROOT } from "../../tools/engine/program-folder";
import { fieldRegions, regionOf, withRegion, type Region } from "../../tools/fields/regions";
import { inputDoc, outputDoc } from "../../tools/fields/render";

/** Each input's and output's hover doc, white space folded as the field table writes it. */
function hoverDocs(): { inputs: Map<string, string>; outputs: Map<string, string> } {
  const docs = resourceDocs();
  const folded = (members: Documented[]) =>
    new Map(members.map(({ name, doc }) => [name, doc.replace(/\s+/g, " ").trim()]));
  return { inputs: folded(docs.inputs), outputs: folded(docs.outputs) };
}

const documentedInputs = Object.entries(VR_PAIRING.inputs)
  .filter(([, f]) => f.output !== "internal")
  .map(([name]) => name);

describe("package: docs generated from the field table", function () {
  this.timeout(60_000);
  let regions: Region[] = [];
  let hover: ReturnType<typeof hoverDocs>;
  before(async () => {
    regions = await fieldRegions();
    hover = hoverDocs();
  });

  it("every generated region is current (else run `npm run docs:fields`)", () => {
    assert.ok(regions.length >= 5, "regions in resource.ts and README.md");
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

  it("the hover doc of every input is the table's, in table order", () => {
    const { inputs } = hover;
    assert.deepEqual([...inputs.keys()], documentedInputs);
    for (const name of documentedInputs) {
      assert.equal(inputs.get(name), inputDoc(VR_PAIRING, name, CONFIG_NAMESPACE), name);
    }
  });

  it("the hover doc of every output is the table's: echoed inputs, then computed outputs", () => {
    const { outputs } = hover;
    const names = [...documentedInputs, ...Object.keys(VR_PAIRING.outputs)];
    assert.deepEqual([...outputs.keys()], names);
    for (const name of names) assert.equal(outputs.get(name), outputDoc(VR_PAIRING, name), name);
  });

  it("the README's tables list the table's fields and their defaults", () => {
    const readme = fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const inputs = regionOf(readme, "fields:VrPairing:inputs") ?? "";
    for (const name of documentedInputs) assert.match(inputs, new RegExp(`\\| \`${name}\` +\\|`));
    assert.match(inputs, /`vr-pairing:url`, then `VRMS_URL`/);
    const outputs = regionOf(readme, "fields:VrPairing:outputs") ?? "";
    for (const name of Object.keys(VR_PAIRING.outputs))
      assert.match(outputs, new RegExp(`\`${name}\``));
  });
});
