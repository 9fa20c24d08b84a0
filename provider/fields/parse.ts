// Check as a parse: a table's inputs become one zod schema, and what zod finds wrong becomes
// Pulumi CheckFailures that name the property, what is wrong and what to do.
import type { dynamic } from "@pulumi/pulumi";
import { z } from "zod";
import type { InputField, InputsOf } from "./field";
import { MISSING, orUnknown } from "./kinds";
import type { Previewed } from "./unknown";

export type CheckFailure = dynamic.CheckFailure;

/**
 * What a Check answers: every input typed and defaulted, or the failures and the inputs that
 * did parse (the engine stops on failures; they serve diagnostics and tests).
 */
export interface Checked<T> {
  inputs: Partial<Previewed<T>>;
  failures: CheckFailure[];
}

export interface ParserOptions {
  /**
   * Each reason starts with the property's name ("rpo must be ..."): for a resource whose
   * reasons are read alone, as VrReplication's inventory failures are.
   */
  namedReasons?: boolean;
}

/** The parser of one resource's inputs: built once, used for every Check. */
export function inputParser<I extends Record<string, InputField>>(
  resource: string,
  inputs: I,
  options: ParserOptions = {},
): (props: Record<string, unknown>) => Checked<InputsOf<I>> {
  const shape = Object.fromEntries(
    Object.entries(inputs).map(([name, field]) => [name, orUnknown(field.schema)]),
  );
  const schema = z.strictObject(shape);
  return (props) => {
    const result = schema.safeParse(props);
    if (result.success) return { inputs: result.data as Previewed<InputsOf<I>>, failures: [] };
    const context = { resource, inputs, named: options.namedReasons ?? false };
    const failures = result.error.issues.flatMap((issue) => failuresOf(issue, [], context));
    const parsed = Object.entries(shape).flatMap(([name, field]) => {
      const one = field.safeParse(props[name]);
      return one.success && one.data !== undefined ? [[name, one.data]] : [];
    });
    return { inputs: Object.fromEntries(parsed) as Partial<Previewed<InputsOf<I>>>, failures };
  };
}

interface Context {
  resource: string;
  inputs: Record<string, InputField>;
  named: boolean;
}

function failuresOf(issue: z.core.$ZodIssue, base: PropertyKey[], c: Context): CheckFailure[] {
  const path = [...base, ...issue.path];
  const failure = (property: string, reason: string) => ({
    property,
    reason: c.named ? `${property} ${reason}` : reason,
  });
  // orUnknown's union: the marker did not match, so the value's own issues are the story.
  if (issue.code === "invalid_union") {
    const own = issue.errors[issue.errors.length - 1] ?? [];
    return own.flatMap((i) => failuresOf(i, path, c));
  }
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) =>
      path.length === 0
        ? { property: key, reason: `"${key}" is not a ${c.resource} input` }
        : failure(propertyOf([...path, key]), issue.message),
    );
  }
  const property = propertyOf(path);
  if (issue.message === MISSING) return [{ property, reason: requiredReason(property, c.inputs) }];
  return [failure(property, issue.message)];
}

/** A property path as Pulumi writes it: `disks[0].deviceKey`. */
const propertyOf = (path: PropertyKey[]) =>
  path.reduce<string>(
    (at, key) =>
      typeof key === "number" ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key),
    "",
  );

/** "remoteVcId is required: the remote vCenter's id (...)": the doc's first sentence says what. */
function requiredReason(property: string, inputs: Record<string, InputField>): string {
  const doc = inputs[property]?.doc ?? "";
  const what = doc.split(/(?<=\.)\s/)[0].replace(/\.$/, "");
  return what
    ? `${property} is required: ${what[0].toLowerCase()}${what.slice(1)}`
    : `${property} is required`;
}
