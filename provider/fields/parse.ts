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

/** The parser of one resource's inputs: built once, used for every Check. */
export function inputParser<I extends Record<string, InputField>>(
  resource: string,
  inputs: I,
): (props: Record<string, unknown>) => Checked<InputsOf<I>> {
  const shape = Object.fromEntries(
    Object.entries(inputs).map(([name, field]) => [name, orUnknown(field.schema)]),
  );
  const schema = z.strictObject(shape);
  return (props) => {
    const result = schema.safeParse(props);
    if (result.success) return { inputs: result.data as Previewed<InputsOf<I>>, failures: [] };
    const failures = result.error.issues.flatMap((issue) =>
      failuresOf(issue, [], resource, inputs),
    );
    const parsed = Object.entries(shape).flatMap(([name, field]) => {
      const one = field.safeParse(props[name]);
      return one.success && one.data !== undefined ? [[name, one.data]] : [];
    });
    return { inputs: Object.fromEntries(parsed) as Partial<Previewed<InputsOf<I>>>, failures };
  };
}

function failuresOf(
  issue: z.core.$ZodIssue,
  base: PropertyKey[],
  resource: string,
  inputs: Record<string, InputField>,
): CheckFailure[] {
  const path = [...base, ...issue.path];
  // orUnknown's union: the marker did not match, so the value's own issues are the story.
  if (issue.code === "invalid_union") {
    const own = issue.errors[issue.errors.length - 1] ?? [];
    return own.flatMap((i) => failuresOf(i, path, resource, inputs));
  }
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      property: propertyOf([...path, key]),
      reason: path.length === 0 ? `"${key}" is not a ${resource} input` : issue.message,
    }));
  }
  const property = propertyOf(path);
  if (issue.message === MISSING) return [{ property, reason: requiredReason(property, inputs) }];
  return [{ property, reason: issue.message }];
}

const propertyOf = (path: PropertyKey[]) => path.map(String).join(".");

/** "remoteVcId is required: the remote vCenter's id (...)": the doc's first sentence says what. */
function requiredReason(property: string, inputs: Record<string, InputField>): string {
  const doc = inputs[property]?.doc ?? "";
  const what = doc.split(/(?<=\.)\s/)[0].replace(/\.$/, "");
  return what
    ? `${property} is required: ${what[0].toLowerCase()}${what.slice(1)}`
    : `${property} is required`;
}
