// Checks every answer that any simulator sends during the test run against the vendor's file.
// Loaded by mocha before the test files (.mocharc.json "require"), so simulators started
// anywhere in this process (support helpers, reliability stages, engine tests) are covered, and
// through NODE_OPTIONS those in child processes too (child-observer.ts). In parallel mode every
// worker loads it; its beforeAll and afterAll then run around each file.
// The test during which an invalid answer was sent fails in its afterEach hook, naming the
// answer and what is wrong with it. The simulator's control surface is not the VRMS API and is
// not checked.
import { subscribe } from "node:diagnostics_channel";
import { ANSWER_CHANNEL } from "../../../simulator";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { publishedAnswerProblems } from "./validator";

let problems: string[] = [];
let checked = 0;

/** Checks one published answer. */
function observeAnswer(message: unknown): void {
  const found = publishedAnswerProblems(message);
  if (found === null) return;
  checked += 1;
  problems.push(...found);
}

subscribe(ANSWER_CHANNEL, observeAnswer);

/**
 * Child processes started while a file's tests run load child-observer.js (NODE_OPTIONS) and
 * report into this folder: made, and the environment set, before each file's tests (once per
 * worker file in parallel mode), both undone after them.
 */
let childProblemsDir: string | undefined;
let savedEnv: Record<string, string | undefined> = {};

function startChildObservation(): void {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vrms-answer-problems-"));
  childProblemsDir = dir;
  const env: Record<string, string> = {
    VRMS_ANSWER_PROBLEMS_DIR: dir,
    VRMS_ANSWER_CHANNEL: ANSWER_CHANNEL,
    NODE_OPTIONS: [
      process.env.NODE_OPTIONS ?? "",
      `--require ${JSON.stringify(path.join(__dirname, "child-observer.js"))}`,
    ]
      .join(" ")
      .trim(),
  };
  savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
}

function stopChildObservation(): void {
  for (const [key, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  savedEnv = {};
  if (childProblemsDir) rmSync(childProblemsDir, { recursive: true, force: true });
  childProblemsDir = undefined;
}

function takeChildProblems(): string[] {
  const out: string[] = [];
  if (!childProblemsDir) return out;
  for (const file of readdirSync(childProblemsDir)) {
    const full = path.join(childProblemsDir, file);
    const text = readFileSync(full, "utf8");
    rmSync(full);
    for (const line of text.split("\n")) if (line !== "") out.push(String(JSON.parse(line)));
  }
  return out;
}

/** Problems seen since the last call (here and in child processes), cleared. */
export function takeAnswerProblems(): string[] {
  const taken = [...problems, ...takeChildProblems()];
  problems = [];
  return taken;
}

/** How many API answers were checked since the process started. */
export function answersChecked(): number {
  return checked;
}

function failOnProblems(when: string): void {
  const taken = takeAnswerProblems();
  if (taken.length === 0) return;
  throw new Error(
    `${taken.length} simulator answer(s) ${when} do not match the vendor's file ` +
      `(spec/vsphere-replication-api-v2.json):\n- ${taken.join("\n- ")}`,
  );
}

export const mochaHooks = {
  beforeAll(): void {
    startChildObservation();
  },
  afterEach(this: Mocha.Context): void {
    failOnProblems(`during "${this.currentTest?.fullTitle() ?? "a test"}"`);
  },
  afterAll(): void {
    try {
      failOnProblems("after the last test");
    } finally {
      stopChildObservation();
    }
  },
};
