// Client-side request pacing: a sliding-window budget shared by every request of one
// client, so a burst (50 pairings at once) queues here instead of being sent into the
// gateway's per-session limit, plus a shared gate that a 429 closes until Retry-After.
// Waiting requests leave in arrival order (FIFO).
//
// A request occupies its slot from when it is sent until `windowMs` after its answer
// arrived: it reached the server somewhere in between, so however the server's windows
// are laid out (fixed or sliding), no window of it sees more than `requests` of ours.

import { VrmsError } from "./errors";
import type { SafeLogger } from "./logger";

export interface RequestBudget {
  /** At most this many requests are sent in any window of `windowMs`. */
  requests: number;
  windowMs: number;
}

interface Waiter {
  resolve: () => void;
  reject: (err: Error) => void;
}

/** Permission to send one request; call `done()` when its answer (or failure) arrived. */
export interface PacerTicket {
  /** ms spent waiting for the budget or a 429 pause. */
  waitedMs: number;
  done(): void;
}

export class RequestPacer {
  /** Answer times of finished requests still counted in the window, oldest first. */
  private readonly finished: number[] = [];
  /** Requests sent and not answered yet: each holds a slot. */
  private inFlight = 0;
  private readonly queue: Waiter[] = [];
  private gateUntil = 0;
  private timer?: NodeJS.Timeout;
  /** Requests that had to wait (diagnostics). */
  delayedCount = 0;

  constructor(
    private readonly budget: RequestBudget | false,
    private readonly log?: SafeLogger,
  ) {}

  /** Resolves when one more request may be sent now; it holds a slot until `done()`. */
  acquire(): Promise<PacerTicket> {
    const start = Date.now();
    if (this.queue.length === 0 && this.waitMs(start) === 0) {
      return Promise.resolve(this.take(0));
    }
    this.delayedCount += 1;
    return new Promise<PacerTicket>((resolve, reject) => {
      this.queue.push({ resolve: () => resolve(this.take(Date.now() - start)), reject });
      this.schedule();
    });
  }

  /** A 429 arrived: no request of this client leaves before `ms` from now. */
  pause(ms: number): void {
    const until = Date.now() + Math.max(0, ms);
    if (until <= this.gateUntil) return;
    this.gateUntil = until;
    this.log?.debug(`rate limited: holding every request of this client for ${Math.round(ms)} ms`);
    this.schedule();
  }

  /** Requests waiting for the budget or the gate right now. */
  get queued(): number {
    return this.queue.length;
  }

  /** Stops the timer; requests still waiting fail, unsent (the client is going away). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    for (const w of this.queue.splice(0)) {
      w.reject(new VrmsError("the VRMS client was disposed while the request waited to be sent"));
    }
  }

  /**
   * ms until a request may leave (the gate, then enough slots leaving the window), or
   * Infinity when only answers still to come can free a slot.
   */
  private waitMs(now: number): number {
    let wait = Math.max(0, this.gateUntil - now);
    if (this.budget) {
      const { requests, windowMs } = this.budget;
      while (this.finished.length > 0 && this.finished[0] <= now - windowMs) this.finished.shift();
      const excess = this.inFlight + this.finished.length - requests + 1;
      if (excess > 0) {
        wait =
          excess <= this.finished.length
            ? Math.max(wait, this.finished[excess - 1] + windowMs - now)
            : Infinity;
      }
    }
    return wait;
  }

  private take(waitedMs: number): PacerTicket {
    if (!this.budget) return { waitedMs, done: () => undefined };
    this.inFlight += 1;
    let open = true;
    return {
      waitedMs,
      done: () => {
        if (!open) return;
        open = false;
        this.inFlight -= 1;
        this.finished.push(Date.now());
        if (this.queue.length > 0 && !this.timer) this.drain();
      },
    };
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.drain();
  }

  private drain(): void {
    for (;;) {
      if (this.queue.length === 0) return;
      const now = Date.now();
      const wait = this.waitMs(now);
      if (wait === Infinity) return; // an answer's done() drains again
      if (wait > 0) {
        if (!this.timer) {
          if (now >= this.gateUntil && this.budget) {
            this.log?.debug(
              `request budget (${this.budget.requests} per ${this.budget.windowMs} ms) spent: ` +
                `${this.queue.length} request(s) wait ${wait} ms`,
            );
          }
          this.timer = setTimeout(() => {
            this.timer = undefined;
            this.drain();
          }, wait);
        }
        return;
      }
      this.queue.shift()!.resolve();
    }
  }
}
