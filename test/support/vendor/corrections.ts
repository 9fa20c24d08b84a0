// Where the vendor's file is wrong, or silent, in ways a real gateway shows: the ONE place this
// project departs from spec/vsphere-replication-api-v2.json. Each correction says what it
// changes and why; they are applied to a copy at load time, the vendored file stays the
// vendor's byte for byte. The schema check (validator.ts) and the generated wire types
// (sdk/generated/vr-api.ts) both read the file through correctedVendorSpec().
import {
  type JsonObject,
  isObject,
  objectAt,
  operationsOf,
  readVendorSpec,
  schemasOf,
} from "./spec-file";

const RESPONSE_ERROR: JsonObject = {
  description: "Error",
  content: { "application/json": { schema: { $ref: "#/components/schemas/ResponseError" } } },
};

/**
 * Answers a gateway gives that the file lists for no operation (or not for every one), each
 * with its source. A status already listed for an operation keeps the file's definition.
 */
export const UNLISTED_ANSWERS: readonly {
  status: string;
  /** Only operations that take a request body. */
  bodyOnly: boolean;
  body: "none" | "ResponseError";
  source: string;
}[] = [
  {
    status: "401",
    bodyOnly: false,
    body: "none",
    // The file lists 401 (no body) for every operation but GET and POST /session; a wrong
    // password at login and an unknown session id at GET /session answer the same way.
    source: "the file's 401 on every other operation",
  },
  {
    status: "413",
    bodyOnly: false,
    body: "ResponseError",
    source: "inferred: a request body over the gateway's size limit",
  },
  {
    status: "415",
    bodyOnly: true,
    body: "ResponseError",
    source: "inferred: a request body that is not JSON",
  },
  {
    status: "429",
    bodyOnly: false,
    body: "ResponseError",
    // VR 8.8 documents per-IP, per-service and per-session request limits, not their answer.
    source: "inferred from the VR 8.8 rate limits; the status is the usual one",
  },
  {
    status: "502",
    bodyOnly: false,
    body: "ResponseError",
    source: "inferred: the reverse proxy in front of the gateway",
  },
  {
    status: "503",
    bodyOnly: false,
    body: "ResponseError",
    source: "inferred: the reverse proxy in front of the gateway",
  },
];

/**
 * A request the file has no operation for (unknown path, or a method the path does not
 * have) is answered 404 or 405 with no body, like the file's own 404s. Inferred.
 */
export const NO_OPERATION_STATUSES: readonly number[] = [404, 405];

/**
 * `next` and `previous` are null on the first and last page: the file's MetaLinks refers to a
 * plain HrefDrData object, but the vendor's own clients test `next` for null to stop paging.
 */
function nullablePageLinks(doc: JsonObject): void {
  const schemas = schemasOf(doc);
  const href = objectAt(schemas, "HrefDrData", "$.components.schemas");
  const links = objectAt(
    objectAt(schemas, "MetaLinks", "$.components.schemas"),
    "properties",
    "MetaLinks",
  );
  // Inlined, because OpenAPI 3.0 ignores `nullable` beside a $ref.
  for (const key of ["next", "previous"]) links[key] = { ...href, nullable: true };
}

/**
 * pair_psc_info.certificate: the remote PSC's certificate (PEM), beside `thumbprint`. Newer
 * renderings of the vendor's API docs show it; the 2.0.0 file does not.
 */
function pscCertificate(doc: JsonObject): void {
  const psc = objectAt(
    objectAt(schemasOf(doc), "PairingSpecPairPscInfo", "$.components.schemas"),
    "properties",
    "PairingSpecPairPscInfo",
  );
  psc.certificate = { type: "string", description: "The remote PSC's certificate in PEM format." };
}

function unlistedAnswers(doc: JsonObject): void {
  for (const { operation } of operationsOf(doc)) {
    const responses = objectAt(operation, "responses", "operation");
    for (const answer of UNLISTED_ANSWERS) {
      if (responses[answer.status] !== undefined) continue;
      if (answer.bodyOnly && !isObject(operation.requestBody)) continue;
      responses[answer.status] =
        answer.body === "none" ? { description: answer.source } : { ...RESPONSE_ERROR };
    }
  }
}

/** The vendor's document with the corrections above; a fresh copy on every call. */
export function correctedVendorSpec(): JsonObject {
  const doc = readVendorSpec();
  nullablePageLinks(doc);
  pscCertificate(doc);
  unlistedAnswers(doc);
  return doc;
}
