// Generates sdk/generated/vr-api.ts, the TypeScript types of the vendor's file (with the
// corrections of corrections.ts), with openapi-typescript. sdk/wire.ts names the types the sdk
// and the simulator use; test/vendor/wire-types.test.ts fails when the committed file is not
// what this generates. Run: npm run generate:vendor-types (it compiles this generator alone,
// so a stale or broken generated file cannot stop it).
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { correctedVendorSpec } from "./corrections";
import { REPO_ROOT } from "./spec-file";

const HEADER = `// GENERATED: the types of spec/vsphere-replication-api-v2.json with the corrections of
// test/support/vendor/corrections.ts, made by openapi-typescript (test/support/vendor/generate.ts).
// Do not edit. Regenerate with \`npm run generate:vendor-types\`; a test fails when this is stale.
`;

export async function generateVendorTypes(): Promise<string> {
  const source = Buffer.from(JSON.stringify(correctedVendorSpec()));
  // emptyObjectsUnknown: an object schema with no properties (Task.result) is free-form.
  const ast = await openapiTS(source, { silent: true, emptyObjectsUnknown: true });
  return HEADER + astToString(ast);
}

/** The committed product file the sdk and the simulator import their wire types from. */
export const GENERATED_FILE = path.join(REPO_ROOT, "sdk", "generated", "vr-api.ts");

if (require.main === module) {
  generateVendorTypes()
    .then((text) => {
      writeFileSync(GENERATED_FILE, text);
      console.log(`wrote ${path.relative(REPO_ROOT, GENERATED_FILE)}`);
    })
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
