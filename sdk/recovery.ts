// What to do when a create/reconnect/delete may or may not have reached the server
// (a 5xx, or the connection dropped after the request was sent): look for its
// effect before sending it again. Found → that task is the answer; not found → the
// request was not processed and it is safe to send it again.

import type { SafeLogger } from "./logger";
import type { ListQuery, Pairing, PairingSpec, Task } from "./wire";

/** Server and client clocks may differ; with no estimate, tasks queued this long before still match. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * The earliest server time at which a request sent at local time `sentAt` can have
 * been queued: with a lower-bound estimate of the server clock offset that is
 * sentAt + offset (minus a small margin); without one, a generous skew.
 */
export function earliestServerTime(
  sentAt: number,
  serverClockOffsetMs: number | undefined,
): number {
  return serverClockOffsetMs === undefined
    ? sentAt - CLOCK_SKEW_MS
    : sentAt + serverClockOffsetMs - 100;
}
const MAX_CLAIMS = 2000;

export interface RecoveryApi {
  listTasks(query?: ListQuery): Promise<Task[]>;
  findPairingByRemoteVcId(vcId: string): Promise<Pairing | null>;
}

/** Task ids this client already handed out, so two callers never get the same task. */
export class TaskClaims {
  private readonly ids = new Set<string>();
  claim(id: string): void {
    this.ids.add(id);
    if (this.ids.size > MAX_CLAIMS) this.ids.delete(this.ids.values().next().value as string);
  }
  has(id: string): boolean {
    return this.ids.has(id);
  }
}

export type TaskKind = "create" | "reconnect" | "delete";

export function isTaskOfKind(t: Task, kind: TaskKind): boolean {
  const text = `${t.description ?? ""} ${t.description_id ?? ""}`.toLowerCase();
  return text.includes(kind);
}

function recentUnclaimed(tasks: Task[], claims: TaskClaims, kind: TaskKind, notBefore: number) {
  return tasks
    .filter((t) => isTaskOfKind(t, kind) && !claims.has(t.id))
    .filter((t) => t.queued_time == null || t.queued_time >= notBefore)
    .sort((a, b) => (b.queued_time ?? 0) - (a.queued_time ?? 0));
}

/** The task of a reconnect or delete of `pairingId` (queued at or after `notBefore`, server time). */
export async function recoverTaskFor(
  api: RecoveryApi,
  claims: TaskClaims,
  kind: TaskKind,
  pairingId: string,
  notBefore: number,
  log: SafeLogger,
): Promise<Task | undefined> {
  const tasks = recentUnclaimed(await api.listTasks(), claims, kind, notBefore);
  const match = tasks.find((t) => (t.entity ?? "").toLowerCase() === pairingId.toLowerCase());
  if (match) {
    claims.claim(match.id);
    log.debug(`found ${kind} task ${match.id} for pairing ${pairingId} from the earlier attempt`);
  }
  return match;
}

/**
 * The outcome of a create queued at or after `notBefore` (server time): its task if the server lists one for this
 * remote site, or — when the pairing already exists but its task is gone — a
 * synthetic SUCCESS task (description_id "sdk.recovered") whose result names it.
 */
export async function recoverCreate(
  api: RecoveryApi,
  claims: TaskClaims,
  spec: PairingSpec,
  notBefore: number,
  log: SafeLogger,
): Promise<Task | undefined> {
  const pairing = await api.findPairingByRemoteVcId(spec.pair_vc_id);
  const tasks = recentUnclaimed(await api.listTasks(), claims, "create", notBefore);
  const host = (spec.pair_psc_info?.url ?? "").toLowerCase();
  const byPairing = pairing?.pairing_id
    ? tasks.find((t) => (t.entity ?? "").toLowerCase() === pairing.pairing_id!.toLowerCase())
    : undefined;
  // The task names the remote vCenter, which is usually the PSC host we sent.
  const byName =
    byPairing ??
    tasks.find(
      (t) =>
        (t.entity_name ?? "").toLowerCase() === host ||
        (!!pairing?.remote_vc_server?.name &&
          (t.entity_name ?? "").toLowerCase() === pairing.remote_vc_server.name.toLowerCase()),
    );
  if (byName) {
    claims.claim(byName.id);
    log.debug(`found create task ${byName.id} for ${spec.pair_vc_id} from the earlier attempt`);
    return byName;
  }
  if (pairing?.pairing_id) {
    log.debug(`pairing ${pairing.pairing_id} with ${spec.pair_vc_id} exists; its task is gone`);
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
  return undefined;
}
