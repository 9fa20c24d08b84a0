// Diff as a pure function of the recorded state, the checked inputs and the facts gathered for
// it (diff-facts.ts): no environment, no VRMS, no console. What each input's change means is
// the table's (pairing-fields.ts); the lines a preview shows are returned, not printed.
import { isTaskUnfinished } from "../sdk/task";
import { normalizeBaseUrl } from "../sdk/url";
import { driftReason, readdressReason } from "./drift";
import { differs as fieldDiffers } from "./fields/compare";
import { inputsWhere } from "./fields/field";
import { EngineProps, InputKey, isUnknown, unwrapSecrets } from "./inputs";
import { LastTask, upgradeState } from "./outputs";
import { PAIRING_INPUT_FIELDS } from "./pairing-fields";
import type { VrmsIdentity } from "./vrms-identity";

const REPLACE_KEYS = inputsWhere(PAIRING_INPUT_FIELDS, "replace");
const RECONNECT_KEYS = inputsWhere(PAIRING_INPUT_FIELDS, "reconnect");
/**
 * Inputs whose change is stored in state without any call to the VRMS. Create-only inputs
 * (change "none": adoptExisting, adoptPairingId) are not among them: on a pairing that exists a
 * change to them plans nothing (state takes the new value with the next update). Otherwise
 * every stack upgraded from an old default would show an update, and a `--expect-no-changes`
 * drift job would fail on it.
 */
export const NO_CALL_KEYS = inputsWhere(PAIRING_INPUT_FIELDS, "record");

/** What the diff needs beyond state and inputs, gathered by the provider's diff (diff-facts.ts). */
export interface DiffFacts {
  /** The VRMS address the new inputs resolve to: the input, else VRMS_URL; may be unknown. */
  vrmsUrl: unknown;
  /** Who the VRMS at a new address is: asked only when {@link asksWhoIsThere}. */
  identity?: VrmsIdentity;
}

export interface PairingDiff {
  changes: boolean;
  replaces: string[];
  /** The update must call reconnect (remote PSC changed, or the pairing is unhealthy). */
  reconnect: boolean;
  /** The remote PSC inputs that changed. */
  reconnectKeys: string[];
  /** The last read found the pairing not connected. */
  unhealthy: boolean;
  /**
   * The VRMS is addressed otherwise (the URLs differ once normalised): `from` as recorded,
   * `to` the new one (undefined while unknown in a preview). Only the VRMS can tell whether it
   * is the same one (facts.identity); the text never replaces a pairing.
   */
  readdressed?: { from: string; to?: string };
  /** The update must finish a create that was still running when it was recorded. */
  resumeCreate: boolean;
  /** Human-readable, for logs and tests. */
  reasons: string[];
  /** The lines a preview shows (drift, what a new address means): the caller prints them. */
  notes: string[];
}

const differs = (key: InputKey, olds: EngineProps, news: EngineProps) =>
  fieldDiffers(PAIRING_INPUT_FIELDS[key], olds[key], news[key]);

function urlOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  try {
    return normalizeBaseUrl(value);
  } catch {
    return value;
  }
}

export function isHealthy(olds: EngineProps): boolean {
  return olds.connectionStatus === undefined || olds.connectionStatus === "connected";
}

/** A create recorded as a partial failure: the task had not finished when the time-out hit. */
export function pendingCreateTask(olds: {
  lastTask?: Partial<LastTask> | null;
}): { id: string } | undefined {
  const t = olds.lastTask;
  if (!t || typeof t.id !== "string" || t.operation !== "create") return undefined;
  return isTaskUnfinished(t) ? { id: t.id } : undefined;
}

/** The VRMS at a new address must be asked who it is: moot when the pairing is replaced anyway. */
export function asksWhoIsThere(d: PairingDiff): d is PairingDiff & { readdressed: object } {
  return d.readdressed !== undefined && d.replaces.length === 0;
}

/**
 * olds are the outputs in state (secrets in plain text), news the checked inputs. Only the
 * rules below produce a change; `__provider` never does. A field missing from older state
 * never replaces the pairing.
 */
export function diffPairing(
  oldsIn: EngineProps,
  newsIn: EngineProps,
  facts: DiffFacts,
): PairingDiff {
  const olds = upgradeState(unwrapSecrets(oldsIn ?? {}));
  const news = unwrapSecrets(newsIn ?? {});
  const reasons: string[] = [];
  const notes: string[] = [];

  const replaces: string[] = REPLACE_KEYS.filter(
    (k) => olds[k] !== undefined && differs(k, olds, news),
  );
  for (const k of replaces) reasons.push(`${k} changed: the pairing is replaced`);
  const readdressed = readdressing(olds.vrmsUrl, facts.vrmsUrl);
  if (readdressed)
    reasons.push(`vrmsUrl changed (${readdressed.from} → ${readdressed.to ?? "unknown"})`);

  const reconnectKeys = RECONNECT_KEYS.filter((k) => differs(k, olds, news));
  if (reconnectKeys.length > 0) reasons.push(`remote PSC changed (${reconnectKeys.join(", ")})`);
  const unhealthy = !isHealthy(olds);
  if (unhealthy) reasons.push(`last read found the pairing ${String(olds.connectionStatus)}`);
  const drift = driftReason(olds, { unhealthy });
  if (drift) notes.push(drift);
  const resumeCreate = pendingCreateTask(olds) !== undefined;
  if (resumeCreate) reasons.push("the create task had not finished");
  const noCallKeys = NO_CALL_KEYS.filter((k) => differs(k, olds, news));
  if (noCallKeys.length > 0) reasons.push(`settings changed (${noCallKeys.join(", ")})`);

  // A new address is another VRMS only when that VRMS says so (a replace deletes the pairing).
  if (readdressed && replaces.length === 0 && facts.identity) {
    notes.push(readdressReason(readdressed, facts.identity));
    if (facts.identity.kind === "another") replaces.push("vrmsUrl");
  }

  return {
    changes: reasons.length > 0,
    replaces,
    reconnect: reconnectKeys.length > 0 || unhealthy,
    reconnectKeys,
    unhealthy,
    resumeCreate,
    reasons,
    notes,
    ...(readdressed ? { readdressed } : {}),
  };
}

/**
 * The answer for the engine. Delete first: with create-first, a new pairing on the same VRMS
 * would adopt the old one, and deleting the old would then remove the pairing the new resource
 * tracks.
 */
export function diffResult(d: PairingDiff): {
  changes: boolean;
  replaces?: string[];
  deleteBeforeReplace?: boolean;
} {
  return d.replaces.length > 0
    ? { changes: true, replaces: d.replaces, deleteBeforeReplace: true }
    : { changes: d.changes };
}

/** Recorded and new VRMS address when they differ once normalised (one rule: normalizeBaseUrl). */
function readdressing(recorded: unknown, next: unknown): PairingDiff["readdressed"] {
  if (typeof recorded !== "string" || recorded === "") return undefined;
  if (isUnknown(next)) return { from: recorded };
  if (next === undefined || urlOf(recorded) === urlOf(next)) return undefined;
  return { from: recorded, to: String(next) };
}
