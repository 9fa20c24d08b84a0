// What to do when a create/reconnect/delete may or may not have reached the server (a 5xx,
// or the connection dropped after the request was sent): look for its effect before sending
// it again. Found → that task is the answer; not found → the request was not processed and it
// is safe to send it again.
//
// "Our" task is told apart without trusting two clocks to agree: it is of the same kind, names
// the same pairing (reconnect, delete: `entity`) or remote site (create: the pairing now
// listed for pair_vc_id, or `entity_name` = the PSC host sent), has not been handed out by this
// client before, and was queued no earlier than the request could have arrived. That last
// bound is in the task clock (see vrms-clock.ts), learned from tasks seen before the request;
// before any task was seen it is the Date header's clock minus a window wide enough for any
// real skew between the two.

import type { Send } from "./http";
import type { SafeLogger } from "./logger";
import { listAll } from "./paging";
import { isSelfPairing, sameId } from "./pairing";
import { isTaskOfKind, type TaskKind } from "./task";
import type { ClockOffset, TaskClock } from "./vrms-clock";
import type { Pairing, Task } from "./wire";

/** Without a task time seen yet, tasks queued up to this long before the Date header's "now" still match. */
export const CLOCK_SKEW_WINDOW_MS = 60 * 60_000;
/** Task clocks may step back a little between two reads (whole seconds, NTP slews). */
const TASK_CLOCK_MARGIN_MS = 2_000;
const MAX_CLAIMS = 2000;

/** What an unsafe request changes on the VRMS: how its task is recognised. */
export type Effect =
  | { kind: "create"; pairVcId: string; pscHost: string }
  | { kind: "reconnect" | "delete"; pairingId: string };

export class ResendGuard {
  /** Task ids this client already handed out, so two callers never get the same task. */
  private readonly claimed = new Set<string>();

  constructor(
    /** Reads for the look-up: a session, the budget, no retries (the caller retries). */
    private readonly read: Send,
    private readonly baseUrl: string,
    private readonly taskClock: TaskClock,
    private readonly dateClock: ClockOffset,
    private readonly log: SafeLogger,
  ) {}

  /** The earliest task time at which a request sent at local time `sentAt` can have been queued. */
  earliestQueueTime(sentAt: number): number {
    const taskOffset = this.taskClock.offsetLowerBoundMs;
    if (taskOffset !== undefined) return sentAt + taskOffset - TASK_CLOCK_MARGIN_MS;
    return sentAt + (this.dateClock.offsetLowerBoundMs ?? 0) - CLOCK_SKEW_WINDOW_MS;
  }

  /** The task is handed to a caller: never the answer for another request. */
  claim(task: Task): void {
    if (!task?.id) return;
    this.claimed.add(task.id);
    if (this.claimed.size > MAX_CLAIMS) {
      this.claimed.delete(this.claimed.values().next().value as string);
    }
  }

  /**
   * The task of the earlier attempt, if the server shows one (claimed at once); for a create
   * whose pairing exists but whose task is gone, a synthetic SUCCESS task
   * (description_id "sdk.recovered") whose result names the pairing.
   */
  async find(effect: Effect, notBefore: number): Promise<Task | undefined> {
    if (effect.kind === "create") return this.findCreate(effect, notBefore);
    const tasks = await this.candidates(effect.kind, notBefore);
    const match = tasks.find((t) => sameId(t.entity, effect.pairingId));
    if (match) {
      this.claim(match);
      this.log.debug(
        `found ${effect.kind} task ${match.id} for pairing ${effect.pairingId} from the earlier attempt`,
      );
    }
    return match;
  }

  private async findCreate(
    effect: Extract<Effect, { kind: "create" }>,
    notBefore: number,
  ): Promise<Task | undefined> {
    const pairings = await listAll<Pairing>(this.read, this.baseUrl, "/pairings");
    const pairing = pairings.find(
      (p) => !isSelfPairing(p) && sameId(p.remote_vc_server?.id, effect.pairVcId),
    );
    const tasks = await this.candidates("create", notBefore);
    const byPairing = pairing?.pairing_id
      ? tasks.find((t) => sameId(t.entity, pairing.pairing_id))
      : undefined;
    // The task names the remote vCenter, which is usually the PSC host we sent.
    const found =
      byPairing ??
      tasks.find(
        (t) =>
          sameId(t.entity_name, effect.pscHost) ||
          (!!pairing?.remote_vc_server?.name &&
            sameId(t.entity_name, pairing.remote_vc_server.name)),
      );
    if (found) {
      this.claim(found);
      this.log.debug(
        `found create task ${found.id} for ${effect.pairVcId} from the earlier attempt`,
      );
      return found;
    }
    if (!pairing?.pairing_id) return undefined;
    this.log.debug(
      `pairing ${pairing.pairing_id} with ${effect.pairVcId} exists; its task is gone`,
    );
    return {
      id: `recovered-${pairing.pairing_id}`,
      description: "Create pairing",
      description_id: "sdk.recovered",
      entity: pairing.pairing_id,
      entity_name: pairing.remote_vc_server?.name ?? null,
      status: "SUCCESS",
      progress: 100,
      result: { pairing_id: pairing.pairing_id },
    };
  }

  /** Unclaimed tasks of this kind queued late enough, newest first. */
  private async candidates(kind: TaskKind, notBefore: number): Promise<Task[]> {
    const tasks = await listAll<Task>(this.read, this.baseUrl, "/tasks");
    this.taskClock.observe(tasks);
    return tasks
      .filter((t) => isTaskOfKind(t, kind) && !this.claimed.has(t.id))
      .filter((t) => t.queued_time == null || t.queued_time >= notBefore)
      .sort((a, b) => (b.queued_time ?? 0) - (a.queued_time ?? 0));
  }
}
