// Everything one VrReplication lifecycle call needs, resolved once when it starts: the inputs
// (or state), the local VRMS connection and its shared client (one session for every
// resource of the run), the remote credentials, the deadline and a progress reporter.
import type { VrmsClient } from "../../sdk";
import type { RemoteCredentials } from "../../sdk/remote-session";
import { type ConnectionSettings, requireConnection } from "../connection";
import { ProgressReporter } from "../progress";
import type { ProviderServices } from "../services";
import { type TimeoutOperation, timeoutMs } from "../timeouts";
import type { ReplicationInputs } from "./inputs";

export class ReplicationOp {
  readonly conn: ConnectionSettings;
  readonly deadline: number;
  readonly progress: ProgressReporter;
  private cachedClient?: VrmsClient;

  constructor(
    private readonly services: ProviderServices,
    readonly inputs: ReplicationInputs,
    kind: TimeoutOperation | "read",
    label: string = kind,
    /** The host's `__provider` text, for partial-failure answers. */
    readonly provider?: string,
  ) {
    this.conn = requireConnection(inputs);
    this.deadline = Date.now() + (kind === "read" ? 0 : timeoutMs(inputs.timeouts, kind));
    this.progress = this.reporter(label);
  }

  get client(): VrmsClient {
    this.cachedClient ??= this.services.clients.clientFor(this.conn);
    return this.cachedClient;
  }

  /** The inputs as echoed into state: `vrmsUrl` is the URL actually used. */
  get echo(): ReplicationInputs {
    return { ...this.inputs, vrmsUrl: this.conn.url };
  }

  get remote(): { remote: RemoteCredentials } {
    return {
      remote: { username: this.inputs.remoteUsername, password: this.inputs.remotePassword },
    };
  }

  get name(): string {
    return this.inputs.resourceName || this.inputs.vmId || "replication";
  }

  remaining(): number {
    return Math.max(1, this.deadline - Date.now());
  }

  reporter(label: string): ProgressReporter {
    return new ProgressReporter(this.name, label, this.services.progress);
  }
}
