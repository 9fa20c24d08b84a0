// ServerInfo and certificate in wire shape, for the four servers of a pairing.
import type { ServerInfo, ServerStatus, X509Certificate } from "../sdk/wire";
import type { RemoteSite, ServerIdentity } from "./catalogue";

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

/** The (fictitious) certificate of the remote PSC, consistent with the site's thumbprints. */
export function remoteCertificate(site: RemoteSite): X509Certificate {
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
