// Checks an answer of the simulator against the operation's response schema in the vendor's
// file (corrected, then made strict), with ajv and ajv-formats: uuid, int32, int64 and
// epoch-ms formats are checked, nullable is OpenAPI's.
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { strict as assert } from "node:assert";
import { API_BASE_PATH } from "../../../sdk/wire";
import { CONTROL_BASE_PATH } from "../../../simulator";
import { NO_OPERATION_STATUSES, correctedVendorSpec } from "./corrections";
import {
  type Json,
  type JsonObject,
  type VendorOperation,
  isObject,
  operationsOf,
  schemasOf,
} from "./spec-file";
import { EPOCH_MS_FORMAT, strictSchemas } from "./strict";

/** Times between these years are epoch milliseconds; seconds (~1.7e9) or ISO text are not. */
const EPOCH_MS_MIN = Date.UTC(2000, 0, 1);
const EPOCH_MS_MAX = Date.UTC(2100, 0, 1);

export interface Answer {
  method: string;
  /** Path and query as requested, e.g. "/api/rest/vr/v2/tasks?limit=1". */
  url: string;
  status: number;
  contentType: string | undefined;
  /** Exact body text, "" for none. */
  body: string;
}

export function isAnswer(message: unknown): message is Answer {
  if (typeof message !== "object" || message === null) return false;
  const m: Partial<Record<keyof Answer, unknown>> = message;
  return (
    typeof m.method === "string" &&
    typeof m.url === "string" &&
    typeof m.status === "number" &&
    (m.contentType === undefined || typeof m.contentType === "string") &&
    typeof m.body === "string"
  );
}

const doc = correctedVendorSpec();
const schemas = strictSchemas(schemasOf(doc));
const operations = operationsOf(doc);

/** The components as one schema document, its $refs pointing at `definitions`. */
function asDefinitions(node: Json): Json {
  if (Array.isArray(node)) return node.map(asDefinitions);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === "$ref" && typeof value === "string"
        ? value.replace("#/components/schemas/", "vrms#/definitions/")
        : asDefinitions(value);
  }
  return out;
}

const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: true });
addFormats(ajv);
ajv.addFormat(EPOCH_MS_FORMAT, {
  type: "number",
  validate: (n: number) => Number.isSafeInteger(n) && n >= EPOCH_MS_MIN && n < EPOCH_MS_MAX,
});
ajv.addKeyword({ keyword: "example" }); // an annotation in OpenAPI 3.0
ajv.addSchema({ $id: "vrms", definitions: asDefinitions(schemas) });

/** "/a/b/" → ["", "a", "b"]: a trailing slash names the same resource, an empty one does not. */
function segments(path: string): string[] {
  return (path.length > 1 ? path.replace(/\/+$/, "") : path).split("/");
}

/** The file's path template for a request path; literal segments beat parameters. */
function templateOf(relPath: string): string | null {
  const parts = segments(relPath);
  let best: { template: string; literals: number } | null = null;
  for (const template of new Set(operations.map((o) => o.template))) {
    const t = segments(template);
    if (t.length !== parts.length) continue;
    let literals = 0;
    const fits = t.every((seg, i) => {
      if (seg.startsWith("{") && seg.endsWith("}")) return parts[i] !== "";
      literals += 1;
      return seg === parts[i];
    });
    if (fits && (best === null || literals > best.literals)) best = { template, literals };
  }
  return best?.template ?? null;
}

const compiled = new Map<string, ValidateFunction>();

function validatorFor(op: VendorOperation, status: string, schema: JsonObject): ValidateFunction {
  const key = `${op.method} ${op.template} ${status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const compiledSchema = asDefinitions(schema);
    if (!isObject(compiledSchema)) throw new Error(`${key}: response schema is not an object`);
    validate = ajv.compile(compiledSchema);
    compiled.set(key, validate);
  }
  return validate;
}

function jsonSchemaOf(response: JsonObject): JsonObject | null {
  const content = response.content;
  if (!isObject(content)) return null;
  const media = content["application/json"];
  if (!isObject(media) || !isObject(media.schema)) {
    throw new Error(`vendor file: a response has content other than application/json`);
  }
  return media.schema;
}

function describeBody(body: string): string {
  return body.length > 2000 ? `${body.slice(0, 2000)}…` : body;
}

/** What is wrong with an answer, per the vendor's file; [] when nothing is. */
export function answerProblems(answer: Answer): string[] {
  const path = answer.url.split("?")[0];
  const where = `${answer.method} ${path} -> ${answer.status}`;
  const relPath = path.startsWith(`${API_BASE_PATH}/`) ? path.slice(API_BASE_PATH.length) : null;
  const template = relPath === null ? null : templateOf(relPath);
  const op = operations.find((o) => o.template === template && o.method === answer.method);
  if (!op) {
    const problems: string[] = [];
    if (!NO_OPERATION_STATUSES.includes(answer.status)) {
      problems.push(
        `${where}: the vendor's file has no such operation, so only ${NO_OPERATION_STATUSES.join(" or ")} fits`,
      );
    }
    if (answer.body !== "")
      problems.push(`${where}: expected no body, got ${describeBody(answer.body)}`);
    return problems;
  }
  const operationName = `${op.method} ${op.template}`;
  const responses = isObject(op.operation.responses) ? op.operation.responses : {};
  const response = responses[String(answer.status)] ?? responses.default;
  if (!isObject(response)) {
    const listed = Object.keys(responses).join(", ");
    return [
      `${where}: the vendor's file lists no ${answer.status} for ${operationName} (it lists ${listed})`,
    ];
  }
  const schema = jsonSchemaOf(response);
  if (schema === null) {
    return answer.body === ""
      ? []
      : [
          `${where}: ${operationName} ${answer.status} has no body in the vendor's file, got ${describeBody(answer.body)}`,
        ];
  }
  const media = (answer.contentType ?? "").split(";")[0].trim().toLowerCase();
  if (media !== "application/json") {
    return [`${where}: content type '${answer.contentType ?? ""}' instead of application/json`];
  }
  let body: Json;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return [`${where}: body is not JSON: ${describeBody(answer.body)}`];
  }
  const validate = validatorFor(op, String(answer.status), schema);
  if (validate(body)) return [];
  return [
    `${where}: body does not match ${operationName} ${answer.status} in the vendor's file: ` +
      `${ajv.errorsText(validate.errors, { dataVar: "body" })}\n${describeBody(answer.body)}`,
  ];
}

/**
 * What is wrong with a message published on the simulator's answer channel; null for an answer
 * of the control surface, which is not the VRMS API and is not checked.
 */
export function publishedAnswerProblems(message: unknown): string[] | null {
  if (!isAnswer(message)) return [`a message that is not an answer: ${String(message)}`];
  const urlPath = message.url.split("?")[0];
  if (urlPath === CONTROL_BASE_PATH || urlPath.startsWith(`${CONTROL_BASE_PATH}/`)) return null;
  return answerProblems(message);
}

/** Names of the vendor's component schemas this project checks bodies against directly. */
export type VendorSchemaName =
  | "ResponseError"
  | "SessionIdData"
  | "SessionInfo"
  | "Pairing"
  | "PairingDrResponseEntity"
  | "PairingDrResponseList"
  | "Task"
  | "TaskDrResponseEntity"
  | "TaskDrResponseList"
  | "IssueInfo"
  | "IssueInfoDrResponseList";

/** What is wrong with a value as the vendor's (strict) component schema; [] when nothing. */
export function componentProblems(name: VendorSchemaName, value: unknown): string[] {
  const validate = ajv.getSchema(`vrms#/definitions/${name}`);
  if (!validate) throw new Error(`the vendor's file has no schema ${name}`);
  return validate(value) ? [] : [ajv.errorsText(validate.errors, { dataVar: name })];
}

/** Fails the test when `value` is not a valid `name` of the vendor's file. */
export function assertComponent(name: VendorSchemaName, value: unknown): void {
  const problems = componentProblems(name, value);
  if (problems.length > 0) {
    assert.fail(`${problems.join("\n")}\n${JSON.stringify(value, null, 2)}`);
  }
}

/** The fields the strict schemas check as epoch milliseconds ("Schema.field"). */
export function epochMsFields(): string[] {
  const out: string[] = [];
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isObject(schema) || !isObject(schema.properties)) continue;
    for (const [field, prop] of Object.entries(schema.properties)) {
      if (isObject(prop) && prop.format === EPOCH_MS_FORMAT) out.push(`${name}.${field}`);
    }
  }
  return out.sort();
}
