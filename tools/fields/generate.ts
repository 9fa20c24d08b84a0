// `npm run docs:fields`: writes the regions the field tables generate (the hover docs in
// provider/resource.ts and provider/replication/resource.ts, the plain input types, the
// inputs and outputs tables of the README and docs/replication.md).
import { writeFieldRegions } from "./regions";

writeFieldRegions().then(
  (changed) => console.log(changed.length > 0 ? `updated ${changed.join(", ")}` : "up to date"),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
