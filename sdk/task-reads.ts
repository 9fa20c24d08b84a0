// Reading tasks: one by id, lists (all pages), several ids in one filtered list, and the
// unfinished ones. Every task read tells the task clock what time the VRMS stamps tasks with.

import { Coalescer } from "./coalesce";
import { VrmsHttpError } from "./vrms-errors";
import type { Send } from "./http";
import type { SafeLogger } from "./logger";
import { listAll } from "./paging";
import { sameId } from "./pairing";
import { isTaskOfKind, isTaskUnfinished } from "./task";
import type { TaskClock } from "./vrms-clock";
import type { ListQuery, Task, TaskEntity } from "./wire";

const enc = encodeURIComponent;

export class TaskReads {
  private idFilterWorks = true;
  /** Concurrent lookups of unfinished tasks share one list (started after each of them asked). */
  private readonly unfinishedLists = new Coalescer<Task[]>(() => this.listUnfinishedNow());

  constructor(
    private readonly send: Send,
    private readonly baseUrl: string,
    private readonly clock: TaskClock,
    private readonly log: SafeLogger,
  ) {}

  async getTask(taskId: string): Promise<TaskEntity> {
    const { data } = await this.send<TaskEntity>({ method: "GET", path: `/tasks/${enc(taskId)}` });
    this.clock.observe([data]);
    return data;
  }

  async listTasks(query?: ListQuery): Promise<Task[]> {
    const tasks = await listAll<Task>(this.send, this.baseUrl, "/tasks", query);
    this.clock.observe(tasks);
    return tasks;
  }

  /**
   * The tasks with these ids in one filtered list request; a server that refuses to
   * filter on id (400) is asked for the plain list from then on.
   */
  async listTasksById(ids: string[]): Promise<Task[]> {
    if (this.idFilterWorks) {
      try {
        const limit = Math.max(100, ids.length);
        return await this.listTasks({ filter_property: "id", filter: ids, limit });
      } catch (err) {
        if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
        this.idFilterWorks = false;
        this.log.debug("VRMS refused filtering tasks by id; polling the plain task list");
      }
    }
    return this.listTasks();
  }

  /**
   * The create tasks still listed that made this pairing (`entity`), or that name no pairing
   * but its remote site (`entity_name`) and made no other (`result.pairing_id`); any status,
   * newest first. A task naming another pairing never counts, even for the same remote site:
   * that pairing was another one.
   */
  async listCreateTasksFor(pairingId: string, remoteHost: string): Promise<Task[]> {
    // A task that names no pairing may still name the one it made in its result.
    const madeOther = (t: Task) => {
      const made = t.result?.pairing_id;
      return typeof made === "string" && made.trim() !== "" && !sameId(made, pairingId);
    };
    return (await this.listTasks())
      .filter((t) => isTaskOfKind(t, "create"))
      .filter((t) =>
        t.entity ? sameId(t.entity, pairingId) : sameId(t.entity_name, remoteHost) && !madeOther(t),
      )
      .sort((a, b) => (b.queued_time ?? 0) - (a.queued_time ?? 0));
  }

  /**
   * Tasks still QUEUED or RUNNING. Concurrent calls share one list, but never one that started
   * before the call (it could miss a task the caller's sibling just started).
   */
  listUnfinished(): Promise<Task[]> {
    return this.unfinishedLists.run();
  }

  private async listUnfinishedNow(): Promise<Task[]> {
    try {
      return await this.listTasks({ filter_property: "status", filter: ["QUEUED", "RUNNING"] });
    } catch (err) {
      if (!(err instanceof VrmsHttpError) || err.status !== 400) throw err;
      return (await this.listTasks()).filter(isTaskUnfinished); // a server that cannot filter on status
    }
  }
}
