// The body reader is kept by hand: raw-body pauses the request on a 413 (a keep-alive client then
// never reads the answer unless the caller drains it) and brings several packages to save 30 lines.
// Small helpers for answering the way the VRMS gateway answers.
import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { ResponseError } from "../sdk/wire";
import { ApiError, BadRequest, PayloadTooLarge } from "./api-errors";
import { publishAnswer } from "./answers";

/** 401 and 404 have no body, as the vendor's file says; everything else >= 400 carries one. */
const BODYLESS = new Set([401, 404, 405]);

export function errorBody(code: string, message: string): ResponseError {
  return { error_code: code, message, op_id: randomUUID() };
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json",
    "content-length": String(Buffer.byteLength(text)),
  });
  res.end(text);
  publishAnswer(res, status, "application/json", text);
}

export function sendEmpty(
  res: ServerResponse,
  status: number,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, { ...headers, "content-length": "0" });
  res.end();
  publishAnswer(res, status, undefined, "");
}

export function sendError(res: ServerResponse, err: ApiError): void {
  if (BODYLESS.has(err.status)) sendEmpty(res, err.status, err.headers);
  else sendJson(res, err.status, errorBody(err.errorCode, err.message), err.headers);
}

export function parseBasicAuth(
  header: string | undefined,
): { username: string; password: string } | null {
  if (!header) return null;
  const m = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!m) return null;
  const text = Buffer.from(m[1], "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon <= 0) return null;
  return { username: text.slice(0, colon), password: text.slice(colon + 1) };
}

/**
 * Reads the body up to `maxBytes`; beyond that answers 413 and lets Node discard the rest.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume();
    return Promise.reject(new PayloadTooLarge(maxBytes));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const fail = (err: Error) => {
      if (settled) return;
      settled = true;
      chunks.length = 0;
      reject(err);
    };
    req.on("data", (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) fail(new PayloadTooLarge(maxBytes));
      else chunks.push(chunk);
    });
    req.on("end", () => {
      if (settled) return;
      settled = true;
      resolve(Buffer.concat(chunks));
    });
    // A client that goes away mid-body: nobody is left to answer, but the promise must settle.
    req.on("error", () => fail(aborted()));
    req.on("close", () => {
      if (!req.complete) fail(aborted());
    });
  });
}

function aborted(): ApiError {
  return new BadRequest("REQUEST_ABORTED", "The client closed the connection mid-request");
}
