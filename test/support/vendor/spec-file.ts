// The vendor's OpenAPI file, vendored byte for byte in spec/ (Apache-2.0; see spec/README.md),
// read as plain JSON. Nothing here changes it: corrections.ts and strict.ts work on copies.
import { existsSync, readFileSync } from "node:fs";
import * as path from "node:path";

export type Json = null | boolean | number | string | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

const SPEC_RELATIVE = path.join("spec", "vsphere-replication-api-v2.json");

/** The repository root: the nearest folder above this file holding spec/ (sources and dist). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, SPEC_RELATIVE))) return dir;
    if (path.dirname(dir) === dir) {
      throw new Error(
        `${SPEC_RELATIVE} not found above ${__dirname}: the vendored file is missing`,
      );
    }
  }
}

export const REPO_ROOT = repoRoot();
export const VENDOR_SPEC_FILE = path.join(REPO_ROOT, SPEC_RELATIVE);

export function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The object at `key`, or a clear error naming where the vendor file is not shaped as expected. */
export function objectAt(parent: JsonObject, key: string, where: string): JsonObject {
  const value = parent[key];
  if (!isObject(value)) throw new Error(`vendor file: ${where}.${key} is not an object`);
  return value;
}

/** A fresh copy of the vendor's document on every call, safe to change. */
export function readVendorSpec(): JsonObject {
  const doc: Json = JSON.parse(readFileSync(VENDOR_SPEC_FILE, "utf8"));
  if (!isObject(doc)) throw new Error(`${VENDOR_SPEC_FILE} is not a JSON object`);
  return doc;
}

/** components.schemas of a document. */
export function schemasOf(doc: JsonObject): JsonObject {
  return objectAt(objectAt(doc, "components", "$"), "schemas", "$.components");
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options"] as const;

export interface VendorOperation {
  method: string;
  template: string;
  operation: JsonObject;
}

/** Every operation of the document, as (METHOD, path template, operation object). */
export function operationsOf(doc: JsonObject): VendorOperation[] {
  const paths = objectAt(doc, "paths", "$");
  const out: VendorOperation[] = [];
  for (const [template, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (isObject(operation)) out.push({ method: method.toUpperCase(), template, operation });
    }
  }
  return out;
}
