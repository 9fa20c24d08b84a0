// What a resource's constructor hands the engine, read off its table (pairing-fields.ts,
// replication/fields.ts): the connection inputs left out taken from stack configuration, the
// secret fields marked secret, and every key present so each declared output is read back.
import * as pulumi from "@pulumi/pulumi";
import { withStackConfig } from "./connection";
import { secretNames, type InputField, type OutputField } from "./fields/field";

interface Table {
  inputs: Record<string, InputField>;
  outputs: Record<string, OutputField>;
}

export function resourceProps(
  table: Table,
  name: string,
  given: Record<string, unknown>,
  opts: pulumi.CustomResourceOptions | undefined,
): { props: Record<string, unknown>; opts: pulumi.CustomResourceOptions } {
  // Stack configuration is read here, in the program, where pulumi.Config sees it; the
  // environment (VRMS_*) is consulted later by the provider host.
  const props: Record<string, unknown> = withStackConfig({ ...given });
  const secrets = secretNames(table);
  for (const key of secrets) {
    if (props[key] !== undefined) props[key] = pulumi.secret(props[key]);
  }
  // Output keys must be present (undefined) to be read back from the engine.
  const keys = [...Object.keys(table.inputs), ...Object.keys(table.outputs)];
  return {
    props: { ...Object.fromEntries(keys.map((k) => [k, undefined])), ...props, resourceName: name },
    opts: {
      ...opts,
      additionalSecretOutputs: [...new Set([...(opts?.additionalSecretOutputs ?? []), ...secrets])],
    },
  };
}
