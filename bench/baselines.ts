// The contenders of the wait benchmark. The baselines are modelled on the vendor's published
// clients: log in once, POST, then sleep a fixed interval and GET /tasks/{id} until the task is
// terminal. They live here only; the product never polls like this.
import * as https from "node:https";
import axios, { type AxiosInstance } from "axios";
import { VrmsClient } from "../sdk";
import { SESSION_HEADER, TERMINAL_TASK_STATUSES } from "../sdk/wire";
import type { PairingSpec, SessionIdData, Task } from "../sdk/wire";
import type { Simulator } from "../simulator";

export interface ContenderSession {
  create(spec: PairingSpec): Promise<Task>;
  /** Resolves when the task is terminal (whatever the outcome). */
  wait(task: Task): Promise<void>;
  close(): Promise<void>;
}

export interface Contender {
  name: string;
  /** Logs in (not measured). */
  open(sim: Simulator): Promise<ContenderSession>;
}

/** The product: VrmsClient.waitForTask with its default poll policy, pinned to the simulator. */
export const sdkContender: Contender = {
  name: "sdk waitForTask",
  async open(sim) {
    const client = new VrmsClient({
      url: sim.url,
      username: sim.users[0].username,
      password: sim.users[0].password,
      tls: { thumbprint: sim.thumbprints.sha256 },
    });
    await client.login();
    return {
      create: (spec) => client.createPairing(spec),
      wait: async (task) => {
        await client.waitForTask(task);
      },
      close: () => client.dispose(),
    };
  },
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fixed-interval poller over plain axios with one session and a keep-alive agent. */
export function fixedPollBaseline(intervalMs: number, name: string): Contender {
  return {
    name,
    async open(sim) {
      const agent = new https.Agent({ ca: sim.certificatePem, keepAlive: true });
      const login = await axios.post<SessionIdData>(`${sim.url}/session`, undefined, {
        httpsAgent: agent,
        auth: { username: sim.users[0].username, password: sim.users[0].password },
      });
      const api: AxiosInstance = axios.create({
        baseURL: sim.url,
        httpsAgent: agent,
        headers: { [SESSION_HEADER]: login.data.session_id },
      });
      return {
        create: async (spec) => (await api.post<Task>("/pairings", spec)).data,
        wait: async (task) => {
          for (;;) {
            await sleep(intervalMs);
            const t = (await api.get<Task>(`/tasks/${encodeURIComponent(task.id)}`)).data;
            if (TERMINAL_TASK_STATUSES.includes(t.status)) return;
          }
        },
        close: async () => {
          await api.delete("/session").catch(() => undefined);
          agent.destroy();
        },
      };
    },
  };
}
