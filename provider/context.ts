import type { VrmsClient } from "../sdk";
import { ConnectionSettings, requireConnection } from "./connection";
import type { PairingInputs } from "./inputs";
import type { VrmsConnectionArgs } from "./resource";
import { ProgressReporter } from "./progress";
import type { ProviderServices } from "./services";
import { type Timeouts, TimeoutOperation, timeoutMs } from "./timeouts";

/** What one call needs of any resource's inputs (or state). */
export type CallInputs = Partial<Record<keyof VrmsConnectionArgs, unknown>> & {
  timeouts?: Partial<Timeouts>;
  resourceName?: string;
};

/**
 * Everything one lifecycle call needs, resolved once when the call starts: the inputs (or
 * state) with secrets unwrapped, the local VRMS connection, its shared client, the deadline of
 * the operation's time-out and a progress reporter named after the resource. Each resource
 * says what to call it when the engine gave no name (`unnamed`).
 */
export abstract class LifecycleCall<P extends CallInputs> {
  readonly conn: ConnectionSettings;
  readonly deadline: number;
  readonly progress: ProgressReporter;
  private cachedClient?: VrmsClient;

  constructor(
    private readonly services: ProviderServices,
    /** Inputs for create and update, the recorded state for read and delete. */
    readonly inputs: P,
    kind: TimeoutOperation | "read",
    label: string = kind,
    /** The host's `__provider` text, for partial-failure answers. */
    readonly provider?: string,
  ) {
    this.conn = requireConnection(inputs);
    this.deadline = Date.now() + (kind === "read" ? 0 : timeoutMs(inputs.timeouts, kind));
    this.progress = this.reporter(label);
  }

  /** What names the resource in progress lines when the engine gave no name. */
  protected abstract get unnamed(): string;

  /** Made on first use: an update that needs no VRMS call never builds one. */
  get client(): VrmsClient {
    this.cachedClient ??= this.services.clients.clientFor(this.conn);
    return this.cachedClient;
  }

  /** The inputs as echoed into state: `vrmsUrl` is the URL actually used. */
  get echo(): P {
    return { ...this.inputs, vrmsUrl: this.conn.url };
  }

  get name(): string {
    return this.inputs.resourceName || this.unnamed;
  }

  /** Time left before the operation's time-out (at least 1 ms, so a wait still looks once). */
  remaining(): number {
    return Math.max(1, this.deadline - Date.now());
  }

  /** A reporter for a step with its own progress lines (a reconnect within an update, say). */
  reporter(label: string): ProgressReporter {
    return new ProgressReporter(this.name, label, this.services.progress);
  }
}

/** One VrPairing lifecycle call. */
export class Operation<P extends Partial<PairingInputs> = PairingInputs> extends LifecycleCall<P> {
  protected get unnamed(): string {
    return this.inputs.remotePscHost || this.inputs.remoteVcId || "pairing";
  }
}
