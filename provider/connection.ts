import * as pulumi from "@pulumi/pulumi";
import { parseFlag } from "../sdk/flags";
import { parseThumbprint } from "../sdk/thumbprint";
import type { InputField } from "./fields/field";
import { THUMBPRINT_FORM } from "./fields/kinds";
type CheckFailure = pulumi.dynamic.CheckFailure;
import { isUnknown } from "./fields/unknown";
import { VrPairingError } from "./errors";
import { VRMS_CONNECTION_INPUTS } from "./shared-fields";
import type { VrmsConnectionArgs } from "./resource";
import { caBundleProblem } from "./pem";

/**
 * How the provider reaches the local VRMS: the input, else the environment of the provider
 * host. Stack configuration (`vr-pairing:*`) is read by the VrPairing constructor in the
 * program and arrives as the input, so it needs no path of its own here.
 */
export interface ConnectionSettings {
  url: string;
  username: string;
  password: string;
  thumbprint?: string;
  caBundle?: string;
  insecure: boolean;
}

type Setting = keyof ConnectionSettings;
export type Source = "input" | "env";

export const CONFIG_NAMESPACE = "vr-pairing";

type ConnectionInput = keyof VrmsConnectionArgs;

/** Each setting with the input it comes from and its fallbacks, from the table. */
const SETTINGS = (Object.keys(VRMS_CONNECTION_INPUTS) as ConnectionInput[]).flatMap((input) => {
  const field: InputField = VRMS_CONNECTION_INPUTS[input];
  // The table names each fallback by its setting (pairing-fields.ts types it so).
  const setting = field.fallback?.config as Setting | undefined;
  return field.fallback && setting ? [{ input, setting, env: field.fallback.env, field }] : [];
});

const settingOf = (setting: Setting) => SETTINGS.find((s) => s.setting === setting)!;

/** Where each connection field came from, and the names a user can set for a missing one. */
export function describeSources(setting: Setting): string {
  const { input, env, field } = settingOf(setting);
  return `the \`${input}\` input, \`pulumi config set ${CONFIG_NAMESPACE}:${setting}${
    field.secret ? " --secret" : ""
  }\`, or the ${env} environment variable`;
}

/**
 * The connection inputs, each one left out taken from stack configuration (`vr-pairing:*`).
 * Read in the program, where `pulumi.Config` sees the stack; secrecy is the caller's (the
 * resource marks the table's secret fields, a lookup keeps them in memory only).
 */
export function withStackConfig<T extends Partial<Record<ConnectionInput, unknown>>>(
  given: T,
  config = new pulumi.Config(CONFIG_NAMESPACE),
): T {
  const out: Record<string, unknown> = { ...given };
  for (const { input, setting, field } of SETTINGS) {
    const fromConfig =
      field.type.input === "boolean" ? config.getBoolean(setting) : config.get(setting);
    out[input] = given[input] ?? fromConfig;
  }
  return out as T;
}

function pick(
  inputs: Partial<Record<ConnectionInput, unknown>>,
  { input, env: variable }: (typeof SETTINGS)[number],
  env: NodeJS.ProcessEnv,
): { value: unknown; source?: Source } {
  const given = inputs[input];
  if (given !== undefined && given !== null && given !== "")
    return { value: given, source: "input" };
  const e = env[variable];
  if (e !== undefined && e !== "") return { value: e, source: "env" };
  return { value: undefined };
}

export interface ResolvedConnection {
  /** Present when every required setting (url, username, password) was found. */
  settings?: ConnectionSettings;
  missing: Setting[];
  sources: Partial<Record<Setting, Source>>;
  /** Raw values before defaulting, for validation. */
  raw: Partial<Record<Setting, unknown>>;
}

export function resolveConnection(
  inputs: Partial<Record<ConnectionInput, unknown>>,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const raw: Partial<Record<Setting, unknown>> = {};
  const sources: Partial<Record<Setting, Source>> = {};
  for (const s of SETTINGS) {
    const { value, source } = pick(inputs, s, env);
    if (source) {
      raw[s.setting] = value;
      sources[s.setting] = source;
    }
  }
  const missing = SETTINGS.filter((s) => s.field.required && raw[s.setting] === undefined).map(
    (s) => s.setting,
  );
  if (missing.length > 0) return { missing, sources, raw };
  return {
    missing,
    sources,
    raw,
    settings: {
      url: String(raw.url),
      username: String(raw.username),
      password: String(raw.password),
      thumbprint: raw.thumbprint === undefined ? undefined : String(raw.thumbprint),
      caBundle: raw.caBundle === undefined ? undefined : String(raw.caBundle),
      insecure: parseFlag(raw.insecure) ?? false,
    },
  };
}

/** The local VRMS connection lacks a setting that no input, config key or variable gave. */
export class ConnectionIncompleteError extends VrPairingError {
  constructor(readonly missing: Setting[]) {
    const lines = missing.map((s) => `  - ${s}: set ${describeSources(s)}`);
    super(`VrPairing: the local VRMS connection is incomplete:\n${lines.join("\n")}`);
  }
}

/** Throws ConnectionIncompleteError, naming every way to supply what is missing. */
export function requireConnection(
  inputs: Partial<Record<ConnectionInput, unknown>>,
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
  const r = resolveConnection(inputs, env);
  if (!r.settings) throw new ConnectionIncompleteError(r.missing);
  return r.settings;
}

/**
 * Check's connection step: what only the whole connection shows, each setting from its input
 * or the environment. A missing required setting; a URL that is not https (unless insecure);
 * a pin or CA bundle from the environment, which the input's parse did not see. `failing`:
 * inputs that already failed, not reported twice.
 */
export function connectionFailures(
  inputs: Partial<Record<ConnectionInput, unknown>>,
  env: NodeJS.ProcessEnv,
  failing: ReadonlySet<string>,
): CheckFailure[] {
  const given = Object.fromEntries(Object.entries(inputs).filter(([k]) => !failing.has(k)));
  const conn = resolveConnection(given, env);
  const failures: CheckFailure[] = [];
  const fail = (setting: Setting, reason: string) => {
    const property = settingOf(setting).input;
    if (!failing.has(property)) failures.push({ property, reason });
  };
  for (const s of conn.missing) {
    fail(s, `the local VRMS ${s} is required: set ${describeSources(s)}`);
  }
  const fromEnv = (s: Setting) => conn.sources[s] === "env";
  if (conn.raw.url !== undefined && !isUnknown(conn.raw.url)) {
    const problem = urlProblem(conn.raw.url, parseFlag(conn.raw.insecure) ?? false);
    if (problem) fail("url", fromEnv("url") ? `${problem} (from VRMS_URL)` : problem);
  }
  if (fromEnv("thumbprint") && !parseThumbprint(String(conn.raw.thumbprint))) {
    fail("thumbprint", `${THUMBPRINT_FORM} (from ${settingOf("thumbprint").env})`);
  }
  const caProblem = fromEnv("caBundle") && caBundleProblem(conn.raw.caBundle);
  if (caProblem) fail("caBundle", `${caProblem} (from ${settingOf("caBundle").env})`);
  return failures;
}

/** Why the URL is unacceptable, or undefined. */
export function urlProblem(url: unknown, insecure: boolean): string | undefined {
  if (typeof url !== "string" || url.trim() === "") return "must be a non-empty string";
  const shown = url.replace(/\/\/[^/@]*@/, "//***@");
  let parsed: URL;
  try {
    const text = url.trim();
    parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return `"${shown}" is not a URL; use "https://vrms.example.com" or "vrms.example.com[:port]"`;
  }
  if (parsed.username || parsed.password) {
    return "must not carry credentials; use vrmsUsername and vrmsPassword";
  }
  if (parsed.protocol === "https:") return undefined;
  if (parsed.protocol === "http:") {
    return insecure
      ? undefined
      : `"${shown}" is not https; VRMS appliances serve HTTPS only (set vrmsInsecure: true to allow plain HTTP, e.g. for a local simulator)`;
  }
  return `"${shown}" must use https://`;
}
