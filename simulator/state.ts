// What the local VRMS knows: sessions, pairings and the health of the remote sites.
import { randomUUID } from "node:crypto";
import type { IssueInfo, Pairing, ServerInfo, ServerStatus, X509Certificate } from "../sdk/wire";
import {
  type LocalSite,
  type RemoteSite,
  type ServerIdentity,
  remoteVcOf,
  remoteVrmsOf,
} from "./catalogue";

export interface Session {
  id: string;
  username: string;
  readOnly: boolean;
  createdAt: number;
  lastUsedAt: number;
  /** pairing id -> remote SSO user name */
  remoteSessions: Map<string, string>;
}

export interface PairingRecord {
  id: string;
  site: RemoteSite;
  createdAt: number;
  pscPort: number;
  pscUsername: string;
  /** Set while the connection is broken; reconnect clears it. */
  broken: { since: number; reason: string } | null;
}

export class SimulatorState {
  readonly sessions = new Map<string, Session>();
  readonly pairings = new Map<string, PairingRecord>();
  /** vc id -> when the site went down */
  readonly siteDownSince = new Map<string, number>();
  /** Every session id ever handed out, kept after expiry so tests can look for leaks. */
  readonly issuedSessionIds: string[] = [];

  constructor(
    readonly local: LocalSite,
    readonly sites: RemoteSite[],
    private readonly idleTimeoutMs: number | null,
  ) {}

  siteById(vcId: string): RemoteSite | undefined {
    return this.sites.find((s) => s.vcId.toLowerCase() === vcId.toLowerCase());
  }

  openSession(username: string, readOnly: boolean): Session {
    const now = Date.now();
    const session: Session = {
      id: randomUUID(),
      username,
      readOnly,
      createdAt: now,
      lastUsedAt: now,
      remoteSessions: new Map(),
    };
    this.sessions.set(session.id, session);
    this.issuedSessionIds.push(session.id);
    return session;
  }

  /** The live session for this header value, touching its idle clock; undefined if none. */
  useSession(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    const now = Date.now();
    if (this.idleTimeoutMs !== null && now - session.lastUsedAt > this.idleTimeoutMs) {
      this.sessions.delete(id);
      return undefined;
    }
    session.lastUsedAt = now;
    return session;
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
    // The connection stays broken after the site returns, until a reconnect repairs it:
    // the vendor documents reconnect as the step to take once the remote site is back online.
    for (const p of this.pairings.values()) {
      if (p.site === site && !p.broken) {
        p.broken = { since: now, reason: "the remote site was unreachable" };
      }
    }
  }

  pairingForSite(site: RemoteSite): PairingRecord | undefined {
    for (const p of this.pairings.values()) if (p.site === site) return p;
    return undefined;
  }

  // ---- wire rendering ----

  selfPairing(): Pairing {
    const vc = serverInfo(this.local.vc, "OK");
    const vrms = serverInfo(this.local.vrms, "OK");
    return {
      pairing_id: this.local.selfPairingId,
      local_vc_server: vc,
      remote_vc_server: serverInfo(this.local.vc, "OK"),
      local_vrms: vrms,
      remote_vrms: serverInfo(this.local.vrms, "OK"),
    };
  }

  renderPairing(p: PairingRecord): Pairing {
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

  /** All pairings in wire shape, the self pairing first. */
  allPairings(includeSelf: boolean): Pairing[] {
    const list = [...this.pairings.values()]
      .sort((a, b) => a.createdAt - b.createdAt)
      .map((p) => this.renderPairing(p));
    return includeSelf ? [this.selfPairing(), ...list] : list;
  }

  issuesOf(p: PairingRecord): IssueInfo[] {
    const vrms = remoteVrmsOf(p.site);
    const vc = remoteVcOf(p.site);
    const issues: IssueInfo[] = [];
    const downSince = this.siteDownSince.get(p.site.vcId);
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
}

export function serverInfo(id: ServerIdentity, status: ServerStatus): ServerInfo {
  return {
    id: id.id,
    url: id.url,
    name: id.name,
    server_status: status,
    certificates: [],
    certificate_warnings: [],
    version: id.version,
  };
}

function remoteCertificate(site: RemoteSite): X509Certificate {
  const year = 365 * 24 * 3600 * 1000;
  const epoch = Date.UTC(2025, 0, 1);
  return {
    serial_number: site.thumbprint.replace(/:/g, "").slice(0, 16),
    not_before: epoch,
    not_after: epoch + 3 * year,
    version: 3,
    issuer_dn: `CN=CA, DC=vsphere, DC=local, C=US, O=${site.pscHost}`,
    subject_dn: `CN=${site.pscHost}, C=US`,
    sig_alg_name: "SHA256withRSA",
    sig_alg_oid: "1.2.840.113549.1.1.11",
    public_key_format: "X.509",
    public_key_algorithm: "RSA",
    thumbprint: site.thumbprint,
    issuer_unique_id: null,
    subject_unique_id: null,
    key_usage: [true, false, true, false, false, false, false, false, false],
    issuer_alternative_names: null,
    subject_alternative_names: [site.pscHost],
    extended_key_usage: ["1.3.6.1.5.5.7.3.1"],
  };
}
