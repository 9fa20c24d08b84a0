// `npm start`: the main job (see tools/demo/run-demo.ts).
import { runDemo } from "./demo/run-demo";

runDemo().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("");
    console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
