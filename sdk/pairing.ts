// Rules about pairings that every user of the API needs.

import type { Pairing } from "./wire";

/** A pairing lists the same vCenter on both sides only for the VRMS's own "self" entry. */
export function isSelfPairing(p: Pairing): boolean {
  const local = p.local_vc_server?.id;
  const remote = p.remote_vc_server?.id;
  return !!local && !!remote && local.toLowerCase() === remote.toLowerCase();
}
