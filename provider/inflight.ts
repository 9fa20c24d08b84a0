import { Task, VrmsClient, VrmsHttpError } from "../sdk";
import { Coalescer } from "../sdk/coalesce";

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
  const tasks = await liveTaskLists(client).run();
  const host = remotePscHost.trim().toLowerCase();
  return tasks
    .filter((t) => LIVE.includes(String(t.status)) && isCreate(t))
    .filter((t) => (t.entity_name ?? "").toLowerCase() === host && !!t.entity)
    .sort((a, b) => (a.queued_time ?? 0) - (b.queued_time ?? 0))[0];
}

/**
 * Concurrent creates on one client share one list of live tasks, never one started before
 * they asked (it could miss a create a sibling resource just posted).
 */
const lists = new WeakMap<VrmsClient, Coalescer<Task[]>>();

function liveTaskLists(client: VrmsClient): Coalescer<Task[]> {
  let c = lists.get(client);
  if (!c) {
    c = new Coalescer(() => listLiveTasks(client));
    lists.set(client, c);
  }
  return c;
}

async function listLiveTasks(client: VrmsClient): Promise<Task[]> {
  try {
    return await client.listTasks({ filter_property: "status", filter: LIVE });
  } catch (err) {
    if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
    return client.listTasks(); // a server that cannot filter on status
  }
}
