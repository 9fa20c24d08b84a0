/* eslint-disable @typescript-eslint/no-require-imports */
import type * as pulumi from "@pulumi/pulumi";

/**
 * What every VrReplication's `__provider` holds: each method loads the installed package by name
 * at call time and delegates to a fresh VrReplicationProvider, as serialized.ts does for
 * VrPairing (see there for why). Keep the bodies terse: every byte is stored per resource.
 */
// prettier-ignore
export const serializedReplicationProvider: pulumi.dynamic.ResourceProvider = {
  check: (...a) => require("pulumi-vr-pairing/provider").connectReplication().check(...a),
  diff: (...a) => require("pulumi-vr-pairing/provider").connectReplication().diff(...a),
  create: (...a) => require("pulumi-vr-pairing/provider").connectReplication().create(...a),
  read: (...a) => require("pulumi-vr-pairing/provider").connectReplication().read(...a),
  update: (...a) => require("pulumi-vr-pairing/provider").connectReplication().update(...a),
  delete: (...a) => require("pulumi-vr-pairing/provider").connectReplication().delete(...a),
};
