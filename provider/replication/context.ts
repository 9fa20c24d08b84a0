// One VrReplication lifecycle call: what every call has (../context.ts), plus the remote
// credentials the VRMS needs to configure, pause, resume and unconfigure.
import type { RemoteCredentials } from "../../sdk/remote-session";
import { LifecycleCall } from "../context";
import type { ReplicationInputs } from "./inputs";

export class ReplicationOp extends LifecycleCall<ReplicationInputs> {
  protected get unnamed(): string {
    return this.inputs.vmId || "replication";
  }

  get remote(): { remote: RemoteCredentials } {
    return {
      remote: { username: this.inputs.remoteUsername, password: this.inputs.remotePassword },
    };
  }
}
