import {
  caBundleProblem,
  describeSources,
  inputKeyOf,
  resolveConnection,
  urlProblem,
} from "./connection";
import { parseFlag } from "../sdk/flags";
import {
  DEFAULT_REMOTE_PSC_PORT,
  EngineProps,
  INPUT_KEYS,
  InputKey,
  isUnknown,
  PairingInputs,
  unwrapSecrets,
} from "./inputs";
import { DEFAULT_TIMEOUTS, TimeoutOperation, timeoutProblem } from "./timeouts";

export interface CheckFailure {
  property: string;
  reason: string;
}

export interface CheckOutcome {
  inputs: Record<string, unknown>;
  failures: CheckFailure[];
}

/** Uppercase colon hex for a SHA-1 (20 bytes) or SHA-256 (32 bytes) thumbprint, else undefined. */
export function normalizeThumbprintText(value: string): string | undefined {
  const hex = value.trim().replace(/:/g, "").toUpperCase();
  if (!/^[0-9A-F]+$/.test(hex) || (hex.length !== 40 && hex.length !== 64)) return undefined;
  return hex.match(/../g)!.join(":");
}

const THUMBPRINT_HELP =
  "must be a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) certificate thumbprint, colons optional";

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== "";
}

/**
 * Validates every input and fills defaults. Values unknown during preview pass through
 * untouched; they are checked again once known.
 */
export function checkInputs(news: EngineProps, env: NodeJS.ProcessEnv = process.env): CheckOutcome {
  const src = unwrapSecrets(news ?? {});
  const failures: CheckFailure[] = [];
  const fail = (property: string, reason: string) => failures.push({ property, reason });
  const out: EngineProps = {};

  for (const key of Object.keys(src)) {
    if (key === "__provider") continue;
    if (!(INPUT_KEYS as readonly string[]).includes(key)) {
      fail(key, `"${key}" is not a VrPairing input`);
    }
  }

  const requiredString = (key: InputKey, what: string) => {
    const v = src[key];
    if (isUnknown(v)) return void (out[key] = v);
    if (typeof v !== "string" || v.trim() === "") return fail(key, `${what} is required`);
    out[key] = v.trim();
  };
  const optionalString = (key: InputKey) => {
    const v = src[key];
    if (!present(v)) return;
    if (isUnknown(v)) return void (out[key] = v);
    if (typeof v !== "string") return fail(key, `must be a string, got ${typeof v}`);
    out[key] = v;
  };
  const bool = (key: InputKey, dflt?: boolean) => {
    const v = src[key];
    if (!present(v)) {
      if (dflt !== undefined) out[key] = dflt;
      return;
    }
    if (isUnknown(v)) return void (out[key] = v);
    const b = parseFlag(v);
    if (b === undefined) return fail(key, `must be true or false, got ${JSON.stringify(v)}`);
    out[key] = b;
  };
  const thumbprint = (key: InputKey) => {
    const v = src[key];
    if (!present(v)) return;
    if (isUnknown(v)) return void (out[key] = v);
    const t = typeof v === "string" ? normalizeThumbprintText(v) : undefined;
    if (!t) return fail(key, `${THUMBPRINT_HELP}, got ${JSON.stringify(v)}`);
    out[key] = t;
  };
  const pem = (key: InputKey) => {
    const v = src[key];
    if (!present(v)) return;
    if (isUnknown(v)) return void (out[key] = v);
    const problem = caBundleProblem(v);
    if (problem) return fail(key, problem);
    out[key] = v;
  };

  // Local VRMS connection: each field may also come from stack config or the environment.
  optionalString("vrmsUrl");
  optionalString("vrmsUsername");
  optionalString("vrmsPassword");
  thumbprint("vrmsThumbprint");
  pem("vrmsCaBundle");
  bool("vrmsInsecure");
  const conn = resolveConnection(out as Partial<PairingInputs>, env);
  for (const f of conn.missing) {
    const key = inputKeyOf(f);
    if (!failures.some((x) => x.property === key)) {
      fail(key, `the local VRMS ${f} is required: set ${describeSources(f)}`);
    }
  }
  const insecure = parseFlag(conn.raw.insecure) ?? false;
  if (conn.raw.url !== undefined && !isUnknown(conn.raw.url)) {
    const problem = urlProblem(conn.raw.url, insecure);
    if (problem) fail("vrmsUrl", problem);
  }
  if (conn.sources.thumbprint && conn.sources.thumbprint !== "input") {
    if (!normalizeThumbprintText(String(conn.raw.thumbprint))) {
      fail("vrmsThumbprint", `${THUMBPRINT_HELP} (from ${conn.sources.thumbprint})`);
    }
  }
  if (conn.sources.caBundle && conn.sources.caBundle !== "input") {
    const problem = caBundleProblem(conn.raw.caBundle);
    if (problem) fail("vrmsCaBundle", `${problem} (from ${conn.sources.caBundle})`);
  }

  // The remote side of the pairing.
  requiredString("remoteVcId", "remoteVcId (the remote vCenter's id, pair_vc_id)");
  requiredString("remotePscHost", "remotePscHost (the remote PSC / vCenter host name)");
  const port = src.remotePscPort;
  if (!present(port)) out.remotePscPort = DEFAULT_REMOTE_PSC_PORT;
  else if (isUnknown(port)) out.remotePscPort = port;
  else {
    const n = typeof port === "string" && /^\d+$/.test(port.trim()) ? Number(port) : port;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1 || n > 65535) {
      fail("remotePscPort", `must be an integer from 1 to 65535, got ${JSON.stringify(port)}`);
    } else out.remotePscPort = n;
  }
  thumbprint("remotePscThumbprint");
  pem("remotePscCertificate");
  requiredString("remotePscUsername", "remotePscUsername (an SSO user of the remote site)");
  const rp = src.remotePscPassword;
  if (isUnknown(rp)) out.remotePscPassword = rp;
  else if (typeof rp !== "string" || rp === "")
    fail("remotePscPassword", "remotePscPassword is required");
  else out.remotePscPassword = rp;

  // Behaviour flags.
  bool("forceDelete", false);
  // Unset is not false: false also refuses to wait for a create an earlier run left running.
  bool("adoptExisting");
  optionalString("adoptPairingId");
  if (typeof out.adoptPairingId === "string" && out.adoptPairingId.trim() === "") {
    delete out.adoptPairingId;
  }
  optionalString("resourceName");

  const t = src.timeouts;
  if (isUnknown(t)) out.timeouts = t;
  else if (present(t) && (typeof t !== "object" || Array.isArray(t))) {
    fail("timeouts", 'must be an object like { create: "30m", update: "30m", delete: "30m" }');
  } else {
    const given = (t ?? {}) as EngineProps;
    const timeouts: EngineProps = {};
    for (const key of Object.keys(given)) {
      if (!(key in DEFAULT_TIMEOUTS))
        fail(`timeouts.${key}`, "only create, update and delete exist");
    }
    for (const op of Object.keys(DEFAULT_TIMEOUTS) as TimeoutOperation[]) {
      const v = given[op];
      if (!present(v)) timeouts[op] = DEFAULT_TIMEOUTS[op];
      else if (isUnknown(v)) timeouts[op] = v;
      else {
        const problem = timeoutProblem(v);
        if (problem) fail(`timeouts.${op}`, problem);
        else timeouts[op] = String(v).trim();
      }
    }
    out.timeouts = timeouts;
  }

  return { inputs: out, failures };
}
