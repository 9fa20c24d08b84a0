// How a resource came to own its pairing, and the rule that tells "mine, from a run that died"
// from "someone else's" when create finds a pairing to the declared remote vCenter.

import type { Task } from "../sdk";
import type { Operation } from "./context";
import { timeoutMs } from "./timeouts";

/**
 * created: this resource's create made it. adopted: taken over on purpose (adoptPairingId,
 * adoptExisting: true). recovered: taken over without being asked, as the pairing an earlier
 * run of this create made before it died (see recentCreateOf).
 */
export type Ownership = "created" | "adopted" | "recovered";

/**
 * The SUCCESS create task that makes an existing pairing count as this resource's own, if any:
 * one the VRMS still lists for that pairing (or, naming no pairing, for the remote PSC host),
 * queued within this resource's create time-out before the VRMS's "now". An earlier run of
 * this create can only have started it that recently, or it would have failed by time-out.
 *
 * "Now" is the later of the VRMS's Date clock and its task clock's lower bound, so clocks that
 * disagree make a task look older, never younger: the cost is an explicit adoption, never
 * someone else's pairing. Limits: another stack declaring the same remote vCenter within that
 * window after this pairing's create counts as a recovery too; a pairing whose task record the
 * VRMS no longer keeps is never recovered.
 */
export async function recentCreateOf(op: Operation, pairingId: string): Promise<Task | undefined> {
  const tasks = await op.client.listCreateTasksFor(pairingId, op.inputs.remotePscHost);
  // Read after the list, which taught the task clock.
  const now = op.client.vrmsNow();
  if (now === undefined) return undefined;
  const since = now - timeoutMs(op.inputs.timeouts, "create");
  return tasks.find(
    (t) => t.status === "SUCCESS" && typeof t.queued_time === "number" && t.queued_time >= since,
  );
}
