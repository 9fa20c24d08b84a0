// Mocha helpers for suites that need a VRMS simulator: start one with millisecond task
// durations on a free loopback port, and raw HTTP clients that trust its certificate.
import * as https from "node:https";
import axios, { type AxiosInstance } from "axios";
import { type Simulator, type SimulatorOptions, startSimulator } from "../../simulator";
import type { RemoteSite } from "../../simulator";
import { SESSION_HEADER } from "../../sdk/wire";
import type { PairingSpec, SessionIdData, Task } from "../../sdk/wire";

/** Task durations fast enough for unit tests, still long enough to see QUEUED and RUNNING. */
export const FAST_TASKS = { createMs: 20, reconnectMs: 20, deleteMs: 20, queuedMs: 5 };

export interface SimulatorHandle {
  /** The running simulator; throws outside the suite's hooks. */
  readonly sim: Simulator;
}

function handle(get: () => Simulator | undefined): SimulatorHandle {
  return {
    get sim(): Simulator {
      const s = get();
      if (!s)
        throw new Error("the simulator is not running here (use it inside the describe's tests)");
      return s;
    },
  };
}

/** One simulator for the whole describe block (before/after). */
export function useSimulator(options: SimulatorOptions = {}): SimulatorHandle {
  let current: Simulator | undefined;
  before(async () => {
    current = await startSimulator({ taskDurations: FAST_TASKS, ...options });
  });
  after(async () => {
    await current?.stop();
    current = undefined;
  });
  return handle(() => current);
}

/** A fresh simulator for every test (beforeEach/afterEach), for tests that change the world. */
export function useSimulatorPerTest(options: SimulatorOptions = {}): SimulatorHandle {
  let current: Simulator | undefined;
  beforeEach(async () => {
    current = await startSimulator({ taskDurations: FAST_TASKS, ...options });
  });
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return handle(() => current);
}

/**
 * An https.Agent trusting only the simulator's certificate. No keep-alive by default: nothing
 * lingers. With keep-alive, many requests share one TLS handshake; the simulator's stop()
 * closes the connection.
 */
export function trustingAgent(sim: Simulator, keepAlive = false): https.Agent {
  return new https.Agent({ ca: sim.certificatePem, keepAlive });
}

/**
 * axios on the simulator's API base URL, trusting its certificate; it never throws on an
 * HTTP status, so tests assert on `status`. Pass a session id to send x-dr-session, and
 * keepAlive for a long run of requests.
 */
export function rawClient(
  sim: Simulator,
  sessionId?: string,
  { keepAlive = false }: { keepAlive?: boolean } = {},
): AxiosInstance {
  return axios.create({
    baseURL: sim.url,
    httpsAgent: sim.tls ? trustingAgent(sim, keepAlive) : undefined,
    validateStatus: () => true,
    headers: sessionId ? { [SESSION_HEADER]: sessionId } : {},
    // Keep raw bodies for the "no body" checks; parse JSON ourselves when there is one.
    transformResponse: [(data: unknown) => parseMaybeJson(data)],
  });
}

function parseMaybeJson(data: unknown): unknown {
  if (typeof data !== "string" || data === "") return data;
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/** Logs in as the simulator's first user (or the one given); returns the session id. */
export async function login(
  sim: Simulator,
  user: { username: string; password: string } = sim.users[0],
): Promise<string> {
  const res = await rawClient(sim).post<SessionIdData>("/session", undefined, {
    auth: { username: user.username, password: user.password },
  });
  if (res.status !== 200) throw new Error(`login as ${user.username} answered ${res.status}`);
  if (!res.data.session_id) throw new Error(`login as ${user.username} gave no session_id`);
  return res.data.session_id;
}

/** A logged-in raw client. */
export async function session(sim: Simulator): Promise<AxiosInstance> {
  return rawClient(sim, await login(sim));
}

/** A PairingSpec that succeeds against this remote site, with optional changes to pair_psc_info. */
export function pairingSpec(
  site: RemoteSite,
  psc: Partial<PairingSpec["pair_psc_info"]> = {},
): PairingSpec {
  return {
    pair_vc_id: site.vcId,
    pair_psc_info: {
      url: site.pscHost,
      port: site.pscPort,
      thumbprint: site.thumbprint,
      username: site.username,
      password: site.password,
      ...psc,
    },
  };
}

/** Creates a pairing through the API and waits for its task; returns the settled task. */
export async function createPairing(
  sim: Simulator,
  api: AxiosInstance,
  spec: PairingSpec,
): Promise<Task> {
  const res = await api.post<Task>("/pairings", spec);
  if (res.status !== 202) throw new Error(`create pairing answered ${res.status}`);
  return sim.control.whenTaskSettled(res.data.id);
}

/** Creates a healthy pairing with remote site `index` and returns its id. */
export async function pairWith(sim: Simulator, api: AxiosInstance, index = 0): Promise<string> {
  const task = await createPairing(sim, api, pairingSpec(sim.remoteSites[index]));
  if (task.status !== "SUCCESS")
    throw new Error(`create pairing ended ${task.status}: ${task.error?.message}`);
  return String(task.entity);
}
