// The programmatic control surface: what tests and demos do to the simulated world.
import type { Pairing, Task } from "../sdk/wire";
import type { SimulatorCore } from "./core";
import { type SimulatorCounters, copyCounters, emptyCounters } from "./counters";
import type { FaultSpec } from "./faults";
import type { RequestHookSpec } from "./hooks";
import type { TaskKind } from "./task-runner";
import { type ReplicationControl, createReplicationControl } from "./replication-control";

export interface SimulatorControl {
  /** Inventories (VMs, disks, datastores, storage policies) and replication states and faults. */
  readonly replication: ReplicationControl;
  /** Takes a remote site down or brings it back. Pairings with it stay broken until reconnected. */
  setSiteUp(vcId: string, up: boolean): void;
  /**
   * Rotates the remote site's SSO password: later remote logins and pairing specs need the new
   * one; remote sessions already open stay valid (an SSO token outlives a password change).
   */
  setSitePassword(vcId: string, password: string): void;
  /** remote_vrms ERROR, remote_vc_server WARNING, and issues listed, until reconnect or repair. */
  breakPairing(pairingId: string, reason?: string): void;
  repairPairing(pairingId: string): void;
  /** Removes a pairing behind the client's back (no task). */
  deletePairing(pairingId: string): void;
  /** Every session becomes invalid: the next call with it answers 401. */
  expireSessions(): void;
  injectFaults(f: FaultSpec): void;
  clearFaults(): void;
  setLatencyMs(ms: number): void;
  /** Runs `spec.run` once, before the next matching API request is handled (the request waits). */
  beforeNextRequest(spec: RequestHookSpec): void;
  /** Frozen tasks turn RUNNING and stay there until unfrozen. */
  freezeTasks(frozen: boolean): void;
  cancelTask(taskId: string): void;
  /** The VRMS forgets the task's record (404, not listed) while its work goes on. */
  forgetTask(taskId: string): void;
  /** The next task of this kind ends ERROR with this message, whatever the sites say. */
  failNextTask(kind: TaskKind, message?: string, details?: string): void;
  /**
   * Moves the server's clock by `ms` (may be < 0): its Date header and the times of tasks it
   * stamps from now on. Times already stamped stay, so earlier tasks look `ms` older.
   */
  advanceClock(ms: number): void;
  /** Resolves when the task is SUCCESS, ERROR or CANCELLED (no polling needed in tests). */
  whenTaskSettled(taskId: string): Promise<Task>;
  /** Current pairings in wire shape, without the self pairing. */
  pairings(): Pairing[];
  tasks(): Task[];
  counters(): SimulatorCounters;
  resetCounters(): void;
  /** Every session id issued since start, expired ones included (read-only; for leak checks). */
  sessionIds(): string[];
  /** Requests the simulator is handling right now (API and control). */
  openRequests(): number;
}

export function createControl(core: SimulatorCore): SimulatorControl {
  const { state } = core;
  return {
    replication: createReplicationControl(core),
    setSiteUp(vcId, up) {
      state.setSiteUp(state.requireSite(vcId), up);
    },
    setSitePassword(vcId, password) {
      if (typeof password !== "string" || password === "") {
        throw new RangeError("the new password must be a non-empty string");
      }
      state.requireSite(vcId).password = password;
    },
    breakPairing(pairingId, reason = "the connection was broken from the control surface") {
      state.pairings.breakConnection(state.pairings.require(pairingId), reason);
    },
    repairPairing(pairingId) {
      state.pairings.require(pairingId).broken = null;
    },
    deletePairing(pairingId) {
      state.pairings.remove(state.pairings.require(pairingId).id);
    },
    expireSessions() {
      state.sessions.expireAll();
    },
    injectFaults(f) {
      core.faults.inject(f);
    },
    clearFaults() {
      core.faults.clear();
    },
    beforeNextRequest(spec) {
      core.hooks.add(spec);
    },
    setLatencyMs(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be >= 0, got ${ms}`);
      core.faults.latencyMs = ms;
    },
    freezeTasks(frozen) {
      core.tasks.setFrozen(frozen);
    },
    forgetTask(taskId) {
      core.tasks.forget(taskId);
    },
    cancelTask(taskId) {
      core.tasks.cancel(taskId);
    },
    failNextTask(
      kind,
      message = `Simulated failure of the ${kind} task`,
      details = "Injected from the simulator's control surface.",
    ) {
      if (!["create", "reconnect", "delete"].includes(kind))
        throw new RangeError(`unknown task kind ${kind}`);
      core.tasks.failNextTask(kind, message, details);
    },
    advanceClock(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`the clock moves by a finite ms, got ${ms}`);
      core.advanceClock(ms);
    },
    whenTaskSettled(taskId) {
      return core.tasks.whenSettled(taskId);
    },
    pairings() {
      return state.pairings.list(false);
    },
    tasks() {
      return core.tasks.list();
    },
    counters() {
      return copyCounters(core.counters);
    },
    resetCounters() {
      core.counters = emptyCounters();
    },
    sessionIds() {
      return [...state.sessions.issuedIds];
    },
    openRequests() {
      return core.openRequests;
    },
  };
}
