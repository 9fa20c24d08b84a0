// One declaration per field, in the manner of Terraform's schema.Resource: each resource is a
// table from field name to what the field is. Check (parse.ts), Diff, secret outputs, stack
// configuration and the docs (hover docs in resource.ts and the README's tables, both written
// by `npm run docs:fields`) read the table; adding a field means one entry plus its behaviour.
import type { z } from "zod";

/** Where a connection field is looked for when the input leaves it out. */
export interface Fallback {
  /** The stack configuration key in the provider's namespace, e.g. `url` for `vr-pairing:url`. */
  readonly config: string;
  /** The environment variable of the `pulumi` process, e.g. `VRMS_URL`. */
  readonly env: string;
}

/** How the field's type is written: in the Args interface, in the resource's output, in docs. */
export interface TypeText {
  readonly input: string;
  readonly output: string;
  readonly docs: string;
}

/**
 * One input. `C` is the resource's vocabulary of what a change means (e.g. "replace"); the
 * resource's diff gives each kind its behaviour.
 */
export interface InputField<C extends string = string, S extends z.ZodType = z.ZodType> {
  /** What the field is, for people: the first sentence also names it in "is required". */
  readonly doc: string;
  /** Validates and normalizes a known value (never the preview's unknown marker). */
  readonly schema: S;
  readonly type: TypeText;
  /** Required once every fallback was looked at. */
  readonly required: boolean;
  /** The value Check fills in when the field is left out, when it fills one. */
  readonly defaultValue?: unknown;
  /** The default as docs show it, when there is one. */
  readonly defaultText?: string;
  /**
   * The form a diff compares: a value as Check made it or as older state holds it (another
   * spelling of a thumbprint, a port as text) compares equal. Pure: no file is read.
   */
  readonly comparable: (value: unknown) => unknown;
  /** Held in state as a secret; a secret's text is never trimmed. */
  readonly secret: boolean;
  readonly change: C;
  /** What a change does, when the kind's general sentence does not say enough. */
  readonly changeDoc?: string;
  readonly fallback?: Fallback;
  /**
   * How state echoes it (doc and, when it differs from the input's, type); `internal` for what
   * the resource sets itself, which is neither documented nor typed in the args.
   */
  readonly output: { readonly doc: string; readonly type?: string } | "internal";
}

/** One output that is not an echo of an input. */
export interface OutputField {
  readonly doc: string;
  readonly type: string;
  readonly secret?: boolean;
}

/** What a kind of change means: a short label for tables and the sentence for hover docs. */
export interface ChangeKind {
  readonly label: string;
  readonly doc: string;
}

/**
 * A constructor argument that is no provider input: another resource whose outputs fill the
 * inputs left out (VrReplication's `pairing`: a VrPairing, or just its id).
 */
export interface SourceArg<K extends string = string> {
  readonly name: string;
  readonly doc: string;
  /** Its type in the Args interface. */
  readonly type: string;
  /** The input that a plain value of it (an id) is: the argument takes its place in the Args. */
  readonly standsFor: K;
  /** The inputs it fills when they are left out: input name → that resource's output name. */
  readonly fills: Readonly<Partial<Record<K, string>>>;
}

/** A resource's table: its inputs and the outputs that are not echoes of them. */
export interface ResourceFields<
  C extends string,
  I extends Record<string, InputField<C>>,
  O extends Record<string, OutputField>,
> {
  /** The resource's class name, e.g. "VrPairing". */
  readonly resource: string;
  readonly changes: Readonly<Record<C, ChangeKind>>;
  readonly inputs: I;
  readonly outputs: O;
  readonly source?: SourceArg<keyof I & string>;
}

export function defineResource<
  C extends string,
  I extends Record<string, InputField<C>>,
  O extends Record<string, OutputField>,
>(fields: ResourceFields<C, I, O>): ResourceFields<C, I, O> {
  return fields;
}

/** Input names, in table order. */
export function inputNames<I extends Record<string, InputField>>(inputs: I): (keyof I & string)[] {
  return Object.keys(inputs);
}

/** The inputs whose change means `kind`, in table order. */
export function inputsWhere<C extends string, K extends string>(
  inputs: Record<K, InputField<C>>,
  kind: NoInfer<C>,
): K[] {
  return (Object.keys(inputs) as K[]).filter((name) => inputs[name].change === kind);
}

/** Every secret name, inputs (echoed as outputs) and outputs alike: `additionalSecretOutputs`. */
export function secretNames(fields: {
  inputs: Record<string, InputField>;
  outputs: Record<string, OutputField>;
}): string[] {
  const all: [string, { secret?: boolean }][] = [
    ...Object.entries(fields.inputs),
    ...Object.entries(fields.outputs),
  ];
  return all.filter(([, f]) => f.secret === true).map(([name]) => name);
}

/** Keys whose type includes undefined become optional keys. */
type Optionals<T> = { [K in keyof T as undefined extends T[K] ? K : never]?: T[K] } & {
  [K in keyof T as undefined extends T[K] ? never : K]: T[K];
};
type Flat<T> = { [K in keyof T]: T[K] };

/** The typed inputs a table's Check produces for known values. */
export type InputsOf<I extends Record<string, InputField>> = Flat<
  Optionals<{ [K in keyof I]: z.output<I[K]["schema"]> }>
>;

/** Whether two types are the same (the generated plain input types are checked by it). */
export type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
