// A local VRMS (vSphere Replication REST API v2) for tests, examples, demos and benchmarks.
import * as http from "node:http";
import * as https from "node:https";
import type { AddressInfo, Socket } from "node:net";
import { API_BASE_PATH } from "../sdk/wire";
import type { RemoteSite } from "./catalogue";
import { createServerCertificate } from "./certificate";
import { type SimulatorControl, createControl } from "./control";
import { SimulatorCore } from "./core";
import { type SimulatorOptions, resolveOptions } from "./simulator-options";
import { createRequestHandler } from "./server";

export type { RemoteSite } from "./catalogue";
export type { SimulatorControl } from "./control";
export type { ReplicationControl } from "./replication-control";
export type {
  InventoryDatastore,
  InventoryDisk,
  InventoryPolicy,
  InventoryUpdate,
  InventoryVm,
  SeedOptions,
  VcInventory,
} from "./inventory";
export type { ReplicationAction, ReplicationFaultKind } from "./replication-store";
export type { SimulatorCounters } from "./counters";
export type { FaultKind, FaultSpec } from "./faults";
export type { RequestHookSpec } from "./hooks";
export type {
  ClockOptions,
  RateLimitOptions,
  SimulatorOptions,
  SimulatorUser,
  TaskDurations,
  TaskRetention,
} from "./simulator-options";
export type { Role } from "./permissions";
export {
  DEFAULT_RATE_LIMIT,
  DEFAULT_REMOTE_SITE_CONTRACT,
  DEFAULT_TASK_DURATIONS,
  DEFAULT_USER,
} from "./simulator-options";
export {
  REMOTE_SESSION_REQUIRED,
  REMOTE_SITE_NOT_AUTHENTICATED,
  REMOTE_SITE_UNREACHABLE,
} from "./remote-contract";
export type { TaskKind } from "./task-runner";
export { CONTROL_BASE_PATH } from "./control-http";
export { ANSWER_CHANNEL, type SentAnswer } from "./answers";
export { API_BASE_PATH };

export interface Simulator {
  /** e.g. "https://127.0.0.1:PORT/api/rest/vr/v2" */
  readonly url: string;
  /** e.g. "https://127.0.0.1:PORT" */
  readonly origin: string;
  readonly port: number;
  readonly host: string;
  readonly tls: boolean;
  /** PEM of the generated certificate ("" with tls: false). */
  readonly certificatePem: string;
  /** Colon hex uppercase ("" with tls: false). */
  readonly thumbprints: { sha256: string; sha1: string };
  readonly users: { username: string; password: string }[];
  /** Whether the vendor's remote-site contract is enforced (option remoteSiteContract). */
  readonly remoteSiteContract: boolean;
  /** Live objects: `up` follows control.setSiteUp. */
  readonly remoteSites: RemoteSite[];
  /** The local vCenter's id (both sides of the self pairing). */
  readonly localVcId: string;
  /** The local VRMS's id (local_vrms of every pairing); differs with option localSite. */
  readonly localVrmsId: string;
  readonly selfPairingId: string;
  /** "https://127.0.0.1:PORT/_simulator" when the HTTP control surface is on. */
  readonly controlUrl: string;
  readonly control: SimulatorControl;
  stop(): Promise<void>;
}

function urlHost(host: string): string {
  if (host === "0.0.0.0" || host === "::") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const resolved = resolveOptions(options);
  const core = new SimulatorCore(resolved);
  const control = createControl(core);
  const cert = resolved.tls ? await createServerCertificate(resolved.host) : null;
  let origin = "";
  const handler = createRequestHandler(core, control, () => origin);
  const server: http.Server = cert
    ? https.createServer({ key: cert.privateKeyPem, cert: cert.certificatePem }, handler)
    : http.createServer(handler);
  const sockets = new Set<Socket>();
  server.on("connection", (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  server.on("clientError", (_err, socket) => {
    // Garbage that is not HTTP at all: answer 400 when the socket still can, never throw.
    if (socket.writable && !socket.destroyed) {
      socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
    } else {
      socket.destroy();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(resolved.port, resolved.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origin = `${resolved.tls ? "https" : "http"}://${urlHost(resolved.host)}:${port}`;
  let stopping: Promise<void> | null = null;
  return {
    url: `${origin}${API_BASE_PATH}`,
    origin,
    port,
    host: resolved.host,
    tls: resolved.tls,
    certificatePem: cert?.certificatePem ?? "",
    thumbprints: cert?.thumbprints ?? { sha256: "", sha1: "" },
    users: resolved.users.map((u) => ({ username: u.username, password: u.password })),
    remoteSiteContract: resolved.remoteSiteContract,
    remoteSites: core.state.sites,
    localVcId: core.state.local.vc.id,
    localVrmsId: core.state.local.vrms.id,
    selfPairingId: core.state.local.selfPairingId,
    controlUrl: resolved.controlSurface ? `${origin}/_simulator` : "",
    control,
    stop() {
      stopping ??= new Promise<void>((resolve) => {
        core.tasks.stop();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return stopping;
    },
  };
}
