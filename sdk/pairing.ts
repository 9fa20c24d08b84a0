// Rules about pairings that every user of the API needs.

import type { Pairing } from "./wire";

/**
 * Two ids (server, pairing, task) or host names name the same thing: both present, case and
 * surrounding space aside.
 */
export function sameId(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a?.trim().toLowerCase();
  return !!x && x === b?.trim().toLowerCase();
}

/** A pairing lists the same vCenter on both sides only for the VRMS's own "self" entry. */
export function isSelfPairing(p: Pairing): boolean {
  return sameId(p.local_vc_server?.id, p.remote_vc_server?.id);
}

/** Who a VRMS is: its own id and its vCenter's, as every pairing it lists shows them. */
export interface LocalSite {
  vrmsId: string | null;
  vcId: string | null;
}

/** The local side of the VRMS that listed `pairings` (the self pairing preferred). */
export function localSiteOf(pairings: Pairing[]): LocalSite {
  const p = pairings.find(isSelfPairing) ?? pairings[0];
  return { vrmsId: p?.local_vrms?.id ?? null, vcId: p?.local_vc_server?.id ?? null };
}
