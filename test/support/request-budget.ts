// Loaded by mocha before every test file (.mocharc.json "require"): the simulators of most
// tests have no rate limit, and many tests send more than 45 requests a minute on one client,
// so client-side pacing is off for the whole suite, provider hosts (child processes that
// inherit the environment) included. Tests of the rate limits set a budget that matches
// their simulator's window explicitly.
process.env.VRMS_REQUEST_BUDGET = "off";
// The simulators' tasks end within ~25 ms (FAST_TASKS); at the default 500 ms poll floor every
// create, reconnect and delete of every provider and host test would sit out half a second.
// Tests of the poll schedule build their policy explicitly and are not affected.
process.env.VRMS_POLL_INTERVAL = "50ms";

/** A client budget just under a simulator's per-session limit, as "N/<ms>ms". */
export function budgetFor(perSession: number, windowMs: number): string {
  return `${Math.max(1, Math.floor(perSession * 0.9))}/${windowMs}ms`;
}
