// Fewer requests for the same answer: concurrent callers share one request, but never one
// that was already under way when they asked (it could predate what they just did).

/**
 * Single flight with a freshness rule: a call joins the run that starts next (or starts one
 * at once when none is in flight), so every caller gets a result fetched after its call.
 */
export class Coalescer<T> {
  private current?: Promise<T>;
  private queued?: Promise<T>;

  constructor(private readonly fn: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.current) return this.start();
    if (!this.queued) {
      const settled = this.current.then(
        () => undefined,
        () => undefined,
      );
      this.queued = settled.then(() => {
        this.queued = undefined;
        return this.start();
      });
    }
    return this.queued;
  }

  private start(): Promise<T> {
    const p = this.fn();
    this.current = p;
    const clear = () => {
      if (this.current === p) this.current = undefined;
    };
    p.then(clear, clear);
    return p;
  }
}

interface PendingGet<V> {
  id: string;
  resolve: (v: V | null) => void;
  reject: (err: unknown) => void;
}

/**
 * Reads by id asked for in the same tick (or while the request budget holds requests back)
 * go out together: one id alone by `single`, several
 * by `batch` (absent from its answer → null; `batch` answering undefined means "cannot",
 * and each id is then read alone).
 */
export class GetBatcher<V> {
  private pending: PendingGet<V>[] = [];
  private scheduled = false;

  constructor(
    private readonly single: (id: string) => Promise<V | null>,
    private readonly batch: (ids: string[]) => Promise<Map<string, V> | undefined>,
    /**
     * Resolves when a request would not queue behind others (the request budget's queue is
     * empty): reads asked for until then would have waited anyway, so they join this batch.
     */
    private readonly ready: () => Promise<void> = () => Promise.resolve(),
  ) {}

  get(id: string): Promise<V | null> {
    return new Promise<V | null>((resolve, reject) => {
      this.pending.push({ id, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    await this.ready();
    const calls = this.pending;
    this.pending = [];
    this.scheduled = false;
    const ids = [...new Set(calls.map((c) => c.id))];
    const settle = (id: string, outcome: Promise<V | null>) =>
      outcome.then(
        (v) => calls.filter((c) => c.id === id).forEach((c) => c.resolve(v)),
        (err: unknown) => calls.filter((c) => c.id === id).forEach((c) => c.reject(err)),
      );
    if (ids.length === 1) {
      await settle(ids[0], this.single(ids[0]));
      return;
    }
    let found: Map<string, V> | undefined;
    try {
      found = await this.batch(ids);
    } catch (err) {
      calls.forEach((c) => c.reject(err));
      return;
    }
    if (!found) {
      await Promise.all(ids.map((id) => settle(id, this.single(id))));
      return;
    }
    for (const c of calls) c.resolve(found.get(c.id) ?? null);
  }
}
