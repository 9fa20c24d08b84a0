// Kept by hand: this models the gateway's fixed windows per IP and per session and the exact wait
// for Retry-After; a limiter library would impose its own algorithm on the simulated appliance.
// The gateway's request limits (VR 8.8+): per client IP and per session, in fixed windows.
import type { RateLimitOptions } from "./simulator-options";

class Windows {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one request; returns the ms until the window resets when the limit is exceeded. */
  hit(key: string, now: number): number | null {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      w = { start: now, count: 0 };
      this.windows.set(key, w);
      if (this.windows.size > 10_000) this.sweep(now);
    }
    if (w.count >= this.limit) return w.start + this.windowMs - now;
    w.count += 1;
    return null;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}

export class RateLimiter {
  private readonly byIp: Windows;
  private readonly bySession: Windows;

  constructor(options: Required<RateLimitOptions>) {
    this.byIp = new Windows(options.perClientIp, options.windowMs);
    this.bySession = new Windows(options.perSession, options.windowMs);
  }

  /** ms to wait, or null when the request may pass. */
  checkIp(ip: string, now = Date.now()): number | null {
    return this.byIp.hit(ip, now);
  }

  checkSession(sessionId: string, now = Date.now()): number | null {
    return this.bySession.hit(sessionId, now);
  }
}

/** Retry-After is whole seconds, at least 1. */
export function retryAfterSeconds(waitMs: number): string {
  return String(Math.max(1, Math.ceil(waitMs / 1000)));
}
