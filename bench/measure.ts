// One measured operation of a scale bench (pairings or replications): every resource at once,
// timed and counted from a fresh set of simulator counters, printed as one progress line
// (`scale 50: 65.8 s, 68 requests (fewest possible 55), 1 logins, …`) and kept as a ScaleRow.
import type { ProviderHost } from "../tools/engine";
import { type BenchHarness, type Created, memoryOf, refreshOne } from "./harness";
import type { ScaleOperation, ScaleResource, ScaleRow } from "./report";
import type { Fewest } from "./scale-floor";

const RATE_LIMITED = /\b429\b|rate.?limit|too many requests/i;
const REMOTE_LOGIN = "POST /pairings/{pairing_id}/remote-session";

/** The progress line's first word(s), per resource and operation. */
const LABEL: Record<ScaleResource, Record<ScaleOperation, string>> = {
  pairing: { create: "scale", refresh: "refresh", destroy: "destroy" },
  replication: {
    create: "replicate",
    refresh: "refresh replications",
    destroy: "unconfigure",
  },
};

export interface Measured {
  resource: ScaleResource;
  operation: ScaleOperation;
  count: number;
  fewest: Fewest;
  /** resources of this kind on the simulator once it is done, and how many there should be */
  left: () => number;
  expected: number;
}

/** `step` for every item at once, on `host`. */
export async function measure<I, T>(
  what: Measured,
  { sim }: BenchHarness,
  host: ProviderHost,
  log: (line: string) => void,
  items: readonly I[],
  step: (item: I) => Promise<T>,
): Promise<{ results: PromiseSettledResult<T>[]; row: ScaleRow }> {
  const linesBefore = host.lines.length;
  sim.control.resetCounters();
  const started = Date.now();
  const results = await Promise.allSettled(items.map(step));
  const wallMs = Date.now() - started;
  const counters = sim.control.counters();
  const memory = memoryOf(host.pid);
  const lines = host.lines.slice(linesBefore);
  const errorMessages = results.flatMap((r) =>
    r.status === "rejected" ? [String((r.reason as Error)?.message ?? r.reason)] : [],
  );
  const remoteLogins = counters.requests[REMOTE_LOGIN] ?? 0;
  log(
    `${LABEL[what.resource][what.operation]} ${what.count}: ${(wallMs / 1000).toFixed(1)} s, ` +
      `${counters.total} requests (fewest possible ${what.fewest.count}), ${counters.logins} logins, ` +
      `${remoteLogins} remote logins, ${counters.tooManyRequests} 429s at the server, ` +
      `${errorMessages.length} errors`,
  );
  const hostLines429 = lines.filter((l) => RATE_LIMITED.test(l.text)).map((l) => l.text);
  const row: ScaleRow = {
    resource: what.resource,
    operation: what.operation,
    count: what.count,
    wallMs,
    requests: counters.total,
    fewestRequests: what.fewest.count,
    fewestRequestsWhy: what.fewest.why,
    requestsByKind: counters.requests,
    logins: counters.logins,
    remoteLogins,
    serverTooManyRequests: counters.tooManyRequests,
    // A 429 is visible if an operation failed on it or the host printed it (pulumi shows both).
    userVisibleTooManyRequests:
      errorMessages.filter((msg) => RATE_LIMITED.test(msg)).length + hostLines429.length,
    errors: errorMessages.length,
    errorMessages,
    hostLines429,
    hostWaitLines: lines.filter((l) => /^vr-pairing: waiting /.test(l.text)).map((l) => l.text),
    leftInSimulator: what.left(),
    expectedInSimulator: what.expected,
    hostPeakRssKb: memory.peakKb,
    hostRssKb: memory.rssKb,
  };
  return { results, row };
}

/**
 * `pulumi refresh`: Read of every resource from its state; `fault` says what is wrong with an
 * answer (undefined: nothing), which counts as that resource's error.
 */
export async function refreshAll(
  what: Measured,
  harness: BenchHarness,
  host: ProviderHost,
  resources: Created[],
  log: (line: string) => void,
  fault: (outputs: Awaited<ReturnType<typeof refreshOne>>) => string | undefined,
): Promise<ScaleRow> {
  const m = await measure(what, harness, host, log, resources, async (r) => {
    const wrong = fault(await refreshOne(host, r));
    if (wrong) throw new Error(`refresh of ${r.id}: ${wrong}`);
  });
  return m.row;
}
