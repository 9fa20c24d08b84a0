// What a diff asks of a table: did an input change, in the form the table compares.
import { isDeepStrictEqual } from "node:util";
import type { InputField } from "./field";
import { isUnknown } from "./unknown";

/** A value unknown during a preview counts as changed. */
export function differs(field: InputField, old: unknown, next: unknown): boolean {
  return isUnknown(next) || !isDeepStrictEqual(field.comparable(old), field.comparable(next));
}

/** The named inputs whose value changed between `olds` and `news`, in the order given. */
export function changedInputs<K extends string>(
  inputs: Record<K, InputField>,
  names: readonly K[],
  olds: Partial<Record<K, unknown>>,
  news: Partial<Record<K, unknown>>,
): K[] {
  return names.filter((k) => differs(inputs[k], olds[k], news[k]));
}
