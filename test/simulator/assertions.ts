// Assertions on simulator answers beyond their shape (the shape is checked against the
// vendor's file, test/support/vendor): what this simulator promises on top of the file.
import { strict as assert } from "node:assert";
import { assertComponent } from "../support/vendor/validator";

export { assertComponent };

/** 400/403/500: {error_code, message, op_id}, all three set (the file makes each optional). */
export function assertError(body: unknown, code?: string): void {
  assertComponent("ResponseError", body);
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
