// The kinds of field a table is made of. Each kind is a zod schema for a known value (the
// preview's unknown marker is parse.ts's business) and how its type is written. The rules
// themselves keep their homes: flag words in sdk/flags, thumbprints in sdk/thumbprint, PEM in
// pem.ts, durations in timeouts.ts.
import { z } from "zod";
import { parseFlag } from "../../sdk/flags";
import { parseThumbprint } from "../../sdk/thumbprint";
import { caBundleProblem } from "../pem";
import { timeoutProblem } from "../timeouts";
import type { Fallback, InputField, TypeText } from "./field";
import { type Unknown } from "./unknown";
import { unknownValue } from "@pulumi/pulumi/runtime";

/** The schema, or the preview's unknown marker passed through as it is. */
export function orUnknown<T>(schema: z.ZodType<T>): z.ZodType<T | Unknown> {
  return z.union([z.literal(unknownValue), schema]);
}

/** The message of a required value that is missing; parse.ts names the field in its place. */
export const MISSING = "missing";

/** What every kind takes; the kind adds its schema and type text. */
export interface FieldSpec<C extends string> {
  readonly doc: string;
  readonly change: C;
  readonly changeDoc?: string;
  readonly fallback?: Fallback;
  readonly output: InputField["output"];
  /** What leaving it out means, for docs, when Check leaves it out rather than filling it. */
  readonly defaultText?: string;
}

type Field<C extends string, T> = InputField<C, z.ZodType<T>>;

/** Left out: what users write for "not set" (null and "" come from config and templates). */
const absent = (v: unknown) => v === undefined || v === null || v === "";

/** Absent values become undefined, so zod's optional and default apply to them. */
function leftOutIsUndefined<T>(schema: z.ZodType<T>, blank: (v: unknown) => boolean = absent) {
  return z.preprocess((v) => (blank(v) ? undefined : v), schema);
}

/** Absent values become the default (zod's own `default` cannot take a generic value). */
function leftOutIsDefault<T>(schema: z.ZodType<T>, dflt: T) {
  return z.preprocess((v) => (absent(v) ? dflt : v), schema);
}

/** A value parsed by a rule that lives elsewhere: `parse` answers undefined when it is wrong. */
function parsedBy<T>(parse: (v: unknown) => T | undefined, problem: (v: unknown) => string) {
  return z.unknown().transform((v, ctx): T => {
    const parsed = parse(v);
    if (parsed === undefined) ctx.issues.push({ code: "custom", message: problem(v), input: v });
    // With an issue pushed, zod never hands this value on.
    return parsed as T;
  });
}

const missingOr = (problem: string) => (iss: { input?: unknown }) =>
  iss.input === undefined ? MISSING : problem;

interface TextSpec<C extends string> extends FieldSpec<C> {
  required?: boolean;
  secret?: boolean;
  /** The form a diff compares, when spellings of one value differ (an id's case, a URL's). */
  comparedAs?: (text: string) => string;
}

/** Text. Trimmed unless secret (a password may end in a space); blank counts as left out. */
export function text<const C extends string>(
  spec: TextSpec<C> & { required: true; fallback?: undefined },
): Field<C, string>;
export function text<const C extends string>(spec: TextSpec<C>): Field<C, string | undefined>;
export function text<const C extends string>({
  comparedAs = (t) => t,
  ...spec
}: TextSpec<C>): Field<C, string | undefined> {
  const secret = spec.secret ?? false;
  const blank = (v: unknown) => absent(v) || (!secret && typeof v === "string" && !v.trim());
  const string = z.string({
    error: (iss) =>
      iss.input === undefined ? MISSING : `must be a string, got ${typeof iss.input}`,
  });
  const value = secret ? string : string.trim();
  const required = spec.required ?? false;
  return {
    ...spec,
    schema: leftOutIsUndefined(required && !spec.fallback ? value : value.optional(), blank),
    comparable: (v) =>
      blank(v) ? undefined : !secret && typeof v === "string" ? comparedAs(v.trim()) : v,
    type: { input: "string", output: "string", docs: "string" },
    required,
    secret,
  };
}

/** Yes or no: a boolean, or a flag word as environment variables spell it (sdk/flags). */
export function flag<const C extends string>(
  spec: FieldSpec<C> & { default: boolean },
): Field<C, boolean>;
export function flag<const C extends string>(spec: FieldSpec<C>): Field<C, boolean | undefined>;
export function flag<const C extends string>(
  spec: FieldSpec<C> & { default?: boolean },
): Field<C, boolean | undefined> {
  const value = parsedBy(parseFlag, (v) => `must be true or false, got ${JSON.stringify(v)}`);
  const { default: dflt, ...rest } = spec;
  return {
    ...rest,
    schema: leftOutIsUndefined(dflt === undefined ? value.optional() : value.default(dflt)),
    comparable: (v) => (absent(v) ? dflt : (parseFlag(v) ?? v)),
    type: { input: "boolean", output: "boolean", docs: "boolean" },
    required: false,
    ...(dflt === undefined ? {} : { defaultValue: dflt, defaultText: String(dflt) }),
    secret: false,
  };
}

/**
 * A whole number in a range; digits in a string are the number (state of older versions held
 * text, templates give text). `noun` is how its message names the kind ("an integer").
 */
export function whole<const C extends string>(
  spec: FieldSpec<C> & { min: number; max: number; default: number; noun?: string },
): Field<C, number> {
  const { default: dflt, min, max, noun = "a whole number", ...rest } = spec;
  const problem = (iss: { input?: unknown }) =>
    `must be ${noun} from ${min} to ${max}, got ${JSON.stringify(iss.input)}`;
  const number = z.number({ error: problem }).int({ error: problem });
  const digits = (v: unknown) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : v);
  const value = z.preprocess(
    digits,
    number.min(min, { error: problem }).max(max, { error: problem }),
  );
  return {
    ...rest,
    schema: leftOutIsUndefined(value.default(dflt)),
    comparable: (v) => (absent(v) ? dflt : digits(v)),
    type: { input: "number", output: "number", docs: "number" },
    required: false,
    defaultValue: dflt,
    defaultText: String(dflt),
    secret: false,
  };
}

/** A TCP port. */
export function port<const C extends string>(
  spec: FieldSpec<C> & { default: number },
): Field<C, number> {
  return whole({ ...spec, min: 1, max: 65535, noun: "an integer" });
}

/** Any other value, checked by its own schema (which names its problems), with a default. */
export function shaped<const C extends string, T>(
  spec: FieldSpec<C> & {
    schema: z.ZodType<T>;
    type: TypeText;
    default: NoInfer<T>;
    defaultText: string;
  },
): Field<C, T> {
  const { schema, type, default: dflt, ...rest } = spec;
  return {
    ...rest,
    schema: leftOutIsDefault(schema, dflt),
    comparable: (v) => (absent(v) ? dflt : v),
    type,
    required: false,
    defaultValue: dflt,
    secret: false,
  };
}

export const THUMBPRINT_FORM =
  "must be a SHA-1 (40 hex digits) or SHA-256 (64 hex digits) certificate thumbprint, colons optional";

/** A certificate thumbprint, kept in the sdk's canonical form (uppercase, colons). */
export function thumbprint<const C extends string>(
  spec: FieldSpec<C>,
): Field<C, string | undefined> {
  const value = parsedBy(
    (v) => (typeof v === "string" ? parseThumbprint(v) : undefined),
    (v) => `${THUMBPRINT_FORM}, got ${JSON.stringify(v)}`,
  );
  return {
    ...spec,
    schema: leftOutIsUndefined(value.optional()),
    comparable: (v) =>
      absent(v) ? undefined : typeof v === "string" ? (parseThumbprint(v) ?? v) : v,
    type: { input: "string", output: "string", docs: "string" },
    required: false,
    secret: false,
  };
}

/** PEM text, or the path of a PEM file, holding certificates that parse (pem.ts). */
export function pem<const C extends string>(spec: FieldSpec<C>): Field<C, string | undefined> {
  const value = z.unknown().superRefine((v, ctx) => {
    const problem = caBundleProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: v });
  });
  return {
    ...spec,
    schema: leftOutIsUndefined(value.transform((v) => v as string).optional()),
    comparable: (v) => (absent(v) ? undefined : v),
    type: { input: "string", output: "string", docs: "string (PEM or path)" },
    required: false,
    secret: false,
  };
}

/**
 * One duration per operation, e.g. `{ create: "30m" }`; operations left out take their default.
 * `typeName` is the interface the Args declare for it.
 */
export function durations<const C extends string, Op extends string>(
  spec: FieldSpec<C> & { defaults: Readonly<Record<Op, string>>; typeName: string },
): Field<C, Record<Op, string>> {
  const { defaults, typeName, ...rest } = spec;
  const ops = Object.keys(defaults) as Op[];
  const duration = parsedBy(
    (v) => (timeoutProblem(v) === undefined ? String(v).trim() : undefined),
    (v) => timeoutProblem(v) ?? "",
  );
  const shape = Object.fromEntries(
    ops.map((op) => [op, orUnknown(leftOutIsUndefined(duration.default(defaults[op])))]),
  ) as Record<string, z.ZodType<string>>;
  const example = ops.map((op) => `${op}: "${defaults[op]}"`).join(", ");
  const last = ops[ops.length - 1];
  const only =
    ops.length === 1
      ? `only ${last} exists`
      : `only ${ops.slice(0, -1).join(", ")} and ${last} exist`;
  const object = z.strictObject(shape, {
    error: (iss) =>
      iss.code === "unrecognized_keys"
        ? only
        : missingOr(`must be an object like { ${example} }`)(iss),
  });
  // zod types the object by string keys; every operation is there (each has a default).
  const byOperation = object.transform((times) => times as Record<Op, string>);
  return {
    ...rest,
    schema: leftOutIsUndefined(byOperation.prefault({})),
    comparable: (v) => ({ ...defaults, ...(v && typeof v === "object" ? v : {}) }),
    defaultValue: { ...defaults },
    type: {
      input: typeName,
      output: `{ ${ops.map((op) => `${op}: string`).join("; ")} }`,
      docs: `{ ${ops.join(", ")} }`,
    },
    required: false,
    defaultText: example,
    secret: false,
  };
}
