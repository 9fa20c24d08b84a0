// Values not known during a preview arrive as the engine's marker (`unknownValue`); Check lets
// them through unchecked, and they are checked once known.
import { unknownValue } from "@pulumi/pulumi/runtime";

export type Unknown = typeof unknownValue;

/** Each field may also be the marker, during a preview. */
export type Previewed<T> = { [K in keyof T]: T[K] | Unknown };

export function isUnknown(value: unknown): value is Unknown {
  return value === unknownValue;
}

/** Whether the marker is anywhere in the value (a disk entry's datastore, say). */
export function containsUnknown(value: unknown): boolean {
  if (isUnknown(value)) return true;
  if (Array.isArray(value)) return value.some(containsUnknown);
  return !!value && typeof value === "object" && Object.values(value).some(containsUnknown);
}
