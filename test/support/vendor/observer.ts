// Checks every answer that any simulator in this process sends during the test run against the
// vendor's file. Loaded by mocha before the test files (.mocharc.json "require"), so simulators
// started anywhere (support helpers, reliability stages, engine and bench tests) are covered.
// The test during which an invalid answer was sent fails in its afterEach hook, naming the
// answer and what is wrong with it. The simulator's control surface is not the VRMS API and is
// not checked.
import { subscribe } from "node:diagnostics_channel";
import { ANSWER_CHANNEL, CONTROL_BASE_PATH } from "../../../simulator";
import { type Answer, answerProblems } from "./validator";

let problems: string[] = [];
let checked = 0;

function isAnswer(message: unknown): message is Answer {
  if (typeof message !== "object" || message === null) return false;
  const m: Partial<Record<keyof Answer, unknown>> = message;
  return (
    typeof m.method === "string" &&
    typeof m.url === "string" &&
    typeof m.status === "number" &&
    (m.contentType === undefined || typeof m.contentType === "string") &&
    typeof m.body === "string"
  );
}

/** Checks one published answer; exported for the test that proves the check can fail. */
export function observeAnswer(message: unknown): void {
  if (!isAnswer(message)) {
    problems.push(`a message on ${ANSWER_CHANNEL} that is not an answer: ${String(message)}`);
    return;
  }
  const path = message.url.split("?")[0];
  if (path === CONTROL_BASE_PATH || path.startsWith(`${CONTROL_BASE_PATH}/`)) return;
  checked += 1;
  problems.push(...answerProblems(message));
}

subscribe(ANSWER_CHANNEL, observeAnswer);

/** Problems seen since the last call, cleared. */
export function takeAnswerProblems(): string[] {
  const taken = problems;
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
  afterEach(this: Mocha.Context): void {
    failOnProblems(`during "${this.currentTest?.fullTitle() ?? "a test"}"`);
  },
  afterAll(): void {
    failOnProblems("after the last test");
  },
};
