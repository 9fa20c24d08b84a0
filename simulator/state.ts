// The registry of one simulated world: the local site, the remote sites and whether they answer,
// the sessions and the pairings. Each object's behaviour lives in its own file.
import type { LocalSite, RemoteSite } from "./catalogue";
import { UnknownObjectError } from "./api-errors";
import { PairingStore } from "./pairing-store";
import { SessionStore } from "./session-store";
import { InventoryStore } from "./inventory";
import { ReplicationStore } from "./replication-store";

export class SimulatorState {
  readonly sessions: SessionStore;
  readonly pairings: PairingStore;
  readonly inventory = new InventoryStore();
  readonly replications = new ReplicationStore(this.inventory);
  /** vc id -> when the site went down */
  readonly siteDownSince = new Map<string, number>();

  constructor(
    readonly local: LocalSite,
    readonly sites: RemoteSite[],
    idleTimeoutMs: number | null,
    sessionIds: "base64" | "uuid",
  ) {
    this.sessions = new SessionStore(idleTimeoutMs, sessionIds);
    this.pairings = new PairingStore(local, this.sessions);
  }

  siteById(vcId: string): RemoteSite | undefined {
    return this.sites.find((s) => s.vcId.toLowerCase() === vcId.toLowerCase());
  }

  /** The site, or UnknownObjectError (for the control surface). */
  requireSite(vcId: string): RemoteSite {
    const site = this.siteById(vcId);
    if (!site) throw new UnknownObjectError("remote site with vCenter id", vcId);
    return site;
  }

  setSiteUp(site: RemoteSite, up: boolean): void {
    if (site.up === up) return;
    site.up = up;
    if (up) {
      this.siteDownSince.delete(site.vcId);
      return;
    }
    const now = Date.now();
    this.siteDownSince.set(site.vcId, now);
    this.pairings.siteWentDown(site, now);
  }
}
