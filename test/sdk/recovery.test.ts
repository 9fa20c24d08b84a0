// The resend guard: which task counts as the effect of an earlier attempt, without trusting
// the task clock and the Date header to agree.
import * as assert from "node:assert/strict";
import type { HttpRequest, HttpResponse } from "../../sdk/http";
import { SafeLogger } from "../../sdk/logger";
import { CLOCK_SKEW_WINDOW_MS, ResendGuard } from "../../sdk/recovery";
import { Redactor } from "../../sdk/redact";
import { TaskClock } from "../../sdk/vrms-clock";
import type { Pairing, Task } from "../../sdk/wire";

const quiet = new SafeLogger({ debug() {}, info() {}, warn() {} }, new Redactor());
const BASE = "https://vrms.test/api/rest/vr/v2";

function guardOver(tasks: Task[], pairings: Pairing[] = [], dateOffset?: number) {
  const reads: string[] = [];
  const read = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
    reads.push(req.path);
    const list: unknown[] = req.path === "/tasks" ? tasks : pairings;
    const data: unknown = { list, _meta: {} };
    return { status: 200, data: data as R };
  };
  const clock = new TaskClock();
  const guard = new ResendGuard(read, BASE, clock, { offsetLowerBoundMs: dateOffset }, quiet);
  return { guard, clock, reads };
}

const task = (t: Partial<Task> & { id: string }): Task => ({ status: "RUNNING", ...t });

describe("sdk recovery (ResendGuard)", () => {
  it("finds the delete task of the pairing, newest first, and never hands it out twice", async () => {
    const { guard } = guardOver([
      task({ id: "old", description: "Delete pairing", entity: "P-1", queued_time: 1000 }),
      task({ id: "new", description: "Delete pairing", entity: "p-1", queued_time: 2000 }),
      task({ id: "other", description: "Delete pairing", entity: "p-2", queued_time: 3000 }),
      task({ id: "rec", description: "Reconnect pairing", entity: "p-1", queued_time: 3000 }),
    ]);
    const effect = { kind: "delete", pairingId: "p-1" } as const;
    assert.equal((await guard.find(effect, 0))?.id, "new");
    assert.equal((await guard.find(effect, 0))?.id, "old", "the claimed one is not found again");
    assert.equal(await guard.find(effect, 0), undefined);
  });

  it("ignores tasks queued before the request could have arrived", async () => {
    const { guard } = guardOver([
      task({ id: "before", description: "Reconnect pairing", entity: "p-1", queued_time: 999 }),
    ]);
    assert.equal(await guard.find({ kind: "reconnect", pairingId: "p-1" }, 1000), undefined);
  });

  it("create: by the pairing now listed for the remote vCenter, else by the PSC host", async () => {
    const pairing: Pairing = {
      pairing_id: "p-9",
      remote_vc_server: { id: "VC-9", name: "vc9.test" },
    };
    const byEntity = guardOver(
      [task({ id: "c1", description: "Create pairing", entity: "p-9", entity_name: "elsewhere" })],
      [pairing],
    );
    const effect = { kind: "create", pairVcId: "vc-9", pscHost: "psc9.test" } as const;
    assert.equal((await byEntity.guard.find(effect, 0))?.id, "c1");
    const byHost = guardOver([
      task({ id: "c2", description: "Create pairing", entity_name: "PSC9.test" }),
    ]);
    assert.equal((await byHost.guard.find(effect, 0))?.id, "c2");
  });

  it("create whose pairing exists but whose task is gone: a synthetic SUCCESS task", async () => {
    const { guard } = guardOver([], [{ pairing_id: "p-3", remote_vc_server: { id: "vc-3" } }]);
    const t = await guard.find({ kind: "create", pairVcId: "vc-3", pscHost: "h" }, 0);
    assert.equal(t?.status, "SUCCESS");
    assert.equal(t?.description_id, "sdk.recovered");
    assert.deepEqual(t?.result, { pairing_id: "p-3" });
  });

  it("the window: from task times seen before, else the Date clock minus a wide skew window", () => {
    const sentAt = 10_000_000;
    // No task seen yet: Date says the server is 5 s ahead; the window reaches an hour back.
    const fresh = guardOver([], [], 5_000);
    assert.equal(fresh.guard.earliestQueueTime(sentAt), sentAt + 5_000 - CLOCK_SKEW_WINDOW_MS);
    // A task stamped 10 min behind our clock was read at sentAt - 1000: the task clock is at
    // least that far behind, whatever the Date header says.
    const seen = guardOver([], [], 5_000);
    seen.clock.observe([task({ id: "t", queued_time: sentAt - 1000 - 600_000 })], sentAt - 1000);
    const bound = seen.guard.earliestQueueTime(sentAt);
    assert.ok(bound <= sentAt - 600_000, "a task queued right after sending is inside the window");
    assert.ok(bound >= sentAt - 600_000 - 5_000, "but not much earlier");
  });
});
