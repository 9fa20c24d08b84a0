// The sdk and the simulator use the types openapi-typescript generates from the vendor's file
// (sdk/generated/vr-api.ts, with the corrections of test/support/vendor/corrections.ts); the
// committed file must be what the generator makes, and sdk/wire.ts only names its types. The
// few client-side types wire.ts adds are checked against the file at compile time.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type { components, paths } from "../../sdk/generated/vr-api";
import type * as wire from "../../sdk/wire";
import { GENERATED_FILE, generateVendorTypes } from "../support/vendor/generate";
import { REPO_ROOT } from "../support/vendor/spec-file";
import { fits, same } from "../support/vendor/type-compare";

type S = components["schemas"];

type FileQuery = NonNullable<paths["/tasks"]["get"]["parameters"]["query"]>;

describe("vendor file: the sdk's wire types", () => {
  it("the committed generated types are what openapi-typescript makes from the vendored file", async () => {
    const committed = readFileSync(GENERATED_FILE, "utf8");
    const regenerated = await generateVendorTypes();
    assert.ok(
      committed === regenerated,
      `${GENERATED_FILE} is stale: run npm run generate:vendor-types and commit the result`,
    );
  });

  it("sdk/wire.ts declares no shape of its own: every type is a name for a generated one", () => {
    const source = readFileSync(path.join(REPO_ROOT, "sdk", "wire.ts"), "utf8");
    assert.deepEqual([...source.matchAll(/^\s*(?:export )?interface (\w+)/gm)], []);
    const aliases = [...source.matchAll(/^export type (\w+)(?:<\w+>)? = ([^;]+)/gm)];
    assert.ok(aliases.length >= 20, `only ${aliases.length} aliases found`);
    // The client-side types below are checked against the file in the next test.
    const clientSide = new Set(["SortOrder", "ListQuery"]);
    for (const [, name, target] of aliases) {
      if (clientSide.has(name)) continue;
      assert.match(target, /Schemas\[|^NonNullable<|^\w+\["|^Omit<TaskList/, `${name} = ${target}`);
    }
  });

  it("the list generic, the sort order and the list query fit the file", () => {
    assert.equal(same<wire.DrResponseList<wire.Task>, S["TaskDrResponseList"]>("same"), "same");
    assert.equal(
      same<wire.DrResponseList<wire.Pairing>, S["PairingDrResponseList"]>("same"),
      "same",
    );
    assert.equal(
      same<wire.DrResponseList<wire.IssueInfo>, S["IssueInfoDrResponseList"]>("same"),
      "same",
    );
    // The file types order_by as any string and documents four values; the client sends those.
    assert.equal(fits<{ order_by: wire.SortOrder }, Pick<FileQuery, "order_by">>("fits"), "fits");
    // Query parameters are text on the wire (the file types limit and offset as strings);
    // ListQuery holds them before they are written, so only its names are compared.
    assert.equal(
      fits<
        Partial<Record<keyof wire.ListQuery, unknown>>,
        Partial<Record<keyof FileQuery, unknown>>
      >("fits"),
      "fits",
    );
  });

  it("the checks name a field the file does not have, a changed type and a changed optionality", () => {
    // @ts-expect-error a list whose items have a field the file does not define
    same<wire.DrResponseList<wire.Task & { owner: string }>, S["TaskDrResponseList"]>("same");
    // @ts-expect-error a field of another type
    same<Omit<wire.Task, "progress"> & { progress?: string }, S["Task"]>("same");
    // @ts-expect-error a field the file makes optional, made required
    same<wire.Task & { progress: number }, S["Task"]>("same");
    // @ts-expect-error a request with a field the file does not accept
    fits<wire.PairingSpec & { force: boolean }, S["PairingSpec"]>("fits");
    assert.equal(same<wire.Task, S["Task"]>("same"), "same");
  });
});
