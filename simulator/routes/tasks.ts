// GET /tasks and GET /tasks/{task_id}.
import type { TaskEntity } from "../../sdk/wire";
import { notFound } from "../http-util";
import { listResponse } from "../listing";
import type { Route } from "../route-types";
import { API_BASE_PATH } from "../../sdk/wire";

export const taskRoutes: Route[] = [
  {
    method: "GET",
    template: "/tasks",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const all = ctx.core.tasks.list();
      return {
        status: 200,
        body: listResponse(all, ctx.origin, `${API_BASE_PATH}/tasks`, ctx.query),
      };
    },
  },
  {
    method: "GET",
    template: "/tasks/{task_id}",
    auth: "session",
    mutating: false,
    body: false,
    handle(ctx) {
      const task = ctx.core.tasks.get(ctx.params.task_id);
      if (!task) throw notFound();
      const body: TaskEntity = { ...task, _meta: { errors: [] } };
      return { status: 200, body };
    },
  },
];
