// Answers as the simulator publishes them, for the tests of the schema check: a running task
// and an answer envelope around any body.
import { API_BASE_PATH } from "../../../simulator";
import type { Answer } from "./validator";

export const NOW = Date.UTC(2026, 11, 2, 12, 0, 0);
export const UUID = "0b5e7b8e-4c2a-4d3e-9f10-2a3b4c5d6e7f";

/** A running create task, as the vendor's file describes it, with `changes` applied. */
export function task(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "HmsTask-1",
    description: "Create pairing",
    description_id: "com.vmware.hms.pairing.create",
    entity: UUID,
    entity_name: "vc-remote-1",
    status: "RUNNING",
    error: null,
    result: null,
    progress: 50,
    queued_time: NOW,
    start_time: NOW + 10,
    complete_time: null,
    _meta: { errors: [] },
    ...changes,
  };
}

/** An answer to `method` on the API path `relPath`. */
export function answer(
  method: string,
  relPath: string,
  status: number,
  body: unknown,
  contentType: string | undefined = body === undefined ? undefined : "application/json",
): Answer {
  return {
    method,
    url: `${API_BASE_PATH}${relPath}`,
    status,
    contentType,
    body: body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body),
  };
}
