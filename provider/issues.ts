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
  /** Servers whose status the answer did not state (a read without remote session): not judged. */
  unstated: readonly string[] = [],
): Promise<IssueInfo[]> {
  const fields = ["local_vc_server", "remote_vc_server", "local_vrms", "remote_vrms"] as const;
  const servers = fields.filter((f) => !unstated.includes(f)).map((f) => pairing[f]);
  if (servers.every((s) => s?.server_status === "OK")) return [];
  return client.getPairingIssues(String(pairing.pairing_id), remote && { remote });
}
