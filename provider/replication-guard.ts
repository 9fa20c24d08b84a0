// The pairing guard: a pairing that still carries replications is not deleted by accident.
// Called first thing in VrPairingProvider.delete (provider/provider.ts), before any other call.
import { type VrmsClient, VrmsNotFoundError } from "../sdk";
import { VrPairingError } from "./errors";

/** A non-force delete of a pairing that still has replications. */
export class PairingHasReplicationsError extends VrPairingError {
  constructor(
    readonly pairingId: string,
    readonly count: number,
  ) {
    super(
      `Pairing ${pairingId} still carries ${count} replication${count === 1 ? "" : "s"} ` +
        `(GET /pairings/${pairingId}/replications/count); nothing was deleted. Ways forward: ` +
        "remove the VrReplication resources that use it first (or `pulumi destroy` them with " +
        "this pairing, which deletes them before it), unconfigure the replications in the " +
        "vSphere Client, or set `deleteWithReplications: true` on the VrPairing to delete it " +
        "anyway (the replications stop: the vendor leaves them behind on this site).",
    );
  }
}

/**
 * Fails before touching anything when the pairing still has replications and the delete was
 * not told it may take them along. A pairing the VRMS no longer knows (404) has none.
 */
export async function guardPairingDelete(
  client: VrmsClient,
  pairingId: string,
  options: { force: boolean; deleteWithReplications: boolean },
): Promise<void> {
  if (options.force || options.deleteWithReplications) return;
  let count: number;
  try {
    count = await client.replications.count(pairingId);
  } catch (err) {
    if (err instanceof VrmsNotFoundError) return;
    throw err;
  }
  if (count > 0) throw new PairingHasReplicationsError(pairingId, count);
}
