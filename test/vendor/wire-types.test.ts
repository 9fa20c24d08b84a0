// The sdk's hand-written wire types (sdk/wire.ts) cannot drift from the vendor's file: each is
// compared at compile time with the type openapi-typescript generates from the file (with the
// corrections of test/support/vendor/corrections.ts), so `npm run build` fails on a difference
// and names the differing fields. The committed generated file must be what the generator makes.
import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import type * as wire from "../../sdk/wire";
import { GENERATED_FILE, generateVendorTypes } from "../support/vendor/generate";
import { REPO_ROOT } from "../support/vendor/spec-file";
import type { components, paths } from "../support/vendor/vendor-types.generated";

type S = components["schemas"];

/** Structure only: interfaces, intersections and aliases with the same fields compare equal. */
type Deep<T> = T extends readonly (infer U)[]
  ? Deep<U>[]
  : T extends object
    ? { [K in keyof T]: Deep<T[K]> }
    : T;
type Same<A, B> =
  (<T>() => T extends Deep<A> ? 1 : 2) extends <T>() => T extends Deep<B> ? 1 : 2 ? true : false;
/** The fields of A and B that differ (type, optionality, presence); "(whole type)" otherwise. */
type Differing<A, B> =
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
function same<Hand, File>(
  _verdict: [Differing<Hand, File>] extends [never] ? "same" : { differing: Differing<Hand, File> },
): string {
  return "same";
}

/** A request the client sends fits the file: assignable, and no field the file lacks. */
function fits<Hand extends File, File>(
  _verdict: [Exclude<keyof Hand, keyof File>] extends [never]
    ? "fits"
    : { notInFile: Exclude<keyof Hand, keyof File> },
): string {
  return "fits";
}

type TaskQuery = NonNullable<paths["/tasks"]["get"]["parameters"]["query"]>;

/** Each hand type of sdk/wire.ts and its check against the file. */
const checks: Record<string, () => string> = {
  SessionIdData: () => same<wire.SessionIdData, S["SessionIdData"]>("same"),
  SessionInfo: () => same<wire.SessionInfo, S["SessionInfo"]>("same"),
  ResponseError: () => same<wire.ResponseError, S["ResponseError"]>("same"),
  MetaError: () => same<wire.MetaError, S["MetaError"]>("same"),
  Metadata: () => same<wire.Metadata, S["Metadata"]>("same"),
  HrefDrData: () => same<wire.HrefDrData, S["HrefDrData"]>("same"),
  MetaLinks: () => same<wire.MetaLinks, S["MetaLinks"]>("same"),
  MetadataList: () => same<wire.MetadataList, S["MetadataList"]>("same"),
  DrResponseList: () => same<wire.DrResponseList<wire.Task>, S["TaskDrResponseList"]>("same"),
  X509Certificate: () => same<wire.X509Certificate, S["X509Certificate"]>("same"),
  CertificateWarning: () => same<wire.CertificateWarning, S["CertificateWarning"]>("same"),
  ServerInfo: () => same<wire.ServerInfo, S["ServerInfo"]>("same"),
  ServerStatus: () =>
    same<wire.ServerStatus, NonNullable<S["ServerInfo"]["server_status"]>>("same"),
  Pairing: () => same<wire.Pairing, S["Pairing"]>("same"),
  PairingEntity: () => same<wire.PairingEntity, S["PairingDrResponseEntity"]>("same"),
  PairingList: () => same<wire.PairingList, S["PairingDrResponseList"]>("same"),
  PairPscInfo: () => fits<wire.PairPscInfo, S["PairingSpecPairPscInfo"]>("fits"),
  PairingSpec: () => fits<wire.PairingSpec, S["PairingSpec"]>("fits"),
  IssueInfo: () => same<wire.IssueInfo, S["IssueInfo"]>("same"),
  IssueStatus: () => same<wire.IssueStatus, NonNullable<S["IssueInfo"]["status"]>>("same"),
  IssueType: () => same<wire.IssueType, NonNullable<S["IssueInfo"]["issue_type"]>>("same"),
  IssueList: () => same<wire.IssueList, S["IssueInfoDrResponseList"]>("same"),
  TaskError: () => same<wire.TaskError, NonNullable<S["TaskError"]>>("same"),
  TaskStatus: () => same<wire.TaskStatus, S["Task"]["status"]>("same"),
  Task: () => same<wire.Task, S["Task"]>("same"),
  TaskEntity: () => same<wire.TaskEntity, S["TaskDrResponseEntity"]>("same"),
  TaskList: () => same<wire.TaskList, S["TaskDrResponseList"]>("same"),
  // The file types order_by as any string and documents four values; the client sends those.
  SortOrder: () => fits<{ order_by: wire.SortOrder }, Pick<TaskQuery, "order_by">>("fits"),
  // Query parameters are text on the wire (the file types limit and offset as strings);
  // ListQuery holds them before they are written, so only its names are compared.
  ListQuery: () =>
    fits<Partial<Record<keyof wire.ListQuery, unknown>>, Partial<Record<keyof TaskQuery, unknown>>>(
      "fits",
    ),
};

describe("vendor file: the sdk's wire types", () => {
  it("compares every type sdk/wire.ts exports with the file's", () => {
    const source = readFileSync(path.join(REPO_ROOT, "sdk", "wire.ts"), "utf8");
    const exported = [...source.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(exported.sort(), Object.keys(checks).sort());
    for (const [name, check] of Object.entries(checks)) assert.ok(check(), name);
  });

  it("names a field the file does not have, a changed type and a changed optionality", () => {
    // @ts-expect-error a response type with a field the file does not define
    same<wire.Task & { owner: string }, S["Task"]>("same");
    // @ts-expect-error a field of another type
    same<Omit<wire.Task, "progress"> & { progress?: string }, S["Task"]>("same");
    // @ts-expect-error a field the file makes optional, made required
    same<wire.Task & { progress: number }, S["Task"]>("same");
    // @ts-expect-error a request with a field the file does not accept
    fits<wire.PairingSpec & { force: boolean }, S["PairingSpec"]>("fits");
    assert.equal(same<wire.Task, S["Task"]>("same"), "same");
  });

  it("the committed generated types are what openapi-typescript makes from the vendored file", async () => {
    const committed = readFileSync(GENERATED_FILE, "utf8");
    const regenerated = await generateVendorTypes();
    assert.ok(
      committed === regenerated,
      `${GENERATED_FILE} is stale: run npm run generate:vendor-types and commit the result`,
    );
  });
});
