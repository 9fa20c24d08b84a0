// Fake time for suites where a client and a simulator in this process wait on each other: their
// timers and clocks (setTimeout, clearTimeout, Date) move only when the test moves them, while
// sockets stay real. A rate-limit window or a Retry-After then passes in no real time.
import * as sinon from "sinon";

export interface FakeTime {
  /** The clock installed for the running test; throws outside it. */
  readonly clock: sinon.SinonFakeTimers;
}

/** Installs a fake clock now; the caller restores it. */
export function installFakeTime(): sinon.SinonFakeTimers {
  // The real time as a start: certificates the simulator signs are checked against it.
  return sinon.useFakeTimers({ now: Date.now(), toFake: ["setTimeout", "clearTimeout", "Date"] });
}

/** Installs a fake clock, starting at the real time, around every test of the describe. */
export function useFakeTime(): FakeTime {
  let current: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    current = installFakeTime();
  });
  afterEach(() => {
    current?.restore();
    current = undefined;
  });
  return {
    get clock(): sinon.SinonFakeTimers {
      if (!current) throw new Error("the fake clock is installed only while a test runs");
      return current;
    },
  };
}

/**
 * Moves fake time in steps of `stepMs` until `work` settles, and returns what it returns. Each
 * step lets real I/O run (a tick yields to the event loop), so requests in flight go on; a
 * wait that never ends fails after `maxMs` of fake time instead of hanging.
 */
export async function untilSettled<T>(
  clock: sinon.SinonFakeTimers,
  work: Promise<T>,
  { stepMs = 10, maxMs = 600_000 }: { stepMs?: number; maxMs?: number } = {},
): Promise<T> {
  let settled = false;
  const watched = work.finally(() => (settled = true));
  watched.catch(() => undefined); // rejections reach the caller through the return below
  const start = Date.now();
  while (!settled) {
    if (Date.now() - start > maxMs) throw new Error(`still waiting after ${maxMs} ms of fake time`);
    await clock.tickAsync(stepMs);
  }
  return watched;
}
