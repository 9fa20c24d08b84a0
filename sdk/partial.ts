// Whether an answer about a pairing is complete. The VRMS marks the fields it could not fill
// from the remote site in `_meta.errors`; such an answer must not be read as drift.

import type { MetaError, Metadata } from "./wire";

/** `_meta.errors[].code` when the session has no remote session for the pairing. */
export const REMOTE_SITE_NOT_AUTHENTICATED = "REMOTE_SITE_NOT_AUTHENTICATED";
/** `_meta.errors[].code` (and `error_code` of the remote login) when the remote site does not answer. */
export const REMOTE_SITE_UNREACHABLE = "REMOTE_SITE_UNREACHABLE";
/** `error_code` of a 400 to a non-force delete without a remote session. */
export const REMOTE_SESSION_REQUIRED = "REMOTE_SESSION_REQUIRED";

export interface PartialData {
  /** The entries of `_meta.errors`, as the server sent them. */
  errors: MetaError[];
  /** The session has no remote session for the pairing (log in to the remote site and read again). */
  remoteSessionMissing: boolean;
  /** The remote site did not answer (the data is the last known; the pairing may be disconnected). */
  remoteSiteUnreachable: boolean;
  /** One line naming why: the server's messages, or the codes and fields. */
  reason: string;
}

/** Why an answer is partial (`_meta.errors` non-empty), or undefined when it is complete. */
export function partialDataOf(
  answer: { _meta?: Metadata | null } | null | undefined,
): PartialData | undefined {
  const errors = (answer?._meta?.errors ?? []).filter((e): e is MetaError => !!e);
  if (errors.length === 0) return undefined;
  const codes = new Set(errors.map((e) => e.code));
  const reasons = [
    ...new Set(errors.map((e) => e.message || `${e.code ?? "error"} at ${e.field}`)),
  ];
  return {
    errors,
    remoteSessionMissing: codes.has(REMOTE_SITE_NOT_AUTHENTICATED),
    remoteSiteUnreachable: codes.has(REMOTE_SITE_UNREACHABLE),
    reason: reasons.join("; "),
  };
}

/**
 * The rows of one page of a list, each with the list-level `_meta.errors` that name it
 * (`$.list[i].…`) moved to its own `_meta`, fields relative to the row: a row then reads like
 * the entity `GET /…/{id}` answers, partial marks included.
 */
export function rowsWithOwnMeta<T extends object>(
  items: T[],
  meta: Metadata | null | undefined,
): (T & { _meta: { errors: MetaError[] } })[] {
  return items.map((row, i) => {
    const prefix = `$.list[${i}].`;
    const errors = (meta?.errors ?? [])
      .filter((e): e is MetaError => typeof e?.field === "string" && e.field.startsWith(prefix))
      .map((e) => ({ ...e, field: `$.${(e.field ?? "").slice(prefix.length)}` }));
    return { ...row, _meta: { errors } };
  });
}
