// Calls about one pairing that arrive while an earlier one of their kind is under way go out
// together as the next request: configure calls as one POST carrying every spec (the vendor's
// configure takes a list and answers a list of tasks), reads by id as one filtered list. Under
// a request budget the requests queue anyway, so the calls that gather meanwhile cost nothing:
// two hundred replications of one run take a handful of POSTs and lists, not four hundred.

interface Pending<A, R> {
  arg: A;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}

/**
 * One batch in flight at a time: a call made while none is runs with the others of its tick;
 * a call made while one is runs in the next batch, with every call that came meanwhile.
 * `send` answers one result per argument, in order.
 */
export class InFlightBatcher<A, R> {
  private pending: Pending<A, R>[] = [];
  private running = false;
  private scheduled = false;

  constructor(private readonly send: (args: A[]) => Promise<R[]>) {}

  call(arg: A): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.pending.push({ arg, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.running || this.scheduled || this.pending.length === 0) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
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
