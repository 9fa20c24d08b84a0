// The schema check of simulator answers against the vendor's file must be able to fail: each
// kind of wrong answer below is rejected, and the right ones pass.
import { strict as assert } from "node:assert";
import { channel } from "node:diagnostics_channel";
import { ANSWER_CHANNEL, API_BASE_PATH, CONTROL_BASE_PATH } from "../../simulator";
import { login, useSimulator } from "../support/simulator";
import { answer, NOW, task, UUID } from "../support/vendor/answers";
import { correctedVendorSpec } from "../support/vendor/corrections";
import { answersChecked, takeAnswerProblems } from "../support/vendor/observer";
import { type JsonObject, isObject, operationsOf } from "../support/vendor/spec-file";
import {
  type Answer,
  answerProblems,
  componentProblems,
  epochMsFields,
} from "../support/vendor/validator";

function pageMeta(links: Record<string, unknown>): Record<string, unknown> {
  return { errors: [], total: 0, offset: 0, limit: 100, links };
}

const SELF = { href: `https://vrms.example${API_BASE_PATH}/tasks?limit=100&offset=0` };

describe("vendor file: the schema check of answers", () => {
  it("accepts a task, a task list with null next/previous links, an error body and a body-less 404", () => {
    assert.deepEqual(answerProblems(answer("GET", `/tasks/HmsTask-1`, 200, task())), []);
    const list = {
      list: [task({ _meta: undefined })],
      _meta: pageMeta({ self: SELF, next: null, previous: null }),
    };
    assert.deepEqual(answerProblems(answer("GET", "/tasks?limit=100", 200, list)), []);
    const error = { error_code: "INVALID_PARAMETER", message: "bad", op_id: UUID };
    assert.deepEqual(answerProblems(answer("GET", "/tasks", 400, error)), []);
    assert.deepEqual(answerProblems(answer("GET", `/pairings/${UUID}`, 404, undefined)), []);
  });

  const rejected: [string, Answer, RegExp][] = [
    [
      "a property the file does not define",
      answer("GET", "/tasks/t", 200, task({ owner: "root" })),
      /must NOT have additional properties/,
    ],
    [
      "a property the file does not define, nested in a list's _meta",
      answer("GET", "/tasks", 200, {
        list: [],
        _meta: { ...pageMeta({ self: SELF }), cursor: "x" },
      }),
      /_meta must NOT have additional properties/,
    ],
    [
      "a pairing id that is not a UUID",
      answer("GET", "/pairings", 200, { list: [{ pairing_id: "pairing-1" }], _meta: pageMeta({}) }),
      /pairing_id must match format "uuid"/,
    ],
    [
      "an op_id that is not a UUID",
      answer("POST", "/pairings", 400, { error_code: "X", message: "m", op_id: "42" }),
      /op_id must match format "uuid"/,
    ],
    [
      "progress as text",
      answer("GET", "/tasks/t", 200, task({ progress: "50" })),
      /progress must be integer/,
    ],
    [
      "progress over 100",
      answer("GET", "/tasks/t", 200, task({ progress: 101 })),
      /progress must be <= 100/,
    ],
    [
      "a time in epoch seconds",
      answer("GET", "/tasks/t", 200, task({ queued_time: Math.floor(NOW / 1000) })),
      /queued_time must match format "epoch-ms"/,
    ],
    [
      "a time as ISO text",
      answer("GET", "/tasks/t", 200, task({ complete_time: new Date(NOW).toISOString() })),
      /complete_time must be integer/,
    ],
    [
      "a task without status",
      answer("GET", "/tasks/t", 200, task({ status: undefined })),
      /must have required property 'status'/,
    ],
    [
      "a status outside the enum",
      answer("GET", "/tasks/t", 200, task({ status: "CANCELED" })),
      /status must be equal to one of the allowed values/,
    ],
    [
      "a null self link (only next and previous may be null)",
      answer("GET", "/tasks", 200, { list: [], _meta: pageMeta({ self: null }) }),
      /self must be object/,
    ],
    [
      "a body on a 404",
      answer("GET", "/tasks/t", 404, { error_code: "NOT_FOUND" }),
      /expected no body|has no body/,
    ],
    [
      "a status the operation does not list",
      answer("GET", "/pairings", 404, undefined),
      /lists no 404 for GET \/pairings/,
    ],
    [
      "a 200 for a path the file does not have",
      answer("GET", "/widgets", 200, undefined),
      /no such operation/,
    ],
    [
      "JSON sent as text/plain",
      answer("GET", "/session", 200, { username: "u" }, "text/plain"),
      /content type 'text\/plain'/,
    ],
    [
      "a body that is not JSON",
      answer("GET", "/session", 200, "{username", "application/json"),
      /not JSON/,
    ],
    ["an empty path segment", answer("GET", "//pairings", 200, undefined), /no such operation/],
  ];
  for (const [what, bad, message] of rejected) {
    it(`rejects ${what}`, () => {
      const problems = answerProblems(bad);
      assert.equal(problems.length, 1, problems.join("\n"));
      assert.match(problems[0], message);
    });
  }

  it("checks as epoch milliseconds exactly the int64 fields the file describes as milliseconds", () => {
    const fields = epochMsFields().filter((f) => /^(Task|IssueInfo|X509Certificate)\./.test(f));
    assert.deepEqual(fields, [
      "IssueInfo.timestamp",
      "Task.complete_time",
      "Task.queued_time",
      "Task.start_time",
      "X509Certificate.not_after",
      "X509Certificate.not_before",
    ]);
    assert.ok(!epochMsFields().includes("MetadataList.total"), "counts are plain int64");
  });

  it("closes the …Entity schemas built with allOf, which the vendor leaves open", () => {
    assert.deepEqual(
      componentProblems("PairingDrResponseEntity", { pairing_id: UUID, _meta: {} }),
      [],
    );
    assert.match(
      componentProblems("PairingDrResponseEntity", { pairing_id: UUID, extra: 1 }).join(),
      /must NOT have additional properties/,
    );
  });

  it("adds the unlisted answers to every operation, 415 only where a body is taken", () => {
    for (const { method, template, operation } of operationsOf(correctedVendorSpec())) {
      const responses = operation.responses as JsonObject;
      for (const status of ["401", "413", "429", "502", "503"]) {
        assert.ok(responses[status] !== undefined, `${method} ${template} lists ${status}`);
      }
      assert.equal(
        responses["415"] !== undefined,
        isObject(operation.requestBody),
        `${method} ${template} 415`,
      );
    }
  });
});

describe("vendor file: the answer observer", () => {
  const s = useSimulator();

  it("records a wrong answer published on the simulator's channel, and ignores the control surface", () => {
    const publish = (a: Answer) => channel(ANSWER_CHANNEL).publish(a);
    publish(answer("GET", "/tasks/t", 200, task({ owner: "root" })));
    publish({
      method: "GET",
      url: `${CONTROL_BASE_PATH}/pairings`,
      status: 200,
      contentType: "application/json",
      body: "[]",
    });
    const problems = takeAnswerProblems();
    assert.equal(problems.length, 1, problems.join("\n"));
    assert.match(problems[0], /GET \/api\/rest\/vr\/v2\/tasks\/t -> 200: .*additional properties/);
  });

  it("sees every answer of a running simulator", async () => {
    const before = answersChecked();
    await login(s.sim);
    await login(s.sim, { username: s.sim.users[0].username, password: "wrong" }).catch(
      () => undefined,
    );
    assert.equal(answersChecked() - before, 2);
  });
});
