// How a resource came to own its pairing. Ownership is never inferred: a resource owns what its
// own create posted, what its state names, or what it was told to adopt.

import type { Operation } from "./context";
import type { CreateRecord } from "./errors";
import { mapTask } from "./outputs";

/**
 * created: this resource's create made it. adopted: taken over because the user said so
 * (adoptPairingId, adoptExisting: true). recovered: only in state written by versions before
 * 0.2, which took over a pairing whose create ran within the create time-out.
 */
export type Ownership = "created" | "adopted" | "recovered";

/**
 * The newest create task the VRMS still lists for this pairing, for an error message: it tells
 * the user when the pairing was made. It is never evidence of ownership; undefined when the VRMS
 * lists none or the list cannot be read.
 */
export async function createRecordOf(
  op: Operation,
  pairingId: string,
): Promise<CreateRecord | undefined> {
  try {
    const [task] = await op.client.listCreateTasksFor(pairingId, op.inputs.remotePscHost);
    if (!task) return undefined;
    const { id, status, queuedTime } = mapTask(task, "create");
    return { taskId: id, status, queuedTime };
  } catch {
    return undefined;
  }
}
