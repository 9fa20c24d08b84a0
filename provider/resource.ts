import * as pulumi from "@pulumi/pulumi";
import { CONFIG_NAMESPACE } from "./connection";
import { ConnectionStatus, LastTask, PairingIssue, ServerSummary } from "./outputs";
import { serializedProvider } from "./serialized";

export interface VrPairingTimeouts {
  /** Default "30m". Forms: "30m", "1h30m", "90s", "500ms". */
  create?: pulumi.Input<string>;
  update?: pulumi.Input<string>;
  delete?: pulumi.Input<string>;
}

/**
 * A vSphere Replication pairing between the local VRMS and a remote vCenter. The local VRMS
 * connection may be left out here and given once per stack (`vr-pairing:url`, `:username`,
 * `:password` (secret), `:thumbprint`, `:caBundle`, `:insecure`) or by the environment of the
 * `pulumi` process (VRMS_URL, VRMS_USERNAME, VRMS_PASSWORD, VRMS_THUMBPRINT, VRMS_CA_BUNDLE,
 * VRMS_INSECURE). An input wins over stack configuration, which wins over the environment.
 */
export interface VrPairingArgs {
  /** "https://vrms.example.com", a full API base URL, or "host[:port]". */
  vrmsUrl?: pulumi.Input<string>;
  vrmsUsername?: pulumi.Input<string>;
  /** Always stored as a secret. */
  vrmsPassword?: pulumi.Input<string>;
  /** Pin of the VRMS certificate (SHA-1 or SHA-256, colons optional). */
  vrmsThumbprint?: pulumi.Input<string>;
  /** PEM text or path of trusted CA certificates. */
  vrmsCaBundle?: pulumi.Input<string>;
  /** Skip certificate checks and allow http:// (off by default). */
  vrmsInsecure?: pulumi.Input<boolean>;
  /** The remote vCenter's id (pair_vc_id). Changing it replaces the pairing. */
  remoteVcId: pulumi.Input<string>;
  /** Host name of the remote PSC / vCenter. */
  remotePscHost: pulumi.Input<string>;
  /** Default 443. */
  remotePscPort?: pulumi.Input<number>;
  remotePscThumbprint?: pulumi.Input<string>;
  /** PEM of the remote PSC certificate. */
  remotePscCertificate?: pulumi.Input<string>;
  remotePscUsername: pulumi.Input<string>;
  /** Always stored as a secret. */
  remotePscPassword: pulumi.Input<string>;
  /** Delete only this site's half when the remote site is gone (default false). */
  forceDelete?: pulumi.Input<boolean>;
  /** Adopt an existing pairing to the same remote vCenter instead of failing (default true). */
  adoptExisting?: pulumi.Input<boolean>;
  /** Adopt this existing pairing (the import path: `pulumi import` cannot drive this provider). */
  adoptPairingId?: pulumi.Input<string>;
  timeouts?: pulumi.Input<VrPairingTimeouts>;
}

const SECRET_OUTPUTS = ["vrmsPassword", "remotePscPassword"];

export class VrPairing extends pulumi.dynamic.Resource {
  declare readonly vrmsUrl: pulumi.Output<string>;
  declare readonly vrmsUsername: pulumi.Output<string | undefined>;
  declare readonly vrmsPassword: pulumi.Output<string | undefined>;
  declare readonly vrmsThumbprint: pulumi.Output<string | undefined>;
  declare readonly vrmsCaBundle: pulumi.Output<string | undefined>;
  declare readonly vrmsInsecure: pulumi.Output<boolean | undefined>;
  declare readonly remoteVcId: pulumi.Output<string>;
  declare readonly remotePscHost: pulumi.Output<string>;
  declare readonly remotePscPort: pulumi.Output<number>;
  declare readonly remotePscThumbprint: pulumi.Output<string | undefined>;
  declare readonly remotePscCertificate: pulumi.Output<string | undefined>;
  declare readonly remotePscUsername: pulumi.Output<string>;
  declare readonly remotePscPassword: pulumi.Output<string>;
  declare readonly forceDelete: pulumi.Output<boolean>;
  declare readonly adoptExisting: pulumi.Output<boolean>;
  declare readonly adoptPairingId: pulumi.Output<string | undefined>;
  declare readonly timeouts: pulumi.Output<{ create: string; update: string; delete: string }>;
  declare readonly pairingId: pulumi.Output<string>;
  declare readonly connectionStatus: pulumi.Output<ConnectionStatus>;
  declare readonly localVcServer: pulumi.Output<ServerSummary | null>;
  declare readonly remoteVcServer: pulumi.Output<ServerSummary | null>;
  declare readonly localVrms: pulumi.Output<ServerSummary | null>;
  declare readonly remoteVrms: pulumi.Output<ServerSummary | null>;
  declare readonly issues: pulumi.Output<PairingIssue[]>;
  declare readonly lastTask: pulumi.Output<LastTask | null>;

  constructor(name: string, args: VrPairingArgs, opts?: pulumi.CustomResourceOptions) {
    // Stack configuration is read here, in the program, where pulumi.Config sees it; the
    // environment (VRMS_*) is consulted later by the provider host.
    const config = new pulumi.Config(CONFIG_NAMESPACE);
    const vrmsPassword = args.vrmsPassword ?? config.getSecret("password");
    const props = {
      ...args,
      vrmsUrl: args.vrmsUrl ?? config.get("url"),
      vrmsUsername: args.vrmsUsername ?? config.get("username"),
      vrmsPassword: vrmsPassword === undefined ? undefined : pulumi.secret(vrmsPassword),
      vrmsThumbprint: args.vrmsThumbprint ?? config.get("thumbprint"),
      vrmsCaBundle: args.vrmsCaBundle ?? config.get("caBundle"),
      vrmsInsecure: args.vrmsInsecure ?? config.getBoolean("insecure"),
      remotePscPassword: pulumi.secret(args.remotePscPassword),
      resourceName: name,
      // Output-only keys must be present (undefined) to be read back from the engine.
      pairingId: undefined,
      connectionStatus: undefined,
      localVcServer: undefined,
      remoteVcServer: undefined,
      localVrms: undefined,
      remoteVrms: undefined,
      issues: undefined,
      lastTask: undefined,
    };
    const secretOutputs = [
      ...new Set([...(opts?.additionalSecretOutputs ?? []), ...SECRET_OUTPUTS]),
    ];
    super(
      serializedProvider,
      name,
      props,
      { ...opts, additionalSecretOutputs: secretOutputs },
      "vrpairing",
      "VrPairing",
    );
  }
}

/** The resource type token. */
export const VR_PAIRING_TYPE = "pulumi-nodejs:dynamic/vrpairing:VrPairing";
