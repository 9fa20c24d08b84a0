import type { IssueInfo, Pairing, RemoteCredentials, VrmsClient } from "../sdk";

/**
 * The pairing's issues, asked for only when some server of it is not OK: a healthy pairing
 * reports none, and skipping the request saves one of the gateway's 50 per minute per pairing.
 */
export async function issuesOf(
  client: VrmsClient,
  pairing: Pairing,
  /** The remote session the pairing was read in, so the issues are full too. */
  remote?: RemoteCredentials,
): Promise<IssueInfo[]> {
  const servers = [
    pairing.local_vc_server,
    pairing.remote_vc_server,
    pairing.local_vrms,
    pairing.remote_vrms,
  ];
  if (servers.every((s) => s?.server_status === "OK")) return [];
  return client.getPairingIssues(String(pairing.pairing_id), remote && { remote });
}
