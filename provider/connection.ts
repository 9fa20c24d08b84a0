import { X509Certificate } from "crypto";
import * as fs from "fs";
import { parseFlag } from "../sdk/flags";
import { PairingInputs } from "./inputs";

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

type Field = keyof ConnectionSettings;
export type Source = "input" | "env";

export const CONFIG_NAMESPACE = "vr-pairing";

const INPUT_KEY: Record<Field, keyof PairingInputs> = {
  url: "vrmsUrl",
  username: "vrmsUsername",
  password: "vrmsPassword",
  thumbprint: "vrmsThumbprint",
  caBundle: "vrmsCaBundle",
  insecure: "vrmsInsecure",
};

const CONFIG_KEY: Record<Field, string> = {
  url: "url",
  username: "username",
  password: "password",
  thumbprint: "thumbprint",
  caBundle: "caBundle",
  insecure: "insecure",
};

export const ENV_KEY: Record<Field, string> = {
  url: "VRMS_URL",
  username: "VRMS_USERNAME",
  password: "VRMS_PASSWORD",
  thumbprint: "VRMS_THUMBPRINT",
  caBundle: "VRMS_CA_BUNDLE",
  insecure: "VRMS_INSECURE",
};

const FIELDS = Object.keys(INPUT_KEY) as Field[];

/** Where each connection field came from, and the names a user can set for a missing one. */
export function describeSources(field: Field): string {
  return `the \`${INPUT_KEY[field]}\` input, \`pulumi config set ${CONFIG_NAMESPACE}:${CONFIG_KEY[field]}${
    field === "password" ? " --secret" : ""
  }\`, or the ${ENV_KEY[field]} environment variable`;
}

export function inputKeyOf(field: Field): keyof PairingInputs {
  return INPUT_KEY[field];
}

function pick(
  inputs: Partial<PairingInputs>,
  field: Field,
  env: NodeJS.ProcessEnv,
): { value: unknown; source?: Source } {
  const input = inputs[INPUT_KEY[field]];
  if (input !== undefined && input !== null && input !== "")
    return { value: input, source: "input" };
  const e = env[ENV_KEY[field]];
  if (e !== undefined && e !== "") return { value: e, source: "env" };
  return { value: undefined };
}

export interface ResolvedConnection {
  /** Present when url, username and password were all found. */
  settings?: ConnectionSettings;
  missing: Field[];
  sources: Partial<Record<Field, Source>>;
  /** Raw values before defaulting, for validation. */
  raw: Partial<Record<Field, unknown>>;
}

export function resolveConnection(
  inputs: Partial<PairingInputs>,
  env: NodeJS.ProcessEnv = process.env,
): ResolvedConnection {
  const raw: Partial<Record<Field, unknown>> = {};
  const sources: Partial<Record<Field, Source>> = {};
  for (const f of FIELDS) {
    const { value, source } = pick(inputs, f, env);
    if (source) {
      raw[f] = value;
      sources[f] = source;
    }
  }
  const missing = (["url", "username", "password"] as Field[]).filter((f) => raw[f] === undefined);
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

/** Throws a readable error naming every way to supply what is missing. */
export function requireConnection(
  inputs: Partial<PairingInputs>,
  env: NodeJS.ProcessEnv = process.env,
): ConnectionSettings {
  const r = resolveConnection(inputs, env);
  if (!r.settings) {
    const lines = r.missing.map((f) => `  - ${f}: set ${describeSources(f)}`);
    throw new Error(`VrPairing: the local VRMS connection is incomplete:\n${lines.join("\n")}`);
  }
  return r.settings;
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

/** A CA bundle may be PEM text or the path of a PEM file (handy in VRMS_CA_BUNDLE). */
export function loadCaBundle(value: string): string {
  if (value.includes("-----BEGIN")) return value;
  return fs.readFileSync(value, "utf8");
}

export function caBundleProblem(value: unknown): string | undefined {
  if (typeof value !== "string") return "must be PEM text or the path of a PEM file";
  try {
    const pem = loadCaBundle(value);
    if (!pem.includes("-----BEGIN CERTIFICATE-----")) {
      return "contains no PEM certificate (-----BEGIN CERTIFICATE-----)";
    }
    return pemCertificateProblem(pem);
  } catch {
    return "is neither PEM text nor a readable file";
  }
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** A truncated or garbled certificate would only fail later, at the TLS handshake: say so now. */
function pemCertificateProblem(pem: string): string | undefined {
  const blocks = pem.match(PEM_BLOCK) ?? [];
  const begins = pem.split("-----BEGIN CERTIFICATE-----").length - 1;
  if (blocks.length < begins) return "has a certificate without its -----END CERTIFICATE----- line";
  for (const [i, block] of blocks.entries()) {
    try {
      new X509Certificate(block);
    } catch {
      return `certificate ${i + 1} of ${blocks.length} is not a valid X.509 certificate`;
    }
  }
  return undefined;
}
