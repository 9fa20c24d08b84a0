import * as assert from "node:assert/strict";
import { DateClock, TaskClock, raiseOffsetBound } from "../../sdk/vrms-clock";
import type { Task } from "../../sdk/wire";

const task = (t: Partial<Task> & { id: string }): Task => ({ status: "RUNNING", ...t });

describe("sdk vrms clock", () => {
  it("task clock: keeps the largest lower bound of task time minus local time", () => {
    const c = new TaskClock();
    assert.equal(c.offsetLowerBoundMs, undefined);
    c.observe([task({ id: "a", queued_time: 1_000, start_time: 1_500 })], 2_000);
    assert.equal(c.offsetLowerBoundMs, -500);
    c.observe([task({ id: "b", complete_time: 1_900 })], 2_000);
    assert.equal(c.offsetLowerBoundMs, -100);
    c.observe([task({ id: "c", queued_time: 0 })], 2_000);
    assert.equal(c.offsetLowerBoundMs, -100, "an older task does not lower it");
  });

  it("raiseOffsetBound ignores missing and non-finite times", () => {
    assert.equal(raiseOffsetBound(undefined, [null, undefined, NaN, Infinity], 5), undefined);
    assert.equal(raiseOffsetBound(-10, [3, null], 5), -2);
    assert.equal(raiseOffsetBound(0, [3], 5), 0, "a lower estimate keeps the bound");
  });

  it("date clock: takes a better estimate at once and decays a worse one by 1 ms", () => {
    const c = new DateClock();
    const at = Date.parse("2026-01-01T00:00:10Z");
    c.observe("not a date", at);
    assert.equal(c.offsetLowerBoundMs, undefined);
    c.observe("Thu, 01 Jan 2026 00:00:12 GMT", at);
    assert.equal(c.offsetLowerBoundMs, 2_000);
    c.observe("Thu, 01 Jan 2026 00:00:05 GMT", at);
    assert.equal(c.offsetLowerBoundMs, 1_999, "a clock step back is followed slowly");
    c.observe("Thu, 01 Jan 2026 00:00:15 GMT", at);
    assert.equal(c.offsetLowerBoundMs, 5_000);
  });
});
