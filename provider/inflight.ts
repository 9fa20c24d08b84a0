import { Task, VrmsClient, VrmsHttpError } from "../sdk";

const LIVE = ["QUEUED", "RUNNING"];

function isCreate(t: Task): boolean {
  return `${t.description ?? ""} ${t.description_id ?? ""}`.toLowerCase().includes("create");
}

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
  let tasks: Task[];
  try {
    tasks = await client.listTasks({ filter_property: "status", filter: LIVE });
  } catch (err) {
    if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
    tasks = await client.listTasks(); // a server that cannot filter on status
  }
  const host = remotePscHost.trim().toLowerCase();
  return tasks
    .filter((t) => LIVE.includes(String(t.status)) && isCreate(t))
    .filter((t) => (t.entity_name ?? "").toLowerCase() === host && !!t.entity)
    .sort((a, b) => (a.queued_time ?? 0) - (b.queued_time ?? 0))[0];
}
