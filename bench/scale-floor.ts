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
// - destroy: the login; a remote login per pairing (a non-force delete needs one); one DELETE
//   per pairing; at least one poll of the tasks.
// Issues are read only for a pairing that is not healthy, so none here.
import type { ScaleOperation } from "./report";

/** The gateway's documented default: requests per session per minute. */
export const PER_SESSION_PER_MINUTE = 50;

export function fewestRequests(
  operation: ScaleOperation,
  n: number,
): { count: number; why: string } {
  switch (operation) {
    case "create":
      return {
        count: n + 5,
        why: `1 login + 2 looks (creates in flight, existing pairings) + ${n} POST + 1 poll + 1 read`,
      };
    case "refresh":
      return { count: n + 2, why: `1 login + ${n} remote logins + 1 read` };
    case "destroy":
      return { count: 2 * n + 2, why: `1 login + ${n} remote logins + ${n} DELETE + 1 poll` };
  }
}

/** Requests ÷ the per-session limit: the least time one session can take, in ms. */
export const floorMs = (requests: number, sessions = 1) =>
  (requests / (PER_SESSION_PER_MINUTE * sessions)) * 60_000;
