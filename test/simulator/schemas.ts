// JSON schemas of the VRMS wire shapes, written from the vendor's OpenAPI definitions
// (vSphere Replication REST API 2.0.0): same field names, types, enums and nullability.
// additionalProperties: false, so a field the vendor does not define fails the check too.
import Ajv, { type AnySchema } from "ajv";
import { strict as assert } from "node:assert";

const UUID = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
const int64 = { type: "integer" };
const nullableInt64 = { type: ["integer", "null"] };
const nullableArrayOf = (type: string) => ({
  type: ["array", "null"],
  items: { type: [type, "null"] },
});

interface ObjectSchema {
  type: string;
  additionalProperties: boolean;
  required?: string[];
  properties: Record<string, unknown>;
}

const Pairing: ObjectSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    pairing_id: { type: "string", pattern: UUID },
    local_vc_server: { $ref: "#/definitions/ServerInfo" },
    remote_vc_server: { $ref: "#/definitions/ServerInfo" },
    local_vrms: { $ref: "#/definitions/ServerInfo" },
    remote_vrms: { $ref: "#/definitions/ServerInfo" },
  },
};

const Task: ObjectSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "status"],
  properties: {
    id: { type: "string" },
    description: { type: "string" },
    description_id: { type: "string" },
    entity: { type: ["string", "null"] },
    entity_name: { type: ["string", "null"] },
    status: { enum: ["QUEUED", "RUNNING", "SUCCESS", "ERROR", "CANCELLED"] },
    error: { $ref: "#/definitions/TaskError" },
    result: { type: ["object", "null"] },
    progress: { type: "integer", minimum: 0, maximum: 100 },
    queued_time: nullableInt64,
    start_time: nullableInt64,
    complete_time: nullableInt64,
  },
};

/** The `…Entity` form of a list item: the same object plus its own `_meta`. */
const withMeta = (item: ObjectSchema): ObjectSchema => ({
  ...item,
  properties: { ...item.properties, _meta: { $ref: "#/definitions/Metadata" } },
});

const definitions: Record<string, AnySchema> = {
  ResponseError: {
    type: "object",
    additionalProperties: false,
    properties: {
      error_code: { type: "string" },
      message: { type: "string" },
      op_id: { type: "string", pattern: UUID },
    },
  },
  SessionIdData: {
    type: "object",
    additionalProperties: false,
    properties: { session_id: { type: "string" } },
  },
  SessionInfo: {
    type: "object",
    additionalProperties: false,
    properties: { username: { type: "string" } },
  },
  MetaError: {
    type: "object",
    additionalProperties: false,
    required: ["field"],
    properties: {
      code: { type: "string" },
      message: { type: "string" },
      field: { type: "string" },
    },
  },
  Metadata: {
    type: "object",
    additionalProperties: false,
    properties: {
      errors: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/MetaError" } },
    },
  },
  // The vendor's MetaLinks refers to HrefDrData; the API facts say a missing link is null.
  HrefDrData: {
    type: ["object", "null"],
    additionalProperties: false,
    properties: { href: { type: "string" } },
  },
  MetadataList: {
    type: "object",
    additionalProperties: false,
    properties: {
      errors: { type: "array", uniqueItems: true, items: { $ref: "#/definitions/MetaError" } },
      total: { type: "integer", minimum: 0 },
      offset: { type: "integer", minimum: 0 },
      limit: { type: "integer", minimum: 0 },
      links: {
        type: "object",
        additionalProperties: false,
        properties: {
          next: { $ref: "#/definitions/HrefDrData" },
          self: { $ref: "#/definitions/HrefDrData" },
          previous: { $ref: "#/definitions/HrefDrData" },
        },
      },
    },
  },
  X509Certificate: {
    type: "object",
    additionalProperties: false,
    properties: {
      serial_number: { type: "string" },
      not_after: int64,
      not_before: int64,
      signature: { type: "string" },
      version: { type: "integer" },
      issuer_dn: { type: "string" },
      subject_dn: { type: "string" },
      sig_alg_name: { type: "string" },
      sig_alg_oid: { type: "string" },
      public_key: { type: "string" },
      public_key_format: { type: "string" },
      public_key_algorithm: { type: "string" },
      thumbprint: { type: "string" },
      certificate: { type: "string" },
      issuer_unique_id: nullableArrayOf("boolean"),
      subject_unique_id: nullableArrayOf("boolean"),
      key_usage: nullableArrayOf("boolean"),
      issuer_alternative_names: nullableArrayOf("string"),
      subject_alternative_names: nullableArrayOf("string"),
      extended_key_usage: nullableArrayOf("string"),
    },
  },
  CertificateWarning: {
    type: "object",
    additionalProperties: false,
    properties: {
      server_guid: { type: "string", pattern: UUID },
      server_url: { type: "string" },
      certificate: { $ref: "#/definitions/X509Certificate" },
    },
  },
  ServerInfo: {
    type: "object",
    additionalProperties: false,
    properties: {
      id: { type: "string", pattern: UUID },
      url: { type: "string" },
      name: { type: "string" },
      server_status: { enum: ["OK", "WARNING", "ERROR"] },
      certificates: { type: "array", items: { $ref: "#/definitions/X509Certificate" } },
      certificate_warnings: { type: "array", items: { $ref: "#/definitions/CertificateWarning" } },
      version: { type: "string" },
    },
  },
  Pairing,
  PairingEntity: withMeta(Pairing),
  PairingList: {
    type: "object",
    additionalProperties: false,
    required: ["list", "_meta"],
    properties: {
      list: { type: "array", items: { $ref: "#/definitions/Pairing" } },
      _meta: { $ref: "#/definitions/MetadataList" },
    },
  },
  TaskError: {
    type: ["object", "null"],
    additionalProperties: false,
    properties: { message: { type: "string" }, details: { type: "string" } },
  },
  Task,
  TaskEntity: withMeta(Task),
  TaskList: {
    type: "object",
    additionalProperties: false,
    required: ["list", "_meta"],
    properties: {
      list: { type: "array", items: { $ref: "#/definitions/Task" } },
      _meta: { $ref: "#/definitions/MetadataList" },
    },
  },
  IssueInfo: {
    type: "object",
    additionalProperties: false,
    required: ["timestamp"],
    properties: {
      entity: { type: "string" },
      entity_name: { type: ["string", "null"] },
      description: { type: "string" },
      timestamp: int64,
      status: { enum: ["WARNING", "ERROR"] },
      issue_type: { enum: ["VC", "VRS", "VRMS", "UNKNOWN"] },
    },
  },
  IssueList: {
    type: "object",
    additionalProperties: false,
    required: ["list", "_meta"],
    properties: {
      list: { type: "array", items: { $ref: "#/definitions/IssueInfo" } },
      _meta: { $ref: "#/definitions/MetadataList" },
    },
  },
};

export type SchemaName =
  | "ResponseError"
  | "SessionIdData"
  | "SessionInfo"
  | "Pairing"
  | "PairingEntity"
  | "PairingList"
  | "Task"
  | "TaskEntity"
  | "TaskList"
  | "IssueInfo"
  | "IssueList";

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addSchema({ $id: "vrms", definitions }, "vrms");

/** Fails the test with ajv's messages when `body` does not have the vendor's shape. */
export function assertShape(name: SchemaName, body: unknown): void {
  const validate = ajv.getSchema(`vrms#/definitions/${name}`);
  if (!validate) throw new Error(`no schema ${name}`);
  if (!validate(body)) {
    assert.fail(
      `${name} schema: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body, null, 2)}`,
    );
  }
}

/** 400/403/500: {error_code, message, op_id} with a UUID op_id. */
export function assertError(body: unknown, code?: string): void {
  assertShape("ResponseError", body);
  const e = body as { error_code?: string; op_id?: string; message?: string };
  assert.ok(e.error_code && e.message && e.op_id, "error_code, message and op_id are all set");
  if (code) assert.equal(e.error_code, code);
}

/** Epoch milliseconds, within a minute of now (not seconds, not ISO text). */
export function assertEpochMs(value: unknown, what: string): void {
  assert.equal(typeof value, "number", `${what} is a number`);
  const n = value as number;
  assert.ok(Math.abs(Date.now() - n) < 60_000, `${what}=${n} is epoch milliseconds near now`);
}
