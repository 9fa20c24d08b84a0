// The answer observer reaches into child processes through NODE_OPTIONS (child-observer.ts).
import { strict as assert } from "node:assert";
import { execFile } from "node:child_process";
import { ANSWER_CHANNEL } from "../../simulator";
import { answer, task } from "../support/vendor/answers";
import { takeAnswerProblems } from "../support/vendor/observer";

describe("vendor file: the answer observer in a child process", () => {
  it("records a wrong answer published in a child process (NODE_OPTIONS loads the child observer)", async () => {
    const bad = answer("GET", "/tasks/t", 200, task({ progress: "50" }));
    const script = `require("node:diagnostics_channel").channel(${JSON.stringify(ANSWER_CHANNEL)}).publish(${JSON.stringify(bad)});`;
    await new Promise<void>((resolve, reject) =>
      execFile(process.execPath, ["-e", script], (err) => (err ? reject(err) : resolve())),
    );
    const problems = takeAnswerProblems();
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /progress must be integer.*\[in child process \d+/s);
  });
});
