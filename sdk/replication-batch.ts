// Calls about one pairing go out together as one request: configure calls as one POST carrying
// every spec (the vendor's configure takes a list and answers a list of tasks), reads by id as
// one filtered list, look-ups by VM as one list. The engine hands a provider host its creates
// and reads spread over a second or more, so batching only the calls of one tick, or only
// those made while an earlier request is under way, still spends a request per wave and runs
// a few hundred resources past the request budget (45 a minute): a batch therefore waits until
// calls stop arriving for a moment, and until the budget would let its request through.
// Freshness: a call only ever joins a batch that has not been sent yet, so its answer is always
// fetched after the call was made.

interface Pending<A, R> {
  arg: A;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}

/** When a gathered batch is sent (every field optional: by default, the calls of one tick). */
export interface GatherOptions {
  /** The batch is sent once no call has joined it for this long (ms)… */
  quietMs?: number;
  /** …or once its first call has waited this long (ms), so a steady stream still moves. */
  maxWaitMs?: number;
  /**
   * Resolves when a request would not queue behind others (the request budget's queue is
   * empty): calls made until then would have waited anyway, so they join this batch.
   */
  ready?: () => Promise<void>;
}

/**
 * For the replications of a run: long enough for the engine's spread-out calls of one step to
 * meet (they come milliseconds apart), short enough not to matter for a lone resource.
 */
export const REPLICATION_GATHER = { quietMs: 30, maxWaitMs: 2000 } as const;

/**
 * One batch in flight at a time: calls gather (see GatherOptions) and go out together; a call
 * made while a batch is in flight waits for the next one, with every call that came meanwhile.
 * `send` answers one result per argument, in order.
 */
export class InFlightBatcher<A, R> {
  private pending: Pending<A, R>[] = [];
  private running = false;
  private scheduled = false;
  /** When the first and the latest pending call came (Date.now()). */
  private firstAt = 0;
  private latestAt = 0;

  constructor(
    private readonly send: (args: A[]) => Promise<R[]>,
    private readonly gather: GatherOptions = {},
  ) {}

  call(arg: A): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const now = Date.now();
      if (this.pending.length === 0) this.firstAt = now;
      this.latestAt = now;
      this.pending.push({ arg, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.pending.length === 0) return;
    this.scheduled = true;
    // setImmediate: every call made before the event loop turns, not only this microtask's.
    if (!this.gather.quietMs && !this.gather.maxWaitMs) setImmediate(() => void this.start());
    else this.waitForQuiet();
  }

  /** Waits until no call came for quietMs, or the first one has waited maxWaitMs. */
  private waitForQuiet(): void {
    const { quietMs = 0, maxWaitMs = Infinity } = this.gather;
    const due = Math.min(this.latestAt + quietMs, this.firstAt + maxWaitMs);
    const left = due - Date.now();
    if (left > 0) setTimeout(() => this.waitForQuiet(), left);
    else void this.start();
  }

  private async start(): Promise<void> {
    // Calls made while the budget holds requests back join this batch: they take no slot.
    if (this.gather.ready) await this.gather.ready();
    await this.flush();
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    const calls = this.pending;
    this.pending = [];
    this.running = true;
    try {
      const results = await this.send(calls.map((c) => c.arg));
      calls.forEach((c, i) =>
        i < results.length
          ? c.resolve(results[i])
          : c.reject(new Error(`a batch of ${calls.length} calls got ${results.length} answers`)),
      );
    } catch (err) {
      calls.forEach((c) => c.reject(err));
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
