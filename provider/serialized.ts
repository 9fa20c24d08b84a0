/* eslint-disable @typescript-eslint/no-require-imports */
import type * as pulumi from "@pulumi/pulumi";

/**
 * Stack configuration (`vr-pairing:*`) is resolved by the VrPairing constructor in the program,
 * so no `configure` method is serialized here.
 *
 * The object handed to `pulumi.dynamic.Resource` and serialized into every resource's
 * `__provider`. Each method loads the installed package by name at call time and delegates to a
 * fresh VrPairingProvider (`connect()` in index.ts); nothing else is captured. That keeps the
 * text under 2 KB per resource and lets a package upgrade change what delete and refresh do for
 * old resources too. The name resolves from the provider host's working directory (the
 * program's folder). Every byte here is stored twice per resource: keep the bodies terse.
 */
// The line breaks a formatter would add are stored in every resource's state: keep one line each.
// prettier-ignore
export const serializedProvider: pulumi.dynamic.ResourceProvider = {
  check: (...a) => require("pulumi-vr-pairing/provider").connect().check(...a),
  diff: (...a) => require("pulumi-vr-pairing/provider").connect().diff(...a),
  create: (...a) => require("pulumi-vr-pairing/provider").connect().create(...a),
  read: (...a) => require("pulumi-vr-pairing/provider").connect().read(...a),
  update: (...a) => require("pulumi-vr-pairing/provider").connect().update(...a),
  delete: (...a) => require("pulumi-vr-pairing/provider").connect().delete(...a),
};
