// TLS trust for the VRMS connection. Node's own verification runs with
// rejectUnauthorized:false so that the handshake completes and we can see the
// presented certificate; our check then decides, and the socket is handed to the
// HTTP request only after it passed, so no byte (and no credential) reaches an
// untrusted server. Session resumption is off so every connection shows its cert.

import * as http from "node:http";
import * as https from "node:https";
import type { Duplex } from "node:stream";
import type * as tls from "node:tls";
import { VrmsTlsError } from "./vrms-errors";
import { normalizeThumbprint, thumbprintAlgorithm, thumbprintsOfDer } from "./thumbprint";
import type { TlsOptions } from "./options";
import type { SafeLogger } from "./logger";

export interface TrustDecision {
  pin?: string;
  pinAlgorithm?: "sha1" | "sha256";
  ca?: string[];
  insecure: boolean;
}

export function trustDecision(o: TlsOptions): TrustDecision {
  const pin = o.thumbprint ? normalizeThumbprint(o.thumbprint) : undefined;
  const ca =
    o.caBundle === undefined
      ? undefined
      : (Array.isArray(o.caBundle) ? o.caBundle : [o.caBundle]).filter((c) => c.trim() !== "");
  return {
    pin,
    pinAlgorithm: pin ? thumbprintAlgorithm(pin) : undefined,
    ca: ca && ca.length > 0 ? ca : undefined,
    insecure: o.insecure === true,
  };
}

/** Describes the trust mode for logs. */
export function describeTrust(t: TrustDecision): string {
  if (t.insecure) return "insecure (no certificate checks)";
  const parts: string[] = [];
  if (t.pin) parts.push(`${t.pinAlgorithm} thumbprint pin ${t.pin}`);
  if (t.ca) parts.push(`CA bundle (${t.ca.length} certificate(s))`);
  if (!t.pin && !t.ca) parts.push("system CA roots");
  return parts.join(" + ");
}

/** Returns a VrmsTlsError when the connected socket's certificate is not trusted. */
export function checkPeer(
  socket: tls.TLSSocket,
  trust: TrustDecision,
  host: string,
): VrmsTlsError | undefined {
  if (trust.insecure) return undefined;
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.raw) {
    return new VrmsTlsError({ reason: "the server presented no certificate", host });
  }
  const presented = thumbprintsOfDer(cert.raw);
  const facts = { presentedSha256: presented.sha256, presentedSha1: presented.sha1, host };
  if (trust.pin) {
    const actual = trust.pinAlgorithm === "sha1" ? presented.sha1 : presented.sha256;
    if (actual !== trust.pin) {
      return new VrmsTlsError({
        ...facts,
        reason: `certificate thumbprint does not match the pinned ${trust.pinAlgorithm} thumbprint ${trust.pin}`,
      });
    }
    // A pin alone is the whole trust decision; with a CA bundle as well, both must hold.
    if (!trust.ca) return undefined;
  }
  if (!socket.authorized) {
    const why = String(socket.authorizationError ?? "certificate not trusted");
    return new VrmsTlsError({
      ...facts,
      reason: `certificate not trusted (${why})${trust.ca ? " by the given CA bundle" : ""}`,
    });
  }
  return undefined;
}

type OnCreate = (err: Error | null, stream: Duplex) => void;

/** An https.Agent that checks trust before the socket is used. */
export class TrustingAgent extends https.Agent {
  constructor(
    private readonly trust: TrustDecision,
    private readonly log: SafeLogger,
    opts: https.AgentOptions = {},
  ) {
    super({
      ...opts,
      keepAlive: true,
      maxCachedSessions: 0,
      rejectUnauthorized: false,
      ca: trust.ca,
    });
  }

  override createConnection(
    options: https.RequestOptions,
    oncreate?: OnCreate,
  ): Duplex | null | undefined {
    const socket = super.createConnection(options) as tls.TLSSocket;
    if (!oncreate) return socket; // no way to delay: callers in this module always pass one
    const host = `${options.host ?? "?"}:${options.port ?? 443}`;
    let done = false;
    const finish = (err: Error | null) => {
      if (done) return;
      done = true;
      socket.removeListener("error", onError);
      if (err) {
        socket.destroy();
        oncreate(err, socket);
      } else {
        oncreate(null, socket);
      }
    };
    const onError = (err: Error) => finish(err);
    socket.once("error", onError);
    socket.once("close", () =>
      finish(
        Object.assign(new Error("connection closed during the TLS handshake"), {
          code: "ECONNRESET",
        }),
      ),
    );
    socket.once("secureConnect", () => {
      const failure = checkPeer(socket, this.trust, host);
      if (failure) this.log.debug(`TLS rejected ${host}: ${failure.reason}`);
      finish(failure ?? null);
    });
    return undefined;
  }
}

export function createAgent(baseUrl: string, trust: TrustDecision, log: SafeLogger): http.Agent {
  if (baseUrl.startsWith("http:")) return new http.Agent({ keepAlive: true });
  return new TrustingAgent(trust, log);
}
