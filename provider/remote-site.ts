import type { PairingEntity, VrmsTaskFailedError } from "../sdk";
import { ForceDeleteRequiredError } from "./errors";

/** `_meta.errors` codes by which the VRMS says the remote site did not answer. */
const UNREACHABLE_CODES = new Set(["REMOTE_SITE_UNREACHABLE"]);

/**
 * Words VRMS task messages use when the other site did not answer. A failed task carries only
 * text (no code), so this is the one place the provider reads meaning from prose; it is
 * consulted only when the pairing itself gives no structured answer.
 */
const REMOTE_DOWN_TEXT =
  /(remote.*(down|unreachable|not reachable|offline|unavailable|not respond))|unreachable|not reachable|offline/i;

/**
 * Whether the remote site of this pairing could not be reached: from the pairing as read just
 * now (an unreachable-site code in its `_meta.errors`), else from the failed task's text.
 */
export function remoteSiteUnreachable(
  pairing: PairingEntity,
  failure?: VrmsTaskFailedError,
): boolean {
  const codes = (pairing._meta?.errors ?? []).map((e) => e.code ?? "");
  if (codes.some((c) => UNREACHABLE_CODES.has(c))) return true;
  return failure !== undefined && REMOTE_DOWN_TEXT.test(textOf(failure));
}

/** The forceDelete hint for a delete the remote site could not take part in, if that is why it failed. */
export function forceDeleteHint(
  pairingId: string,
  failure: VrmsTaskFailedError,
  pairing: PairingEntity,
): ForceDeleteRequiredError | undefined {
  if (!remoteSiteUnreachable(pairing, failure)) return undefined;
  return new ForceDeleteRequiredError(
    pairingId,
    failure.taskId,
    failure.taskMessage ?? failure.message,
  );
}

function textOf(err: VrmsTaskFailedError): string {
  return [err.taskMessage, err.details, err.message].filter(Boolean).join(" ");
}
