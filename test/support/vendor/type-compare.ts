// Compile-time comparison of a hand-written wire type with the one generated from the vendor's
// file: `same` for answers (field for field), `fits` for requests (assignable, no extra field).
// Shared by the wire-type tests of test/vendor (wire-types.test.ts also checks that a wrong
// type fails to compile).

/** Structure only: interfaces, intersections and aliases with the same fields compare equal. */
type Deep<T> = T extends readonly (infer U)[]
  ? Deep<U>[]
  : T extends object
    ? { [K in keyof T]: Deep<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Deep<A> ? 1 : 2) extends <T>() => T extends Deep<B> ? 1 : 2 ? true : false;
/** The fields of A and B that differ (type, optionality, presence); "(whole type)" otherwise. */
export type Differing<A, B> =
  Same<A, B> extends true
    ? never
    : A extends object
      ? B extends object
        ? {
            [K in keyof A | keyof B]: K extends keyof A
              ? K extends keyof B
                ? Same<A[K], B[K]> extends true
                  ? never
                  : K
                : K
              : K;
          }[keyof A | keyof B] extends infer D
          ? [D] extends [never]
            ? "(optionality)"
            : D
          : never
        : "(whole type)"
      : "(whole type)";

/** Compiles only when the hand type and the file's agree; otherwise names the fields. */
export function same<Hand, File>(
  _verdict: [Differing<Hand, File>] extends [never] ? "same" : { differing: Differing<Hand, File> },
): string {
  return "same";
}

/** A request the client sends fits the file: assignable, and no field the file lacks. */
export function fits<Hand extends File, File>(
  _verdict: [Exclude<keyof Hand, keyof File>] extends [never]
    ? "fits"
    : { notInFile: Exclude<keyof Hand, keyof File> },
): string {
  return "fits";
}
