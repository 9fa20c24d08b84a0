/** JSON-like property values as they cross the gRPC boundary (google.protobuf.Struct). */
export type PropertyValue =
  string | number | boolean | null | PropertyValue[] | { [key: string]: PropertyValue };
export type PropertyMap = Record<string, PropertyValue>;

/** Pulumi's wrapper for a secret value (rpc.specialSigKey / specialSecretSig). */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

export function isSecretWrapper(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG
  );
}

/**
 * Turns a value into what the engine sends a provider that does not accept secrets: secret
 * wrappers replaced by their plain value, object keys with null/undefined values dropped
 * (the engine marshals with SkipNulls), everything else JSON.
 */
export function toWire(value: unknown): PropertyValue | undefined {
  if (isSecretWrapper(value)) return toWire(value.value);
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (Array.isArray(value)) return value.map((v) => toWire(v) ?? null);
  if (typeof value === "object") {
    const out: Record<string, PropertyValue> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const w = toWire(v);
      if (w !== undefined && w !== null) out[k] = w;
    }
    return out;
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  throw new TypeError(`value of type ${typeof value} cannot cross the gRPC boundary`);
}

export function toWireMap(value: Record<string, unknown>): PropertyMap {
  return toWire(value) as PropertyMap;
}

/** Top-level keys whose values are secret wrappers: the keys the engine would keep secret. */
export function secretKeysOf(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((k) => isSecretWrapper(value[k]));
}
