// Strictness the vendor's schemas leave out, added at load time for the schema check only (the
// generated types do not need it): the ONE place it is added.
// - allOf is flattened: an `…Entity` is its item's properties plus `_meta`, so it can be closed;
// - an object schema that lists properties accepts no other (additionalProperties: false);
//   an object with no properties listed (Task.result) is free-form in the file and stays open;
// - an int64 the file describes as milliseconds is an epoch-millisecond time (format epoch-ms).
import { type Json, type JsonObject, isObject } from "./spec-file";

const REF_PREFIX = "#/components/schemas/";

export const EPOCH_MS_FORMAT = "epoch-ms";

function refName(schema: JsonObject): string | null {
  const ref = schema.$ref;
  return typeof ref === "string" && ref.startsWith(REF_PREFIX)
    ? ref.slice(REF_PREFIX.length)
    : null;
}

function flattenAllOf(name: string, schemas: JsonObject, seen: Set<string> = new Set()): void {
  const schema = schemas[name];
  if (!isObject(schema) || !Array.isArray(schema.allOf)) return;
  if (seen.has(name)) throw new Error(`vendor file: allOf cycle through ${name}`);
  seen.add(name);
  const properties: JsonObject = {};
  const required = new Set<string>();
  for (const part of schema.allOf) {
    const partName = isObject(part) ? refName(part) : null;
    if (partName === null) {
      throw new Error(`vendor file: ${name}.allOf holds something other than a schema $ref`);
    }
    flattenAllOf(partName, schemas, seen);
    const base = schemas[partName];
    if (!isObject(base) || !isObject(base.properties)) {
      throw new Error(`vendor file: ${name}.allOf refers to ${partName}, not an object schema`);
    }
    Object.assign(properties, base.properties);
    if (Array.isArray(base.required)) for (const r of base.required) required.add(String(r));
  }
  if (isObject(schema.properties)) Object.assign(properties, schema.properties);
  if (Array.isArray(schema.required)) for (const r of schema.required) required.add(String(r));
  delete schema.allOf;
  schema.type = "object";
  schema.properties = properties;
  if (required.size > 0) schema.required = [...required];
}

/** Closes object schemas and marks epoch-millisecond fields, in place, at every depth. */
function tighten(node: Json): void {
  if (Array.isArray(node)) {
    for (const item of node) tighten(item);
    return;
  }
  if (!isObject(node)) return;
  if (node.type === "object" && isObject(node.properties) && !("additionalProperties" in node)) {
    node.additionalProperties = false;
  }
  if (
    node.format === "int64" &&
    typeof node.description === "string" &&
    /\bmilliseconds\b/.test(node.description)
  ) {
    node.format = EPOCH_MS_FORMAT;
  }
  for (const value of Object.values(node)) tighten(value);
}

/** A strict copy of components.schemas. */
export function strictSchemas(schemas: JsonObject): JsonObject {
  const copy: JsonObject = structuredClone(schemas);
  for (const name of Object.keys(copy)) flattenAllOf(name, copy);
  tighten(copy);
  return copy;
}
