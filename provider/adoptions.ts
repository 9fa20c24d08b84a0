/**
 * Pairings adopted in this provider host process, i.e. during this `pulumi up`, and the name of
 * the resource that adopted each. When a resource is renamed without an alias, the engine
 * creates the new name (which adopts the pairing) and then deletes the old name: that delete
 * must leave the pairing to its new owner, or state would track a pairing that is gone.
 */
const adoptedBy = new Map<string, string>();

const key = (vrmsUrl: string, pairingId: string) => `${vrmsUrl}|${pairingId.toLowerCase()}`;

export function recordAdoption(vrmsUrl: string, pairingId: string, resourceName?: string): void {
  if (resourceName) adoptedBy.set(key(vrmsUrl, pairingId), resourceName);
}

/** The resource other than `resourceName` that adopted this pairing in this run, if any. */
export function adoptedByAnother(
  vrmsUrl: string,
  pairingId: string,
  resourceName?: string,
): string | undefined {
  const owner = adoptedBy.get(key(vrmsUrl, pairingId));
  return owner && resourceName && owner !== resourceName ? owner : undefined;
}

/** Create tasks this process posted, and for which resource (bounded: oldest dropped first). */
const postedBy = new Map<string, string>();

export function recordPost(vrmsUrl: string, taskId: string, resourceName?: string): void {
  if (!resourceName) return;
  postedBy.set(key(vrmsUrl, taskId), resourceName);
  if (postedBy.size > 5000) postedBy.delete(postedBy.keys().next().value as string);
}

/**
 * The other resource of this run whose create task this is: two resources of one program
 * declaring the same remote vCenter. Adopting would make both track one pairing.
 */
export function postedByAnother(
  vrmsUrl: string,
  taskId: string,
  resourceName?: string,
): string | undefined {
  const owner = postedBy.get(key(vrmsUrl, taskId));
  return owner && resourceName && owner !== resourceName ? owner : undefined;
}

/** Whether `resourceName` posted this task in this run: its own post may be resumed. */
export function postedByThis(vrmsUrl: string, taskId: string, resourceName?: string): boolean {
  return resourceName !== undefined && postedBy.get(key(vrmsUrl, taskId)) === resourceName;
}
