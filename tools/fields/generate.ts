// `npm run docs:fields`: writes the regions the field tables generate (the hover docs in
// provider/resource.ts, the README's inputs and outputs tables).
import { writeFieldRegions } from "./regions";

writeFieldRegions().then(
  (changed) => console.log(changed.length > 0 ? `updated ${changed.join(", ")}` : "up to date"),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  },
);
