// Every answer the simulator sends (API, error, fault and control answers alike) is published on
// a diagnostics channel, so a test suite can check each one against the vendor's file without
// knowing where simulators are started. Publishing costs nothing while nobody subscribes.
import { channel } from "node:diagnostics_channel";
import type { ServerResponse } from "node:http";

export const ANSWER_CHANNEL = "vrms-simulator:answer";

export interface SentAnswer {
  method: string;
  /** The request's path and query, as the client sent it. */
  url: string;
  status: number;
  contentType: string | undefined;
  /** The exact body text; "" for no body. */
  body: string;
}

const answers = channel(ANSWER_CHANNEL);

export function publishAnswer(
  res: ServerResponse,
  status: number,
  contentType: string | undefined,
  body: string,
): void {
  if (!answers.hasSubscribers) return;
  const answer: SentAnswer = {
    method: res.req.method ?? "GET",
    url: res.req.url ?? "/",
    status,
    contentType,
    body,
  };
  answers.publish(answer);
}
