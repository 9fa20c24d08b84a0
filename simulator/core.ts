// Everything one simulator instance holds, shared by the routes and the control surface.
import { buildLocalSite, buildRemoteSites } from "./catalogue";
import { type SimulatorCounters, emptyCounters } from "./counters";
import { FaultInjector } from "./faults";
import { RequestHooks } from "./hooks";
import type { ResolvedOptions } from "./simulator-options";
import { RateLimiter } from "./request-limits";
import { SimulatorState } from "./state";
import { TaskRunner } from "./task-runner";

export class SimulatorCore {
  readonly state: SimulatorState;
  readonly tasks: TaskRunner;
  readonly faults = new FaultInjector();
  readonly hooks = new RequestHooks();
  readonly rateLimiter: RateLimiter | null;
  counters: SimulatorCounters = emptyCounters();
  /** Requests being handled now (a request that never settles would leak here). */
  openRequests = 0;
  /** options.clock.offsetMs, plus every control.advanceClock since. */
  private clockOffsetMs: number;

  constructor(readonly options: ResolvedOptions) {
    this.state = new SimulatorState(
      buildLocalSite(options.localSite),
      buildRemoteSites(options.remoteSiteCount),
      options.sessionIdleTimeoutMs,
      options.sessionIds,
    );
    const { offsetMs, taskSkewMs } = options.clock;
    this.tasks = new TaskRunner(
      options.taskDurations,
      options.taskRetention,
      () => this.serverNow() + taskSkewMs,
      options.progress,
    );
    this.clockOffsetMs = offsetMs;
    this.rateLimiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
  }

  /** The server's wall clock: what its Date header says (options.clock.offsetMs applied). */
  serverNow(): number {
    return Date.now() + this.clockOffsetMs;
  }

  /** Whether the Date header must be stamped here (Node stamps the real time). */
  get clockMoved(): boolean {
    return this.clockOffsetMs !== 0;
  }

  /** Moves the server's clock (Date header and task times alike); what it stamped stays. */
  advanceClock(ms: number): void {
    this.clockOffsetMs += ms;
  }
}
