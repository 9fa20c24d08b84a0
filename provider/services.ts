import { hostClients, VrmsClientPool } from "./clients";
import { HOST_PROGRESS, ProgressSettings } from "./progress";

/**
 * What every lifecycle call of a provider shares: the VRMS clients (one session per
 * connection) and where progress lines go. The host uses one set for its whole process; an
 * embedder or a test passes its own to `new VrPairingProvider(...)`.
 */
export interface ProviderServices {
  readonly clients: VrmsClientPool;
  readonly progress: ProgressSettings;
}

export const HOST_SERVICES: ProviderServices = { clients: hostClients, progress: HOST_PROGRESS };
