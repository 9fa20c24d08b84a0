import { strict as assert } from "assert";
import * as sinon from "sinon";
import { Task, VrmsClient, VrmsHttpError } from "../../sdk";
import {
  adoptedByAnother,
  postedByAnother,
  recordAdoption,
  recordPost,
} from "../../provider/adoptions";
import { CreateInFlightError } from "../../provider/errors";
import { findCreateInFlight } from "../../provider/inflight";
import type { HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import { Redactor } from "../../sdk/redact";
import { TaskClock } from "../../sdk/vrms-clock";
import { TaskReads } from "../../sdk/task-reads";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());

const task = (over: Partial<Task>): Task =>
  ({
    id: "t1",
    description: "Create pairing",
    entity: "p1",
    entity_name: "vc-remote-01.example.test",
    status: "RUNNING",
    queued_time: 1,
    ...over,
  }) as Task;

describe("provider: a create left in flight, and adoptions within one run", () => {
  afterEach(() => sinon.restore());

  function clientListing(tasks: Task[], refuseFilter = false) {
    const client = sinon.createStubInstance(VrmsClient);
    client.listTasks.callsFake(async (q) => {
      if (q && refuseFilter) {
        throw new VrmsHttpError({ status: 400, method: "GET", path: "/tasks" });
      }
      return tasks;
    });
    // The sdk's own filtering and fallback (TaskReads), over the stubbed listTasks.
    const unused = async <R>(): Promise<HttpResponse<R>> => {
      throw new Error("not used");
    };
    const reads = new TaskReads(unused, "https://v", new TaskClock(), quiet);
    sinon.stub(reads, "listTasks").callsFake((q) => client.listTasks(q));
    client.listUnfinishedTasks.callsFake(() => reads.listUnfinished());
    return client as unknown as VrmsClient & { listTasks: sinon.SinonStub };
  }

  it("finds the oldest live create task for the PSC host, any case", async () => {
    const client = clientListing([
      task({ id: "late", queued_time: 9 }),
      task({ id: "other-host", entity_name: "vc-remote-02.example.test" }),
      task({ id: "reconnect", description: "Reconnect pairing", queued_time: 0 }),
      task({ id: "done", status: "SUCCESS", queued_time: 0 }),
      task({ id: "early", queued_time: 2 }),
    ]);
    const found = await findCreateInFlight(client, "VC-Remote-01.example.test");
    assert.equal(found?.id, "early");
    assert.deepEqual(client.listTasks.firstCall.args[0], {
      filter_property: "status",
      filter: ["QUEUED", "RUNNING"],
    });
  });

  it("finds a create that names no pairing yet (entity null), its host in any case or padding", async () => {
    const client = clientListing([
      task({
        id: "queued",
        status: "QUEUED",
        entity: null,
        entity_name: " VC-REMOTE-01.example.test ",
      }),
    ]);
    assert.equal((await findCreateInFlight(client, "vc-remote-01.example.test"))?.id, "queued");
  });

  it("CreateInFlightError of a task that names no pairing yet says so, never 'null'", () => {
    const err = new CreateInFlightError("vc-remote-01", "t9", undefined, "https://v");
    assert.ok(!/null|undefined/.test(err.message), err.message);
    assert.match(err.message, /t9/);
  });

  it("answers undefined when nothing runs, and falls back to the plain list on 400", async () => {
    assert.equal(
      await findCreateInFlight(clientListing([]), "vc-remote-01.example.test"),
      undefined,
    );
    const client = clientListing([task({ status: "QUEUED" })], true);
    assert.equal((await findCreateInFlight(client, "vc-remote-01.example.test"))?.id, "t1");
    assert.equal(client.listTasks.callCount, 2);
  });

  it("remembers who adopted or posted what, and names only another resource", () => {
    recordAdoption("https://v", "P-ADOPT", "renamed");
    assert.equal(adoptedByAnother("https://v", "p-adopt", "old"), "renamed");
    assert.equal(adoptedByAnother("https://v", "p-adopt", "renamed"), undefined);
    assert.equal(adoptedByAnother("https://other", "p-adopt", "old"), undefined);
    assert.equal(adoptedByAnother("https://v", "p-adopt", undefined), undefined);
    recordPost("https://v", "task-x", "x");
    assert.equal(postedByAnother("https://v", "task-x", "y"), "x");
    assert.equal(postedByAnother("https://v", "task-x", "x"), undefined);
    assert.equal(postedByAnother("https://other", "task-x", "y"), undefined, "per VRMS");
    assert.equal(postedByAnother("https://v", "task-unknown", "y"), undefined);
  });
});
