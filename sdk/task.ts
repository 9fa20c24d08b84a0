// What the sdk, the provider and the simulator all need to know about a task's kind and state.

import type { Task, TaskStatus } from "./wire";

/** The operations that start a task on the VRMS. */
export type TaskKind = "create" | "reconnect" | "delete";

/** The VRMS names a task's operation in its description ("Create pairing") or description_id. */
export function isTaskOfKind(t: Task, kind: TaskKind): boolean {
  return `${t.description ?? ""} ${t.description_id ?? ""}`.toLowerCase().includes(kind);
}

/** QUEUED or RUNNING: the task may still change what exists on the VRMS. */
export function isTaskUnfinished(t: { status?: TaskStatus | string | null }): boolean {
  return t.status === "QUEUED" || t.status === "RUNNING";
}
