import { strict as assert } from "assert";
import { ProgressReporter, type ProgressSettings } from "../../provider/progress";
import type { Task } from "../../sdk/wire";
import { VrPairingProvider } from "../../provider/provider";
import { VrmsClientPool } from "../../provider/clients";
import { untilSettled, useFakeTime } from "../support/fake-time";
import { useSimulator } from "../support/simulator";
import { inputsFor } from "./harness";

describe("provider/progress", () => {
  let lines: string[];
  let now: number;
  let settings: ProgressSettings;
  beforeEach(() => {
    lines = [];
    now = 1_000_000;
    settings = { intervalMs: 5_000, write: (l) => lines.push(l), now: () => now };
  });

  const task = (progress: number, status: Task["status"] = "RUNNING"): Task => ({
    id: "task-7",
    status,
    progress,
  });

  it("prints name, operation, percent and status at most once per interval", () => {
    const p = new ProgressReporter("site-b", "create", settings);
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

  it("does not repeat the end when the last update already showed it", () => {
    const p = new ProgressReporter("site-c", "delete", settings);
    p.update(task(100, "SUCCESS"));
    p.finish(task(100, "SUCCESS"));
    assert.deepEqual(lines, ["vr-pairing site-c: delete 100% SUCCESS (task task-7, 0s)"]);
  });
});

describe("provider progress while it waits for a simulator task", () => {
  // Long enough for several polls; the task and the polls run on fake time.
  const time = useFakeTime();
  const s = useSimulator({
    taskDurations: { createMs: 1600, reconnectMs: 20, deleteMs: 20, queuedMs: 5 },
  });
  let lines: string[];
  let clients: VrmsClientPool;
  beforeEach(() => {
    lines = [];
    clients = new VrmsClientPool();
  });
  afterEach(() => clients.dispose());

  it("prints the first state and the end, nothing in between within the interval", async () => {
    const progress = { intervalMs: 60_000, write: (l: string) => lines.push(l), now: Date.now };
    const { id } = await untilSettled(
      time.clock,
      new VrPairingProvider({ clients, progress }).create(
        inputsFor(s.sim, 0, { resourceName: "slow" }),
      ),
    );
    assert.ok(s.sim.control.pairings().some((p) => p.pairing_id === id));
    const getTask = s.sim.control.counters().requests["GET /tasks/{task_id}"] ?? 0;
    assert.ok(getTask >= 3, `only ${getTask} polls`);
    assert.equal(lines.length, 2, lines.join("\n"));
    assert.match(lines[0], /^vr-pairing slow: create \d+% (QUEUED|RUNNING) \(task /);
    assert.match(lines[1], /^vr-pairing slow: create 100% SUCCESS/);
  });
});
