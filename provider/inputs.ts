import { Timeouts } from "./timeouts";

/**
 * How to reach the local VRMS. Each field falls back as for `VrPairing`: stack config
 * `vr-pairing:*` (inside a Pulumi program), then VRMS_URL, VRMS_USERNAME, VRMS_PASSWORD,
 * VRMS_THUMBPRINT, VRMS_CA_BUNDLE, VRMS_INSECURE.
 */
// A type, not an interface: the provider's property bags need its implicit index signature.
export type VrmsConnectionArgs = {
  /** "https://vrms.example.com", a full API base URL, or "host[:port]". */
  vrmsUrl?: string;
  /** The local VRMS login (an SSO user). */
  vrmsUsername?: string;
  /** The local VRMS password. */
  vrmsPassword?: string;
  /** Pin of the VRMS certificate: SHA-256 or SHA-1, any case, colons optional. */
  vrmsThumbprint?: string;
  /** PEM text, or the path of a PEM file, of the certificate authorities to trust. */
  vrmsCaBundle?: string;
  /** Skip certificate checks and allow http:// (default false). */
  vrmsInsecure?: boolean;
};

/**
 * The resource's inputs as the provider sees them: plain values (the host does not accept
 * secrets, so passwords arrive as text). Connection fields are optional because they may come
 * from stack configuration (`vr-pairing:*`) or the environment (`VRMS_*`).
 */
export type PairingInputs = VrmsConnectionArgs & {
  remoteVcId: string;
  remotePscHost: string;
  remotePscPort: number;
  remotePscThumbprint?: string;
  remotePscCertificate?: string;
  remotePscUsername: string;
  remotePscPassword: string;
  forceDelete: boolean;
  /** true: create adopts an existing pairing to the remote vCenter; unset or false: it never does. */
  adoptExisting?: boolean;
  adoptPairingId?: string;
  timeouts: Timeouts;
  /** Set by the VrPairing constructor so progress lines can name the resource. */
  resourceName?: string;
};

/** A property bag as the dynamic provider host hands it over (plain JSON, maybe secret-wrapped). */
export type EngineProps = Record<string, unknown>;

export type InputKey = keyof PairingInputs;

export const INPUT_KEYS: readonly InputKey[] = [
  "vrmsUrl",
  "vrmsUsername",
  "vrmsPassword",
  "vrmsThumbprint",
  "vrmsCaBundle",
  "vrmsInsecure",
  "remoteVcId",
  "remotePscHost",
  "remotePscPort",
  "remotePscThumbprint",
  "remotePscCertificate",
  "remotePscUsername",
  "remotePscPassword",
  "forceDelete",
  "adoptExisting",
  "adoptPairingId",
  "timeouts",
  "resourceName",
];

export const SECRET_KEYS = ["vrmsPassword", "remotePscPassword"] as const;

/** Remote PSC fields: a change to any of them is a reconnect with the new spec. */
export const RECONNECT_KEYS: readonly InputKey[] = [
  "remotePscHost",
  "remotePscPort",
  "remotePscThumbprint",
  "remotePscCertificate",
  "remotePscUsername",
  "remotePscPassword",
];

export const DEFAULT_REMOTE_PSC_PORT = 443;

/** The marker the engine uses for values not known during preview. */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** The engine's wrapper for secret values, in case one reaches the provider unwrapped. */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG_VALUE = "1b47061264138c4ac30d75fd1eb44270";

/** The inputs of a call: what Check produced, with any secret wrapper removed (once, here). */
export function readInputs(props: EngineProps): PairingInputs {
  return withoutProvider(unwrapSecrets(props)) as PairingInputs;
}

/** The properties without the host's `__provider` text. */
export function withoutProvider(props: EngineProps): EngineProps {
  const rest = { ...props };
  delete rest.__provider;
  return rest;
}

/** The `__provider` text the host passes along; partial-failure answers must carry it back. */
export function providerOf(props: EngineProps | undefined): string | undefined {
  const text = props?.__provider;
  return typeof text === "string" ? text : undefined;
}

export function isUnknown(value: unknown): boolean {
  return value === UNKNOWN;
}

/** Removes secret wrappers (recursively) so the rest of the provider sees plain values. */
export function unwrapSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => unwrapSecrets(v)) as T;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record[SECRET_SIG_KEY] === SECRET_SIG_VALUE) return unwrapSecrets(record.value) as T;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = unwrapSecrets(v);
    return out as T;
  }
  return value;
}
