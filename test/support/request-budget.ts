// A root hook plugin (.mocharc.json "require"): the simulators of most tests have no rate
// limit, and many tests send more than 45 requests a minute on one client, so client-side
// pacing is off for every test file, provider hosts (child processes that inherit the
// environment) included. Tests of the rate limits set a budget that matches their simulator's
// window explicitly. The simulators' tasks end within ~25 ms (FAST_TASKS); at the default
// 500 ms poll floor every create, reconnect and delete of every provider and host test would
// sit out half a second. Tests of the poll schedule build their policy explicitly and are not
// affected. Set before each file's tests (once per worker file in parallel mode) and restored
// after them, never at load time.

/** The environment every test file runs in. */
const SUITE_ENV = { VRMS_REQUEST_BUDGET: "off", VRMS_POLL_INTERVAL: "50ms" } as const;

let saved: Partial<Record<keyof typeof SUITE_ENV, string>> = {};

export const mochaHooks = {
  beforeAll(): void {
    saved = {};
    for (const key of Object.keys(SUITE_ENV) as (keyof typeof SUITE_ENV)[]) {
      saved[key] = process.env[key];
      process.env[key] = SUITE_ENV[key];
    }
  },
  afterAll(): void {
    for (const key of Object.keys(SUITE_ENV) as (keyof typeof SUITE_ENV)[]) {
      const value = saved[key];
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  },
};

/** A client budget just under a simulator's per-session limit, as "N/<ms>ms". */
export function budgetFor(perSession: number, windowMs: number): string {
  return `${Math.max(1, Math.floor(perSession * 0.9))}/${windowMs}ms`;
}
