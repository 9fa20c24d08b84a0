// Request counters the control surface reads.

export interface SimulatorCounters {
  /** key "METHOD /templated/path" relative to the API base, e.g. "GET /pairings/{pairing_id}" */
  requests: Record<string, number>;
  total: number;
  logins: number;
  logouts: number;
  tooManyRequests: number;
  faultsInjected: number;
}

export function emptyCounters(): SimulatorCounters {
  return { requests: {}, total: 0, logins: 0, logouts: 0, tooManyRequests: 0, faultsInjected: 0 };
}

export function countRequest(c: SimulatorCounters, key: string): void {
  c.requests[key] = (c.requests[key] ?? 0) + 1;
  c.total += 1;
}

export function copyCounters(c: SimulatorCounters): SimulatorCounters {
  return { ...c, requests: { ...c.requests } };
}
