// The fewest requests any client needs for one operation on N pairings over one session, the
// way ./feasibility states the fewest polls: what the operation must ask the VRMS, with every
// read that can be shared shared (one filtered list for N pairings or N tasks, one page).
// - create: the login; the two looks that keep a create from duplicating a pairing (creates
//   still in flight, pairings that exist); one POST per pairing; at least one poll of the
//   tasks (one filtered GET /tasks can see all N done); one read back of all N (one filtered
//   GET /pairings). The read back needs no remote session: the remote site took part in the
//   create that just succeeded (the contract makes a create with the remote site down fail).
// - refresh: the login; a remote login per pairing (the contract answers a read without one
//   with partial data, and a refresh is the full read); one filtered read of all N.
// - destroy: the login; one filtered read of all N (identity before action: each pairing is
//   proven to be the declared one on the recorded VRMS before it is deleted); one count of
//   replications per pairing (issue 26: a non-force delete of a pairing that carries
//   replications fails before touching anything, and the count is read per pairing); a remote
//   login per pairing (a non-force delete needs one); one DELETE per pairing; at least one poll.
// Issues are read only for a pairing that is not healthy, so none here.
//
// Replications, N VMs over one pairing (the vendor's configure takes a list of specs, and every
// list takes a `limit`, so one page can hold all N):
// - create (configure): the login; one read of the pairing (the source vCenter's id, which the
//   VM list's path names: the user declares the pairing and the VMs, not the vCenter); a
//   remote login (the contract refuses a configure without one, and the target's datastores
//   are the remote vCenter's); one list of the source VMs with their disks (each spec lists
//   the VM's disks; a disk that does not exist is refused at preview); one list of the target
//   datastores (a datastore on the wrong site is refused at preview); the two looks that keep
//   a configure from duplicating a replication (configures in flight, replications that
//   exist); one POST carrying every spec; at least one poll (one filtered GET /tasks can see
//   all N done); one read back of all N. No storage policy is declared, so none is read.
// - refresh: the login; a remote login (the contract answers a read without one with partial
//   data, and a refresh is the full read); one list of the pairing's replications.
// Neither grows with N: the floor in time is the configure task itself, not the rate limit.
import type { ScaleOperation } from "./report";

export interface Fewest {
  count: number;
  why: string;
}

/** The gateway's documented default: requests per session per minute. */
export const PER_SESSION_PER_MINUTE = 50;

export function fewestPairingRequests(operation: ScaleOperation, n: number): Fewest {
  switch (operation) {
    case "create":
      return {
        count: n + 5,
        why: `1 login + 2 looks (creates in flight, existing pairings) + ${n} POST + 1 poll + 1 read`,
      };
    case "refresh":
      return { count: n + 2, why: `1 login + ${n} remote logins + 1 read` };
    case "destroy":
      return {
        count: 3 * n + 3,
        why: `1 login + 1 identity read + ${n} replication counts + ${n} remote logins + ${n} DELETE + 1 poll`,
      };
  }
}

export function fewestReplicationRequests(
  operation: Exclude<ScaleOperation, "destroy">,
  n: number,
): Fewest {
  switch (operation) {
    case "create":
      return {
        count: 10,
        why:
          `1 login + 1 pairing read + 1 remote login + 1 VM list + 1 datastore list + 2 looks ` +
          `(configures in flight, replications that exist) + 1 POST of ${n} specs + 1 poll + 1 read`,
      };
    case "refresh":
      return { count: 3, why: `1 login + 1 remote login + 1 list of ${n}` };
  }
}

/** Requests ÷ the per-session limit: the least time one session can take, in ms. */
export const floorMs = (requests: number, sessions = 1) =>
  (requests / (PER_SESSION_PER_MINUTE * sessions)) * 60_000;
