// The pairing object: its record, how it renders on the wire and what its issues are.
import type { IssueInfo, Pairing, ServerStatus } from "../sdk/wire";
import { UnknownObjectError } from "./api-errors";
import { type LocalSite, type RemoteSite, remoteVcOf, remoteVrmsOf } from "./catalogue";
import { remoteCertificate, serverInfo } from "./server-info";
import type { SessionStore } from "./session-store";
import type { CheckedPairingSpec } from "./spec";

export interface PairingRecord {
  id: string;
  site: RemoteSite;
  createdAt: number;
  pscPort: number;
  pscUsername: string;
  /** Set while the connection is broken; reconnect clears it. */
  broken: { since: number; reason: string } | null;
}

export class PairingStore {
  private readonly records = new Map<string, PairingRecord>();

  constructor(
    private readonly local: LocalSite,
    private readonly sessions: SessionStore,
  ) {}

  isSelf(id: string): boolean {
    return id === this.local.selfPairingId;
  }

  get(id: string): PairingRecord | undefined {
    return this.records.get(id);
  }

  /** The record, or UnknownObjectError (for the control surface). */
  require(id: string): PairingRecord {
    const rec = this.records.get(id);
    if (!rec) throw new UnknownObjectError("pairing", id);
    return rec;
  }

  forSite(site: RemoteSite): PairingRecord | undefined {
    for (const p of this.records.values()) if (p.site === site) return p;
    return undefined;
  }

  add(id: string, site: RemoteSite, spec: CheckedPairingSpec): void {
    this.records.set(id, {
      id,
      site,
      createdAt: Date.now(),
      pscPort: spec.pair_psc_info.port ?? 443,
      pscUsername: spec.pair_psc_info.username,
      broken: null,
    });
  }

  /** The one way a pairing goes away: its record and every remote session opened for it. */
  remove(id: string): void {
    this.records.delete(id);
    this.sessions.forgetPairing(id);
  }

  breakConnection(rec: PairingRecord, reason: string, since = Date.now()): void {
    rec.broken = { since, reason };
  }

  /**
   * The connection stays broken after the site returns, until a reconnect repairs it: the
   * vendor documents reconnect as the step to take once the remote site is back online.
   */
  siteWentDown(site: RemoteSite, now: number): void {
    for (const p of this.records.values()) {
      if (p.site === site && !p.broken)
        this.breakConnection(p, "the remote site was unreachable", now);
    }
  }

  // ---- wire rendering ----

  selfPairing(): Pairing {
    return {
      pairing_id: this.local.selfPairingId,
      local_vc_server: serverInfo(this.local.vc, "OK"),
      remote_vc_server: serverInfo(this.local.vc, "OK"),
      local_vrms: serverInfo(this.local.vrms, "OK"),
      remote_vrms: serverInfo(this.local.vrms, "OK"),
    };
  }

  render(p: PairingRecord): Pairing {
    let vcStatus: ServerStatus = "OK";
    let vrmsStatus: ServerStatus = "OK";
    if (!p.site.up) {
      vcStatus = "ERROR";
      vrmsStatus = "ERROR";
    } else if (p.broken) {
      vcStatus = "WARNING";
      vrmsStatus = "ERROR";
    }
    const remoteVc = serverInfo(remoteVcOf(p.site), vcStatus);
    remoteVc.certificates = [remoteCertificate(p.site)];
    return {
      pairing_id: p.id,
      local_vc_server: serverInfo(this.local.vc, "OK"),
      remote_vc_server: remoteVc,
      local_vrms: serverInfo(this.local.vrms, "OK"),
      remote_vrms: serverInfo(remoteVrmsOf(p.site), vrmsStatus),
    };
  }

  /** Records oldest first. */
  all(): PairingRecord[] {
    return [...this.records.values()].sort((a, b) => a.createdAt - b.createdAt);
  }

  /** All pairings in wire shape, the self pairing first. */
  list(includeSelf: boolean): Pairing[] {
    const list = this.all().map((p) => this.render(p));
    return includeSelf ? [this.selfPairing(), ...list] : list;
  }
}

export function issuesOf(p: PairingRecord, downSince: number | undefined): IssueInfo[] {
  const vrms = remoteVrmsOf(p.site);
  const vc = remoteVcOf(p.site);
  const issues: IssueInfo[] = [];
  if (!p.site.up) {
    issues.push({
      entity: vrms.id,
      entity_name: vrms.name,
      description: `The remote vSphere Replication server ${vrms.name} is not reachable.`,
      timestamp: downSince ?? Date.now(),
      status: "ERROR",
      issue_type: "VRMS",
    });
  }
  if (p.broken) {
    issues.push({
      entity: vrms.id,
      entity_name: vrms.name,
      description: `Connection to the remote vSphere Replication server ${vrms.name} is lost (${p.broken.reason}); reconnect the pairing.`,
      timestamp: p.broken.since,
      status: "ERROR",
      issue_type: "VRMS",
    });
    issues.push({
      entity: vc.id,
      entity_name: vc.name,
      description: `The remote vCenter Server ${vc.name} is not authenticated with this site.`,
      timestamp: p.broken.since,
      status: "WARNING",
      issue_type: "VC",
    });
  }
  return issues;
}
