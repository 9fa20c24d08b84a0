import { Task, VrmsClient } from "../sdk";
import { sameId } from "../sdk/pairing";
import { isTaskOfKind, isTaskUnfinished } from "../sdk/task";

/**
 * A create task for this remote site that is still QUEUED or RUNNING: a run that was stopped
 * (host killed, CI cancelled) after its POST. Posting again would fail with "already paired"
 * once that task finishes and leave its pairing out of state; waiting for it and adopting what
 * it makes does neither. Tasks name the remote vCenter (`entity_name`), usually the PSC host.
 */
export async function findCreateInFlight(
  client: VrmsClient,
  remotePscHost: string,
): Promise<Task | undefined> {
  const tasks = await client.listUnfinishedTasks();
  return (
    tasks
      .filter((t) => isTaskUnfinished(t) && isTaskOfKind(t, "create"))
      // `entity` may still be null while the task is queued (the pairing is not made yet).
      .filter((t) => sameId(t.entity_name, remotePscHost))
      .sort((a, b) => (a.queued_time ?? 0) - (b.queued_time ?? 0))[0]
  );
}

/**
 * A delete of this pairing that is still QUEUED or RUNNING (another stack's destroy, say):
 * the pairing is going away, so it must never be taken over (issue 16 bug 5).
 */
export async function findDeleteInFlight(
  client: VrmsClient,
  pairingId: string,
): Promise<Task | undefined> {
  return (await client.listUnfinishedTasks()).find(
    (t) => isTaskUnfinished(t) && isTaskOfKind(t, "delete") && sameId(t.entity, pairingId),
  );
}
