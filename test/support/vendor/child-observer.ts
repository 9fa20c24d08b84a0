// Loaded into every node process the test run starts (NODE_OPTIONS --require, set by
// observer.ts), so a simulator in a child process (the bench smoke run, the CLI, the packed
// tarball's vrms-simulator) has its answers checked too. Problems are appended to one file per
// process in VRMS_ANSWER_PROBLEMS_DIR, which the root hook in the test process reads. The
// validator is loaded on the first answer only: the many child processes that never serve one
// (provider hosts, npm, tsc) pay nothing but this file, and load no simulator module (the
// channel's name comes from the environment too).
import { subscribe } from "node:diagnostics_channel";
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as path from "node:path";

type Validator = typeof import("./validator");

const dir = process.env.VRMS_ANSWER_PROBLEMS_DIR;
const channelName = process.env.VRMS_ANSWER_CHANNEL;
let validator: Validator | null = null;

if (dir && channelName) {
  subscribe(channelName, (message) => {
    validator ??= createRequire(__filename)("./validator") as Validator;
    const problems = validator.publishedAnswerProblems(message);
    if (problems === null || problems.length === 0) return;
    const where = `child process ${process.pid} (${path.basename(process.argv[1] ?? "node")})`;
    // One JSON string per line: a problem quotes a body and may span lines.
    const lines = problems.map((p) => `${JSON.stringify(`${p} [in ${where}]`)}\n`);
    appendFileSync(path.join(dir, `${process.pid}.jsonl`), lines.join(""));
  });
}
