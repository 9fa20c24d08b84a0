import { strict as assert } from "assert";
import { configureProgress, ProgressReporter } from "../../provider/progress";
import type { Task } from "../../sdk/wire";

describe("provider/progress", () => {
  let lines: string[];
  let now: number;
  beforeEach(() => {
    lines = [];
    now = 1_000_000;
    configureProgress({ intervalMs: 5_000, write: (l) => lines.push(l), now: () => now });
  });
  afterEach(() => configureProgress());

  const task = (progress: number, status: Task["status"] = "RUNNING"): Task => ({
    id: "task-7",
    status,
    progress,
  });

  it("prints name, operation, percent and status at most once per interval", () => {
    const p = new ProgressReporter("site-b", "create");
    p.update(task(0, "QUEUED"));
    now += 1_000;
    p.update(task(20));
    now += 3_000;
    p.update(task(60));
    now += 1_500;
    p.update(task(80));
    now += 100;
    p.finish(task(100, "SUCCESS"));
    assert.deepEqual(lines, [
      "vr-pairing site-b: create 0% QUEUED (task task-7, 0s)",
      "vr-pairing site-b: create 80% RUNNING (task task-7, 6s)",
      "vr-pairing site-b: create 100% SUCCESS (task task-7, 6s)",
    ]);
  });
});
