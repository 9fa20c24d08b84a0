// The boundary with the provider host: the property bags it hands over, read once into the
// table's typed inputs (pairing-fields.ts), secret wrappers and `__provider` removed.
import { specialSecretSig, specialSigKey, unknownValue } from "@pulumi/pulumi/runtime";
import { inputNames, inputsWhere } from "./fields/field";
import { PAIRING_INPUT_FIELDS } from "./pairing-fields";

export { isUnknown } from "./fields/unknown";

/**
 * The resource's inputs as the provider sees them after Check: plain values (the host does not
 * accept secrets, so passwords arrive as text), defaults filled in. Connection fields are
 * optional: they may come from the environment (`VRMS_*`).
 */
// A type, not an interface: the provider's property bags need its implicit index signature.
export type PairingInputs = {
  // fields:VrPairing:inputs-type (written by `npm run docs:fields` from pairing-fields.ts)
  vrmsUrl?: string;
  vrmsUsername?: string;
  vrmsPassword?: string;
  vrmsThumbprint?: string;
  vrmsCaBundle?: string;
  vrmsInsecure?: boolean;
  remoteVcId: string;
  remotePscHost: string;
  remotePscPort: number;
  remotePscThumbprint?: string;
  remotePscCertificate?: string;
  remotePscUsername: string;
  remotePscPassword: string;
  forceDelete: boolean;
  deleteWithReplications: boolean;
  adoptExisting?: boolean;
  adoptPairingId?: string;
  timeouts: { create: string; update: string; delete: string };
  resourceName?: string;
  // /fields
};

/** An input's name. */
export type InputKey = keyof PairingInputs;

/** The marker the engine uses for values not known during preview. */
export const UNKNOWN = unknownValue;

/** A property bag as the dynamic provider host hands it over (plain JSON, maybe secret-wrapped). */
export type EngineProps = Record<string, unknown>;

export const INPUT_KEYS: readonly InputKey[] = inputNames(PAIRING_INPUT_FIELDS);

/** Remote PSC fields: a change to any of them is a reconnect with the new spec. */
export const RECONNECT_KEYS: readonly InputKey[] = inputsWhere(PAIRING_INPUT_FIELDS, "reconnect");

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

/** Removes secret wrappers (recursively) so the rest of the provider sees plain values. */
export function unwrapSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => unwrapSecrets(v)) as T;
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record[specialSigKey] === specialSecretSig) return unwrapSecrets(record.value) as T;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(record)) out[k] = unwrapSecrets(v);
    return out as T;
  }
  return value;
}
