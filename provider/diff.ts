import { resolveConnection } from "./connection";
import { normalizeThumbprintText } from "./check";
import { isTaskUnfinished } from "../sdk/task";
import { normalizeBaseUrl } from "../sdk/url";
import {
  DEFAULT_REMOTE_PSC_PORT,
  EngineProps,
  InputKey,
  isUnknown,
  RECONNECT_KEYS,
  unwrapSecrets,
} from "./inputs";
import { LastTask, upgradeState } from "./outputs";
import { DEFAULT_TIMEOUTS } from "./timeouts";

/**
 * Inputs whose change is stored in state without any call to the VRMS. adoptExisting and
 * adoptPairingId are not among them: they decide what create does, so on a pairing that
 * exists a change to them does nothing and plans nothing (state takes the new value with the
 * next update). Otherwise every stack upgraded from the old default `adoptExisting: true`
 * would show an update, and a `--expect-no-changes` drift job would fail on it.
 */
export const NO_CALL_KEYS: readonly InputKey[] = [
  "vrmsUsername",
  "vrmsPassword",
  "vrmsThumbprint",
  "vrmsCaBundle",
  "vrmsInsecure",
  "forceDelete",
  "timeouts",
];

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
   * is the same one (vrms-identity.ts); the text never replaces a pairing.
   */
  readdressed?: { from: string; to?: string };
  /** The update must finish a create that was still running when it was recorded. */
  resumeCreate: boolean;
  /** Human-readable, for logs and tests. */
  reasons: string[];
}

const DEFAULTS: Partial<Record<InputKey, unknown>> = {
  remotePscPort: DEFAULT_REMOTE_PSC_PORT,
  forceDelete: false,
  timeouts: DEFAULT_TIMEOUTS,
};

function canonical(key: InputKey, value: unknown): unknown {
  const v = value === undefined || value === null || value === "" ? DEFAULTS[key] : value;
  if (v === undefined) return undefined;
  if ((key === "remotePscThumbprint" || key === "vrmsThumbprint") && typeof v === "string") {
    return normalizeThumbprintText(v) ?? v;
  }
  if (key === "timeouts" && typeof v === "object") {
    return JSON.stringify({ ...DEFAULT_TIMEOUTS, ...(v as object) });
  }
  return typeof v === "object" ? JSON.stringify(v) : v;
}

function differs(key: InputKey, olds: EngineProps, news: EngineProps): boolean {
  if (isUnknown(news[key])) return true;
  return canonical(key, olds[key]) !== canonical(key, news[key]);
}

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

/**
 * olds are the outputs in state (secrets in plain text), news the checked inputs. Only the
 * rules below produce a change; `__provider` never does.
 */
export function diffPairing(
  oldsIn: EngineProps,
  newsIn: EngineProps,
  env: NodeJS.ProcessEnv = process.env,
): PairingDiff {
  const olds = upgradeState(unwrapSecrets(oldsIn ?? {}));
  const news = unwrapSecrets(newsIn ?? {});
  const replaces: string[] = [];
  const reasons: string[] = [];

  if (olds.remoteVcId !== undefined && differs("remoteVcId", olds, news)) {
    replaces.push("remoteVcId");
    reasons.push("remoteVcId changed: a pairing to another vCenter is a new pairing");
  }
  const readdressed = readdressing(olds.vrmsUrl, resolveConnection(news, env).raw.url);
  if (readdressed)
    reasons.push(`vrmsUrl changed (${readdressed.from} → ${readdressed.to ?? "unknown"})`);

  const reconnectKeys = RECONNECT_KEYS.filter((k) => differs(k, olds, news));
  if (reconnectKeys.length > 0) reasons.push(`remote PSC changed (${reconnectKeys.join(", ")})`);
  const unhealthy = !isHealthy(olds);
  if (unhealthy) reasons.push(`last read found the pairing ${String(olds.connectionStatus)}`);
  const resumeCreate = pendingCreateTask(olds) !== undefined;
  if (resumeCreate) reasons.push("the create task had not finished");
  const noCallKeys = NO_CALL_KEYS.filter((k) => differs(k, olds, news));
  if (noCallKeys.length > 0) reasons.push(`settings changed (${noCallKeys.join(", ")})`);

  return {
    changes: reasons.length > 0,
    replaces,
    reconnect: reconnectKeys.length > 0 || unhealthy,
    reconnectKeys,
    unhealthy,
    resumeCreate,
    reasons,
    ...(readdressed ? { readdressed } : {}),
  };
}

/** Recorded and new VRMS address when they differ once normalised (one rule: normalizeBaseUrl). */
function readdressing(recorded: unknown, next: unknown): PairingDiff["readdressed"] {
  if (typeof recorded !== "string" || recorded === "") return undefined;
  if (isUnknown(next)) return { from: recorded };
  if (next === undefined || urlOf(recorded) === urlOf(next)) return undefined;
  return { from: recorded, to: String(next) };
}
