import * as assert from "assert";
import { VrPairing, VrPairingArgs } from "../../provider";
import { RemoteSite, Simulator, SimulatorOptions, startSimulator } from "../../simulator";
import {
  createProgramFolder,
  Deployment,
  DeploymentError,
  HostCallError,
  OperationSummary,
  ProgramFolder,
  ProviderHost,
  StateResource,
  UpSummary,
} from "../../tools/engine";
import { simulatorPairingArgs } from "../../tools/engine/pairing";
import type { Task } from "../../sdk/wire";
import { FAST_TASKS } from "../support/simulator";
import { LeakLedger } from "./leaks";

/** The program: resource name → VrPairing inputs. */
export type Pairings = Record<string, VrPairingArgs>;

export interface StageOptions {
  simulator?: SimulatorOptions;
  /** Extra environment of the provider host. */
  hostEnv?: NodeJS.ProcessEnv;
  /** Stack configuration the program sees (namespaced keys), and which of it is secret. */
  config?: Record<string, string>;
  secretConfigKeys?: string[];
  /**
   * A second stack on the same VRMS: this stage uses that stage's simulator (started first,
   * stopped by it) instead of its own, with its own program folder, host and state.
   */
  sharesSimulatorOf?: Stage;
  /** The stack name (default "test"); two stacks on one VRMS need two. */
  stack?: string;
}

const PROJECT = "vr-pairing-reliability";

/**
 * One scenario's world: a simulator over pinned HTTPS, a program folder, the SDK's real
 * dynamic-provider host (a child process spoken to over gRPC) and a Deployment that drives it
 * the way the engine does. Every host line, step output and error goes into `ledger`.
 */
export class Stage {
  readonly ledger = new LeakLedger();
  private _sim?: Simulator;
  private _host?: ProviderHost;
  private _d?: Deployment;
  private folder?: ProgramFolder;
  private readonly hosts: ProviderHost[] = [];

  constructor(private readonly options: StageOptions = {}) {}

  get sim(): Simulator {
    assert.ok(this._sim, "stage not started");
    return this._sim;
  }
  get host(): ProviderHost {
    assert.ok(this._host, "stage not started");
    return this._host;
  }
  get d(): Deployment {
    assert.ok(this._d, "stage not started");
    return this._d;
  }

  async start(): Promise<void> {
    const other = this.options.sharesSimulatorOf;
    this._sim = other
      ? other.sim
      : await startSimulator({ taskDurations: FAST_TASKS, ...this.options.simulator });
    this.folder = createProgramFolder({ project: PROJECT });
    await this.newHost();
  }

  private get stack(): string {
    return this.options.stack ?? "test";
  }

  /**
   * A new host process (the old one is left as it is: stopped, killed or running); state
   * carries over. `env` adds to (or overrides) the stage's host environment.
   */
  async newHost(env: NodeJS.ProcessEnv = {}): Promise<ProviderHost> {
    const host = await ProviderHost.start({
      programDir: this.folder!.dir,
      project: PROJECT,
      stack: this.stack,
      // Debug lines on by default: the leak scan then covers every request and retry line.
      env: { VRMS_DEBUG: "1", ...this.options.hostEnv, ...env },
      onLine: (l) => this.ledger.see(`host ${l.stream}`, l.text),
    });
    this.hosts.push(host);
    const old = this._d;
    this._host = host;
    this._d = new Deployment(host, {
      program: {
        project: PROJECT,
        stack: this.stack,
        config: this.options.config,
        secretConfigKeys: this.options.secretConfigKeys,
      },
      onStep: (e) => this.ledger.seeStep(e),
    });
    if (old) for (const [k, v] of old.state) this._d.state.set(k, v);
    return host;
  }

  /** What `pulumi up` shows the user from the host (its debug lines, which are opt-in, left out). */
  userLines(from = 0): string {
    return this.host.lines
      .slice(from)
      .filter((l) => !l.text.includes("vr-pairing: debug:"))
      .map((l) => l.text)
      .join("\n");
  }

  /** Kills the current host process at once, as a crash or a CI runner being stopped would. */
  async killHost(): Promise<void> {
    const pid = this.host.pid;
    assert.ok(pid, "host has a pid");
    process.kill(pid, "SIGKILL");
    await this.host.stop(); // resolves once the process is gone
  }

  async stop(): Promise<void> {
    await Promise.allSettled(this.hosts.map((h) => h.stop()));
    this.folder?.dispose();
    if (!this.options.sharesSimulatorOf) await this._sim?.stop();
  }

  /** The resource named `name` in state (fails when it is not there). */
  resource(name: string): StateResource {
    const r = [...this.d.state.values()].find((x) => x.name === name);
    assert.ok(r, `${name} is in state`);
    return r;
  }

  /** Inputs pairing the simulator with remote site `site` (index or site), pinned. */
  args(site: number | RemoteSite = 0, overrides: Partial<VrPairingArgs> = {}): VrPairingArgs {
    const s = typeof site === "number" ? this.sim.remoteSites[site] : site;
    return simulatorPairingArgs(this.sim, s, overrides);
  }

  program(pairings: Pairings): () => void {
    return () => {
      for (const [name, args] of Object.entries(pairings)) new VrPairing(name, args);
    };
  }

  up(pairings: Pairings): Promise<UpSummary> {
    return this.d.up(this.program(pairings));
  }

  /** An up that must fail; returns the error (message and host details recorded). */
  async upFails(pairings: Pairings): Promise<DeploymentError> {
    return failure(this.ledger, this.up(pairings));
  }

  refresh(): Promise<OperationSummary> {
    return this.d.refresh();
  }

  destroy(): Promise<OperationSummary> {
    return this.d.destroy();
  }

  async destroyFails(): Promise<DeploymentError> {
    return failure(this.ledger, this.destroy());
  }

  /**
   * Starts `op` with tasks frozen, waits until a new task with `description` is RUNNING, runs
   * `during(task)` (which may unfreeze), then unfreezes and returns how `op` ended.
   */
  async whileRunning<T>(
    description: string,
    op: () => Promise<T>,
    during: (task: Task) => void | Promise<void>,
  ): Promise<{ task: Task; result?: T; error?: unknown }> {
    const known = new Set(this.sim.control.tasks().map((t) => t.id));
    this.sim.control.freezeTasks(true);
    const outcome = op().then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    try {
      const task = await until(`a running "${description}" task`, () =>
        this.sim.control
          .tasks()
          .find((t) => !known.has(t.id) && t.description === description && t.status === "RUNNING"),
      );
      await during(task);
      this.sim.control.freezeTasks(false);
      const o = await outcome;
      if ("error" in o) this.ledger.seeError(`while ${description}`, o.error);
      return { task, ...o };
    } finally {
      this.sim.control.freezeTasks(false);
    }
  }

  /** The provider's own message for a failed step (what `pulumi up` prints for it). */
  static details(err: DeploymentError): string {
    return err.cause instanceof HostCallError ? err.cause.details : err.cause.message;
  }
}

async function failure(ledger: LeakLedger, p: Promise<unknown>): Promise<DeploymentError> {
  try {
    await p;
  } catch (e) {
    ledger.seeError("operation", e);
    assert.ok(e instanceof DeploymentError, `expected a DeploymentError, got ${String(e)}`);
    return e;
  }
  assert.fail("the operation succeeded, but it should have failed");
}

/** One stage per describe block, started before its tests and stopped after them. */
export function useStage(options: StageOptions = {}): Stage {
  const stage = new Stage(options);
  before(async function () {
    this.timeout(30_000);
    await stage.start();
  });
  after(() => stage.stop());
  return stage;
}

/**
 * The closing test of every describe: nothing the scenario produced (host lines, errors, state
 * outside secret keys) holds a password, a session id or an Authorization value.
 */
export function itLeaksNoSecret(stage: Stage): void {
  it("leaks no password, session id or Authorization value", () => {
    const { ledger, sim, d } = stage;
    ledger.simulatorSecrets(sim);
    for (const r of d.state.values()) ledger.seeState("state", r);
    assert.ok(sim.control.sessionIds().length > 0, "the scenario logged in");
    assert.ok(ledger.size > 0, "the scenario produced output to scan");
    ledger.assertClean();
  });
}

/**
 * Waits until the simulator's state satisfies `condition` (polling its control surface, which
 * costs no API request). Fails after `timeoutMs`.
 */
export async function until<T>(
  what: string,
  condition: () => T | undefined | false,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = condition();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
