// The transport layer of the request path: one HTTP exchange with the VRMS, axios underneath,
// answers mapped to typed errors. Raw axios errors never leave this file: they carry the
// request config and headers.

import axios, { type AxiosInstance, type AxiosResponse } from "axios";
import type * as http from "node:http";
import * as tls from "node:tls";
import {
  VrmsConfigError,
  VrmsError,
  VrmsHttpError,
  VrmsNetworkError,
  VrmsNotFoundError,
  VrmsRateLimitError,
  VrmsTlsError,
  type VrmsHttpErrorFacts,
} from "./vrms-errors";
import type { SafeLogger } from "./logger";
import { parseRetryAfter } from "./rate-limit";
import type { Redactor } from "./redact";
import { DateClock } from "./vrms-clock";
import type { ResponseError } from "./wire";

export type HttpMethod = "GET" | "POST" | "DELETE";

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to the base URL, starting with "/". */
  path: string;
  query?: URLSearchParams;
  headers?: Record<string, string>;
  body?: unknown;
  /** Short label for logs, e.g. "login"; defaults to method + path. */
  label?: string;
  /** The call this request belongs to; set by the retry layer, read by the layers below. */
  clock?: CallClock;
}

/** When a call began, and how much of its time it spent queued rather than failing. */
export interface CallClock {
  readonly startedAt: number;
  /** ms spent waiting for the request budget or a 429 pause (the budget layer adds to it). */
  queuedMs: number;
}

/** One layer's view of everything below it. */
export type Send = <T>(req: HttpRequest) => Promise<HttpResponse<T>>;

export interface HttpResponse<T> {
  status: number;
  data: T;
}

/** Network failures after which the request surely never reached the server. */
const NOT_SENT_CODES = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EADDRNOTAVAIL",
]);

export function requestSurelyNotSent(err: unknown): boolean {
  return err instanceof VrmsNetworkError && NOT_SENT_CODES.has(err.code);
}

/** How a plain-HTTP request to a TLS port ends: the server drops it, or answers bytes no HTTP parser reads. */
function looksLikeHttpToHttps(code: string): boolean {
  return code === "ECONNRESET" || code === "EPIPE" || code.startsWith("HPE_");
}

/** A TLS handshake to host:port completes within this long, or the port is taken not to speak TLS. */
const TLS_PROBE_MS = 2_000;

/** Whether host:port completes a TLS handshake (certificate not checked; nothing is sent after it). */
function speaksTls(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host, port, rejectUnauthorized: false, servername: undefined });
    const done = (yes: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(yes);
    };
    const timer = setTimeout(() => done(false), TLS_PROBE_MS);
    socket.once("secureConnect", () => done(true));
    socket.once("error", () => done(false));
  });
}

export class HttpTransport {
  private readonly axios: AxiosInstance;
  /** Where the server's Date header puts its clock. */
  readonly dateClock = new DateClock();

  constructor(
    readonly baseUrl: string,
    agent: http.Agent,
    timeoutMs: number,
    private readonly log: SafeLogger,
    private readonly redactor: Redactor,
  ) {
    const isHttps = baseUrl.startsWith("https:");
    this.axios = axios.create({
      baseURL: baseUrl,
      timeout: timeoutMs,
      httpAgent: isHttps ? undefined : agent,
      httpsAgent: isHttps ? agent : undefined,
      proxy: false,
      maxRedirects: 0,
      validateStatus: () => true,
      headers: { Accept: "application/json" },
      transitional: { clarifyTimeoutError: true, silentJSONParsing: true },
    });
  }

  async send<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const started = Date.now();
    const qs = req.query && req.query.toString() ? `?${req.query.toString()}` : "";
    const where = `${req.method} ${req.path}${qs}`;
    let res: AxiosResponse;
    try {
      res = await this.axios.request({
        method: req.method,
        url: req.path + qs,
        headers: req.headers,
        data: req.body,
      });
    } catch (err) {
      let mapped = this.mapTransportError(err, req);
      if (mapped instanceof VrmsNetworkError && (await this.isHttpToHttps(mapped.code))) {
        mapped = new VrmsConfigError(
          `VRMS url ${this.baseUrl} is plain http://, but the server there speaks HTTPS ` +
            `(${mapped.code} on ${req.method} ${req.path}); use https://`,
          this.baseUrl,
        );
      }
      this.log.debug(`${where} -> ${mapped.name} ${mapped.message} (${Date.now() - started} ms)`);
      throw mapped;
    }
    this.log.debug(`${where} -> ${res.status} (${Date.now() - started} ms)`);
    this.dateClock.observe(res.headers["date"]);
    if (res.status >= 200 && res.status < 300) return { status: res.status, data: res.data as T };
    throw this.mapStatus(res, req);
  }

  private httpsProbe?: Promise<boolean>;

  /** An http:// base URL whose server dropped the request: asks the port, once, whether it speaks TLS. */
  private isHttpToHttps(code: string): Promise<boolean> {
    const url = new URL(this.baseUrl);
    if (url.protocol !== "http:" || !looksLikeHttpToHttps(code)) return Promise.resolve(false);
    this.httpsProbe ??= speaksTls(url.hostname.replace(/^\[|\]$/g, ""), Number(url.port || 80));
    return this.httpsProbe;
  }

  /** The full URL of a request, without its query. */
  private urlOf(req: HttpRequest): string {
    return `${this.baseUrl}${req.path}`;
  }

  private mapStatus(res: AxiosResponse, req: HttpRequest): VrmsHttpError {
    const body: ResponseError =
      res.data && typeof res.data === "object" ? (res.data as ResponseError) : {};
    const scrub = (s: unknown) =>
      typeof s === "string" && s !== "" ? this.redactor.scrub(s) : undefined;
    const facts: VrmsHttpErrorFacts = {
      status: res.status,
      method: req.method,
      path: req.path,
      errorCode: scrub(body.error_code),
      opId: scrub(body.op_id),
      serverMessage: scrub(body.message),
      url: this.urlOf(req),
    };
    if (res.status === 404) return new VrmsNotFoundError(facts);
    if (res.status === 429) {
      return new VrmsRateLimitError(facts, parseRetryAfter(res.headers["retry-after"]));
    }
    return new VrmsHttpError(facts);
  }

  private mapTransportError(err: unknown, req: HttpRequest): VrmsError {
    if (err instanceof VrmsError) return err;
    const e = err as { code?: unknown; message?: unknown; cause?: unknown };
    if (e && e.cause instanceof VrmsTlsError) return e.cause;
    const code = typeof e?.code === "string" && e.code ? e.code : "ERR_NETWORK";
    const message = typeof e?.message === "string" ? this.redactor.scrub(e.message) : undefined;
    if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) {
      return new VrmsTlsError({ reason: message ?? code });
    }
    return new VrmsNetworkError({
      code,
      method: req.method,
      path: req.path,
      detail: message,
      url: this.urlOf(req),
    });
  }
}
