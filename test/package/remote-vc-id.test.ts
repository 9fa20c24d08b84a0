// The README's "Finding the remote vCenter's id" states facts of the vendor's API file (the
// simulator has no /info, so the file is the witness): what pair_vc_id is, that the remote
// site's VRMS reports its vCenter's id as `vc_guid` at GET /info, and that no call lists the
// vCenters one could pair with.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "../../tools/engine";
import { objectAt, operationsOf, readVendorSpec, schemasOf } from "../support/vendor/spec-file";

const HEADING = "## Finding the remote vCenter's id";

function section(markdown: string): string {
  const start = markdown.indexOf(HEADING);
  assert.ok(start >= 0, `README has a "${HEADING}" section`);
  const next = markdown.indexOf("\n## ", start + HEADING.length);
  return markdown.slice(start, next < 0 ? undefined : next);
}

function description(schema: string, property: string): string {
  const schemas = schemasOf(readVendorSpec());
  const properties = objectAt(objectAt(schemas, schema, "schemas"), "properties", schema);
  const field = objectAt(properties, property, `${schema}.properties`);
  return String(field.description);
}

describe("package: README's remote vCenter id section matches the vendor's API file", () => {
  const text = section(fs.readFileSync(path.join(REPO_ROOT, "README.md"), "utf8"));

  it("pair_vc_id is what the README quotes", () => {
    const quoted = /`pair_vc_id`, "([^"]+)"/.exec(text)?.[1];
    assert.ok(quoted, "the README quotes the vendor's description of pair_vc_id");
    assert.equal(
      description("PairingSpec", "pair_vc_id").toLowerCase(),
      `${quoted}.`.toLowerCase(),
    );
  });

  it("GET /info answers vc_guid, the GUID of the VRMS's own vCenter", () => {
    assert.match(text, /GET https:\/\/<remote VRMS>\/api\/rest\/vr\/v2\/info` answers `vc_guid`/);
    const info = operationsOf(readVendorSpec()).find(
      (op) => op.method === "GET" && op.template === "/info",
    );
    assert.ok(info, "the vendor file has GET /info");
    const quoted = /`vc_guid`,\s+"([^"]+)"/.exec(text)?.[1];
    assert.ok(quoted, "the README quotes the vendor's description of vc_guid");
    assert.equal(
      description("VrmsInfo", "vc_guid").toLowerCase(),
      `${quoted.replace(/\s+/g, " ")}.`.toLowerCase(),
    );
  });

  it("no call lists vCenters outside a pairing, as the README says", () => {
    assert.match(text, /has no call that lists the\s+vCenters you could pair with/);
    const listings = operationsOf(readVendorSpec())
      .filter((op) => op.method === "GET" && /vcenters/i.test(op.template))
      .map((op) => op.template);
    assert.ok(listings.length > 0, "the check can fail: vCenter paths exist");
    assert.deepEqual(
      listings.filter((t) => !t.startsWith("/pairings/{pairing_id}/")),
      [],
      "every vCenter path needs a pairing",
    );
  });
});
