import * as assert from "node:assert/strict";
import * as sinon from "sinon";
import { VrmsHttpError } from "../../sdk/vrms-errors";
import type { HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";
import { TaskClock } from "../../sdk/vrms-clock";
import { TaskReads } from "../../sdk/task-reads";
import type { ListQuery, Task } from "../../sdk/wire";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());
const nothing = async <R>(): Promise<HttpResponse<R>> => {
  throw new Error("not used");
};

describe("sdk tasks (TaskReads)", () => {
  it("polls the plain task list when the server refuses to filter tasks by id", async () => {
    const reads = new TaskReads(nothing, "https://v/api", new TaskClock(), quiet);
    const tasks: Task[] = [
      { id: "a", status: "RUNNING" },
      { id: "b", status: "QUEUED" },
    ];
    const list = sinon.stub(reads, "listTasks").callsFake(async (q?: ListQuery) => {
      if (q?.filter_property)
        throw new VrmsHttpError({ status: 400, method: "GET", path: "/tasks" });
      return tasks;
    });
    assert.deepEqual(await reads.listTasksById(["a", "b"]), tasks);
    assert.deepEqual(await reads.listTasksById(["a", "b"]), tasks);
    assert.equal(list.callCount, 3, "the filter is tried once, then skipped");
  });

  it("a server that cannot filter on status: the unfinished ones from the plain list", async () => {
    const reads = new TaskReads(nothing, "https://v/api", new TaskClock(), quiet);
    sinon.stub(reads, "listTasks").callsFake(async (q?: ListQuery) => {
      if (q?.filter_property)
        throw new VrmsHttpError({ status: 400, method: "GET", path: "/tasks" });
      return [
        { id: "a", status: "RUNNING" },
        { id: "b", status: "SUCCESS" },
        { id: "c", status: "QUEUED" },
      ];
    });
    assert.deepEqual(
      (await reads.listUnfinished()).map((t) => t.id),
      ["a", "c"],
    );
  });

  it("every task read teaches the task clock", async () => {
    const clock = new TaskClock();
    const send = async <R>(): Promise<HttpResponse<R>> => {
      const data: unknown = { id: "t", status: "RUNNING", queued_time: 0 };
      return { status: 200, data: data as R };
    };
    await new TaskReads(send, "https://v/api", clock, quiet).getTask("t");
    assert.ok((clock.offsetLowerBoundMs ?? 0) < 0);
  });

  it("create tasks for a pairing: those naming it, or naming no pairing but its remote site", async () => {
    const reads = new TaskReads(nothing, "https://v/api", new TaskClock(), quiet);
    const create = (id: string, entity: string | null, name: string, queued: number): Task => ({
      id,
      status: "SUCCESS",
      description: "Create pairing",
      entity,
      entity_name: name,
      queued_time: queued,
    });
    sinon
      .stub(reads, "listTasks")
      .resolves([
        create("mine", "P-1", "other.example", 1),
        create("by-host", null, "VC.example", 3),
        create("another-pairing", "P-2", "vc.example", 4),
        { ...create("delete", "P-1", "vc.example", 5), description: "Delete pairing" },
        create("other-host", null, "x.example", 6),
      ]);
    assert.deepEqual(
      (await reads.listCreateTasksFor("p-1", "vc.example")).map((t) => t.id),
      ["by-host", "mine"],
    );
  });

  it("a create naming no pairing counts only if its result names none or this one; its host trimmed", async () => {
    const reads = new TaskReads(nothing, "https://v/api", new TaskClock(), quiet);
    const byHost = (id: string, name: string, result?: Record<string, unknown>): Task => ({
      id,
      status: "SUCCESS",
      description: "Create pairing",
      entity: null,
      entity_name: name,
      queued_time: 1,
      ...(result ? { result } : {}),
    });
    sinon
      .stub(reads, "listTasks")
      .resolves([
        byHost("made-another", "vc.example", { pairing_id: "P-2" }),
        byHost("made-this", "vc.example", { pairing_id: "P-1" }),
        byHost("padded", " VC.example "),
      ]);
    assert.deepEqual(
      (await reads.listCreateTasksFor("p-1", "vc.example")).map((t) => t.id).sort(),
      ["made-this", "padded"],
    );
  });
});
