// Faults injected from the control surface: the next N matching API requests fail.

export type FaultKind = 429 | 500 | 502 | 503 | "reset";

export interface FaultSpec {
  count: number;
  kind: FaultKind;
  /** Only requests with this method (any case); default all. */
  method?: string;
  /** Only paths under this prefix, relative to the API base, e.g. "/pairings"; default all. */
  pathPrefix?: string;
  /**
   * false (default): the request fails before the simulator acts on it.
   * true: the simulator does the work, then the answer is lost (the request's effect stays),
   * the nasty case for a client that retries a create.
   */
  afterHandling?: boolean;
}

interface Armed extends FaultSpec {
  remaining: number;
}

export class FaultInjector {
  private armed: Armed[] = [];
  latencyMs = 0;

  inject(spec: FaultSpec): void {
    if (!Number.isInteger(spec.count) || spec.count < 0) {
      throw new RangeError(`fault count must be a non-negative integer, got ${spec.count}`);
    }
    if (![429, 500, 502, 503, "reset"].includes(spec.kind)) {
      throw new RangeError(`unknown fault kind ${String(spec.kind)}`);
    }
    if (spec.count > 0) this.armed.push({ ...spec, remaining: spec.count });
  }

  clear(): void {
    this.armed = [];
  }

  /** Takes one matching fault, if any, for a request at `relPath` (relative to the API base). */
  take(method: string, relPath: string, afterHandling: boolean): FaultKind | null {
    for (const f of this.armed) {
      if (Boolean(f.afterHandling) !== afterHandling) continue;
      if (f.method && f.method.toUpperCase() !== method.toUpperCase()) continue;
      if (f.pathPrefix && !relPath.startsWith(f.pathPrefix)) continue;
      f.remaining -= 1;
      if (f.remaining <= 0) this.armed = this.armed.filter((x) => x !== f);
      return f.kind;
    }
    return null;
  }

  pending(): number {
    return this.armed.reduce((n, f) => n + f.remaining, 0);
  }
}
