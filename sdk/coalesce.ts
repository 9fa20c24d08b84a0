// Fewer requests for the same answer: concurrent callers share one request, but never one
// that was already under way when they asked (it could predate what they just did).
// Coalescer is kept by hand: single-flight libraries (p-memoize, dedupe) hand a caller the run
// under way; this rule needs the next one. Batched reads by id use DataLoader.

import DataLoader from "dataloader";

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

/**
 * Reads by id asked for in the same tick (or while the request budget holds requests back)
 * go out together: one id alone by `single`, several
 * by `batch` (absent from its answer → null; `batch` answering undefined means "cannot",
 * and each id is then read alone). Nothing is cached: every call reads afresh.
 */
export class GetBatcher<V> {
  private readonly loader: DataLoader<string, V | null>;

  constructor(
    single: (id: string) => Promise<V | null>,
    batch: (ids: string[]) => Promise<Map<string, V> | undefined>,
    /**
     * Resolves when a request would not queue behind others (the request budget's queue is
     * empty): reads asked for until then would have waited anyway, so they join this batch.
     */
    ready: () => Promise<void> = () => Promise.resolve(),
  ) {
    const readAlone = async (ids: string[]): Promise<Map<string, V | null | Error>> => {
      const outcomes = await Promise.all(ids.map((id) => single(id).catch(asError)));
      return new Map(ids.map((id, i) => [id, outcomes[i]]));
    };
    const load = async (keys: readonly string[]): Promise<(V | null | Error)[]> => {
      const ids = [...new Set(keys)];
      // One id alone: its failure rejects its callers, as DataLoader does with a failed batch.
      const found: Map<string, V | null | Error> =
        ids.length === 1
          ? new Map([[ids[0], await single(ids[0])]])
          : ((await batch(ids)) ?? (await readAlone(ids)));
      return keys.map((id) => found.get(id) ?? null);
    };
    // setImmediate: every read asked for before the event loop turns, not only this microtask's;
    // then until the budget lets a request through.
    this.loader = new DataLoader(load, {
      cache: false,
      batchScheduleFn: (run) => setImmediate(() => void ready().then(run)),
    });
  }

  get(id: string): Promise<V | null> {
    return this.loader.load(id);
  }
}

/** DataLoader tells a failed read by an Error in the answer's place. */
function asError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err));
}
