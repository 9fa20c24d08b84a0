// Virtual time for the profile sweep: the real poll loop (TaskWaiter + PollSchedule) runs on
// this clock, so a 30 s task costs microseconds and the result does not depend on how busy
// the machine is. Between two timers every pending promise settles, as it would in real time
// when nothing else is slow.
import type { WaitClock } from "../sdk/waiter";

interface Timer {
  at: number;
  seq: number;
  fn: () => void;
}

/** Lets every queued microtask (promise continuations) run. */
const drain = () => new Promise<void>((resolve) => setImmediate(resolve));

export class VirtualClock implements WaitClock {
  private t: number;
  private seq = 0;
  private readonly timers: Timer[] = [];

  constructor(start = 0) {
    this.t = start;
  }

  now(): number {
    return this.t;
  }

  setTimer(fn: () => void, ms: number): () => void {
    const timer: Timer = { at: this.t + Math.max(0, ms), seq: this.seq++, fn };
    this.timers.push(timer);
    return () => {
      const i = this.timers.indexOf(timer);
      if (i >= 0) this.timers.splice(i, 1);
    };
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.setTimer(resolve, ms));
  }

  /**
   * Runs timers in time order until `p` settles; throws if it has not settled after
   * `limitMs` of virtual time (a wait that never ends is a bug, not a result).
   */
  async run<T>(p: Promise<T>, limitMs: number): Promise<T> {
    let done = false;
    const watched = p.finally(() => {
      done = true;
    });
    watched.catch(() => undefined);
    const deadline = this.t + limitMs;
    await drain();
    while (!done) {
      const next = this.nextTimer();
      if (!next || next.at > deadline)
        throw new Error(`virtual clock: nothing settled within ${limitMs} ms`);
      this.timers.splice(this.timers.indexOf(next), 1);
      this.t = Math.max(this.t, next.at);
      next.fn();
      await drain();
    }
    return watched;
  }

  private nextTimer(): Timer | undefined {
    let best: Timer | undefined;
    for (const t of this.timers) {
      if (!best || t.at < best.at || (t.at === best.at && t.seq < best.seq)) best = t;
    }
    return best;
  }
}
