import * as pulumi from "@pulumi/pulumi";
import { ConnectionStatus, LastTask, PairingIssue, ServerSummary } from "./outputs";
import type { Ownership } from "./ownership";
import { VR_PAIRING } from "./pairing-fields";
import { resourceProps } from "./resource-props";
import { serializedProvider } from "./serialized";

/** How long each operation may wait for its VRMS task. Forms: "30m", "1h30m", "90s", "500ms". */
export interface VrPairingTimeouts {
  /** Create (and adoption of a create still running). Default "30m". */
  create?: pulumi.Input<string>;
  /** Update, i.e. the reconnect. Default "30m". */
  update?: pulumi.Input<string>;
  /** Delete. Default "30m". */
  delete?: pulumi.Input<string>;
}

/**
 * The inputs of a {@link VrPairing}. The local VRMS connection (`vrms*`) may be left out here
 * and given once per stack (`vr-pairing:url`, `:username`, `:password` (secret),
 * `:thumbprint`, `:caBundle`, `:insecure`) or by the environment of the `pulumi` process
 * (VRMS_URL, VRMS_USERNAME, VRMS_PASSWORD, VRMS_THUMBPRINT, VRMS_CA_BUNDLE, VRMS_INSECURE).
 * An input wins over stack configuration, which wins over the environment.
 */
export interface VrPairingArgs {
  // fields:VrPairing:args (written by `npm run docs:fields` from pairing-fields.ts)
  /**
   * The local VRMS: "https://vrms.example.com", a full API base URL, or "host[:port]". Default:
   * stack config `vr-pairing:url`, then VRMS_URL. Another spelling of the same URL is no change;
   * another address is asked who it is: the same VRMS (the pairing is there, or its ids are the
   * recorded ones) is an update that only records the address, another VRMS replaces the pairing
   * (delete first), and an address that cannot be asked fails the preview. Not secret.
   */
  vrmsUrl?: pulumi.Input<string>;
  /**
   * The local VRMS login (an SSO user). Default: stack config `vr-pairing:username`, then
   * VRMS_USERNAME. A change is saved without any VRMS call. Not secret.
   */
  vrmsUsername?: pulumi.Input<string>;
  /**
   * The local VRMS password. Default: stack config `vr-pairing:password`, then VRMS_PASSWORD. A
   * change is saved without any VRMS call. Always stored as a secret, wrapped or not.
   */
  vrmsPassword?: pulumi.Input<string>;
  /**
   * Pin of the VRMS certificate: SHA-256 or SHA-1, any case, colons or spaces optional, a `sha256:`
   * prefix allowed. Without a pin or CA bundle the system's certificate authorities decide.
   * Default: stack config `vr-pairing:thumbprint`, then VRMS_THUMBPRINT. A change is saved without
   * any VRMS call. Not secret.
   */
  vrmsThumbprint?: pulumi.Input<string>;
  /**
   * PEM text, or the path of a PEM file, of the certificate authorities to trust for the VRMS.
   * Default: stack config `vr-pairing:caBundle`, then VRMS_CA_BUNDLE. A change is saved without any
   * VRMS call. Not secret.
   */
  vrmsCaBundle?: pulumi.Input<string>;
  /**
   * Skip certificate checks and allow http:// (a warning says so). Default: stack config
   * `vr-pairing:insecure`, then VRMS_INSECURE, else false. A change is saved without any VRMS call.
   * Not secret.
   */
  vrmsInsecure?: pulumi.Input<boolean>;
  /**
   * The remote vCenter's id (the API's `pair_vc_id`). Required. Changing it replaces the pairing
   * (delete first): a pairing to another vCenter is another pairing. Not secret.
   */
  remoteVcId: pulumi.Input<string>;
  /**
   * Host name of the remote PSC / vCenter. Required. A change is an update: a reconnect with the
   * new remote values. Not secret.
   */
  remotePscHost: pulumi.Input<string>;
  /**
   * Port of the remote PSC. Default 443. A change is an update: a reconnect with the new remote
   * values. Not secret.
   */
  remotePscPort?: pulumi.Input<number>;
  /**
   * Thumbprint of the remote PSC certificate; without one the VRMS decides. Default: none. A change
   * is an update: a reconnect with the new remote values, e.g. after the remote certificate was
   * renewed. Not secret.
   */
  remotePscThumbprint?: pulumi.Input<string>;
  /**
   * PEM of the remote PSC certificate. Default: none. A change is an update: a reconnect with the
   * new remote values. Not secret.
   */
  remotePscCertificate?: pulumi.Input<string>;
  /**
   * The remote site's SSO user. Required. A change is an update: a reconnect with the new remote
   * values. Not secret.
   */
  remotePscUsername: pulumi.Input<string>;
  /**
   * The remote site's SSO password. Required. A change is an update: a reconnect with the new
   * remote values. Always stored as a secret, wrapped or not.
   */
  remotePscPassword: pulumi.Input<string>;
  /**
   * Delete removes only this site's half of the pairing, for a remote site gone for good. Default
   * false. A change is saved without any VRMS call (it only changes the next delete). Not secret.
   */
  forceDelete?: pulumi.Input<boolean>;
  /**
   * A delete (without forceDelete) of a pairing that still carries replications goes ahead: `false`
   * stops it before any change, naming how many replications it carries. Default false. A change is
   * saved without any VRMS call (it only changes the next delete). Not secret.
   */
  deleteWithReplications?: pulumi.Input<boolean>;
  /**
   * What create does when a pairing to the same remote vCenter already exists, or a create of it is
   * running: `true` adopts that pairing (`ownership` "adopted"), waiting for a running create
   * first; otherwise create fails, naming the pairing (and when its create task ran) and the line
   * that adopts it: it never takes over a pairing on its own. Default false. It only matters at
   * create: a change on an existing pairing plans nothing. Not secret.
   */
  adoptExisting?: pulumi.Input<boolean>;
  /**
   * Adopt this existing pairing at create instead of making one: the import path, because `pulumi
   * import` cannot drive a dynamic provider. Default: none. It only matters at create: a change on
   * an existing pairing plans nothing. Not secret.
   */
  adoptPairingId?: pulumi.Input<string>;
  /**
   * How long create, update and delete wait for their VRMS task (Pulumi's `customTimeouts` do not
   * reach a dynamic provider). Default create: "30m", update: "30m", delete: "30m". A change is
   * saved without any VRMS call. Not secret.
   */
  timeouts?: pulumi.Input<VrPairingTimeouts>;
  // /fields
}

/**
 * What {@link VrPairing.get} may be told about the pairing it reads: how to reach the VRMS that
 * holds it. Each field falls back as for the resource (stack config, then environment).
 */
export type VrPairingState = Pick<VrPairingArgs, keyof VrmsConnectionArgs>;

/**
 * How to reach the local VRMS, as plain values (what the lookups take). Each field falls back
 * as for `VrPairing`: stack config `vr-pairing:*` (inside a Pulumi program), then the VRMS_*
 * environment variables.
 */
// A type, not an interface: the provider's property bags need its implicit index signature.
export type VrmsConnectionArgs = {
  // fields:VrPairing:connection (written by `npm run docs:fields` from pairing-fields.ts)
  /**
   * The local VRMS: "https://vrms.example.com", a full API base URL, or "host[:port]". Default:
   * stack config `vr-pairing:url`, then VRMS_URL.
   */
  vrmsUrl?: string;
  /**
   * The local VRMS login (an SSO user). Default: stack config `vr-pairing:username`, then
   * VRMS_USERNAME.
   */
  vrmsUsername?: string;
  /** The local VRMS password. Default: stack config `vr-pairing:password`, then VRMS_PASSWORD. */
  vrmsPassword?: string;
  /**
   * Pin of the VRMS certificate: SHA-256 or SHA-1, any case, colons or spaces optional, a `sha256:`
   * prefix allowed. Without a pin or CA bundle the system's certificate authorities decide.
   * Default: stack config `vr-pairing:thumbprint`, then VRMS_THUMBPRINT.
   */
  vrmsThumbprint?: string;
  /**
   * PEM text, or the path of a PEM file, of the certificate authorities to trust for the VRMS.
   * Default: stack config `vr-pairing:caBundle`, then VRMS_CA_BUNDLE.
   */
  vrmsCaBundle?: string;
  /**
   * Skip certificate checks and allow http:// (a warning says so). Default: stack config
   * `vr-pairing:insecure`, then VRMS_INSECURE, else false.
   */
  vrmsInsecure?: boolean;
  // /fields
};

/**
 * A vSphere Replication pairing between the local VRMS and a remote vCenter. Create pairs the
 * sites (adopting an existing pairing only when asked, or as its own from a run that died),
 * refresh reads its health, an update reconnects it, delete unpairs. Every operation waits for
 * its VRMS task.
 *
 * @example
 * ```ts
 * import * as pulumi from "@pulumi/pulumi";
 * import { VrPairing } from "pulumi-vr-pairing";
 *
 * const config = new pulumi.Config();
 * const pairing = new VrPairing("dr-site", {
 *   vrmsUrl: "https://vrms.site-a.example.com",
 *   vrmsUsername: "administrator@vsphere.local",
 *   vrmsPassword: config.requireSecret("vrmsPassword"),
 *   vrmsThumbprint: "AB:CD:...",
 *   remoteVcId: "6f1f3b52-...",
 *   remotePscHost: "vc.site-b.example.com",
 *   remotePscUsername: "administrator@vsphere.local",
 *   remotePscPassword: config.requireSecret("remotePscPassword"),
 * });
 * export const status = pairing.connectionStatus; // connected | degraded | disconnected
 * ```
 */
export class VrPairing extends pulumi.dynamic.Resource {
  // fields:VrPairing:outputs (written by `npm run docs:fields` from pairing-fields.ts)
  /** The local VRMS API base URL actually used (input, stack config or VRMS_URL). Not secret. */
  declare readonly vrmsUrl: pulumi.Output<string>;
  /** The local VRMS login, as given. Not secret. */
  declare readonly vrmsUsername: pulumi.Output<string>;
  /** The local VRMS password, as given. Secret. */
  declare readonly vrmsPassword: pulumi.Output<string>;
  /** The VRMS certificate pin, as given (uppercase, colon-separated). Not secret. */
  declare readonly vrmsThumbprint: pulumi.Output<string | undefined>;
  /** The trusted CA bundle (PEM or path), as given. Not secret. */
  declare readonly vrmsCaBundle: pulumi.Output<string | undefined>;
  /** Whether certificate checks are off, as given. Not secret. */
  declare readonly vrmsInsecure: pulumi.Output<boolean | undefined>;
  /** The remote vCenter's id (`pair_vc_id`). Not secret. */
  declare readonly remoteVcId: pulumi.Output<string>;
  /** The remote PSC host. Not secret. */
  declare readonly remotePscHost: pulumi.Output<string>;
  /** The remote PSC port (443 unless set). Not secret. */
  declare readonly remotePscPort: pulumi.Output<number>;
  /** The remote PSC thumbprint, as given (uppercase, colon-separated). Not secret. */
  declare readonly remotePscThumbprint: pulumi.Output<string | undefined>;
  /** The remote PSC certificate (PEM), as given. Not secret. */
  declare readonly remotePscCertificate: pulumi.Output<string | undefined>;
  /** The remote site's SSO user. Not secret. */
  declare readonly remotePscUsername: pulumi.Output<string>;
  /** The remote site's SSO password. Secret. */
  declare readonly remotePscPassword: pulumi.Output<string>;
  /** Whether delete removes only this site's half (false unless set). Not secret. */
  declare readonly forceDelete: pulumi.Output<boolean>;
  /** Whether delete goes ahead while the pairing carries replications. Not secret. */
  declare readonly deleteWithReplications: pulumi.Output<boolean>;
  /** Whether create adopts an existing pairing to the same vCenter, as given. Not secret. */
  declare readonly adoptExisting: pulumi.Output<boolean | undefined>;
  /** The pairing adopted by id, when one was named. Not secret. */
  declare readonly adoptPairingId: pulumi.Output<string | undefined>;
  /** The time-outs in force, defaults filled in. Not secret. */
  declare readonly timeouts: pulumi.Output<{ create: string; update: string; delete: string }>;
  /** The VRMS pairing id, also the resource id. Not secret. */
  declare readonly pairingId: pulumi.Output<string>;
  /**
   * Health at the last create, update or refresh: `connected` (every server OK, no issue),
   * `degraded` (a WARNING or an issue), `disconnected` (the remote side in ERROR or unread).
   * Anything but `connected` makes the next `up` reconnect. Not secret.
   */
  declare readonly connectionStatus: pulumi.Output<ConnectionStatus>;
  /** The local vCenter `{id, name, url, status, version}`, null when not reported. Not secret. */
  declare readonly localVcServer: pulumi.Output<ServerSummary | null>;
  /** The remote vCenter `{id, name, url, status, version}`, null when not reported. Not secret. */
  declare readonly remoteVcServer: pulumi.Output<ServerSummary | null>;
  /** The local VRMS `{id, name, url, status, version}`, null when not reported. Not secret. */
  declare readonly localVrms: pulumi.Output<ServerSummary | null>;
  /** The remote VRMS `{id, name, url, status, version}`, null when not reported. Not secret. */
  declare readonly remoteVrms: pulumi.Output<ServerSummary | null>;
  /**
   * The pairing's current issues (read only when a server is not OK); [] when healthy. Not secret.
   */
  declare readonly issues: pulumi.Output<PairingIssue[]>;
  /** The last VRMS task this resource ran or waited for; null when adopted. Not secret. */
  declare readonly lastTask: pulumi.Output<LastTask | null>;
  /**
   * How this resource came to own the pairing: `created` (its create made it), `adopted`
   * (adoptPairingId or adoptExisting: true); `recovered` only in state written by versions that
   * took over a pairing without being asked. Null in state written by a version that did not record
   * it, and for `VrPairing.get`. Not secret.
   */
  declare readonly ownership: pulumi.Output<Ownership | null>;
  // /fields

  /**
   * Reads an existing pairing by id without managing it (`pulumi destroy` leaves it alone).
   * The VRMS connection comes from `state`, then stack config, then the environment.
   */
  static get(
    name: string,
    id: pulumi.Input<pulumi.ID>,
    state?: VrPairingState,
    opts?: pulumi.CustomResourceOptions,
  ): VrPairing {
    return new VrPairing(name, state ?? {}, { ...opts, id });
  }

  /** Declares a pairing managed by this stack. */
  constructor(name: string, args: VrPairingArgs, opts?: pulumi.CustomResourceOptions);
  /** Reads the existing pairing `opts.id` (what {@link VrPairing.get} does). */
  constructor(
    name: string,
    state: VrPairingState,
    opts: pulumi.CustomResourceOptions & { id: pulumi.Input<pulumi.ID> },
  );
  constructor(
    name: string,
    args: VrPairingArgs | VrPairingState,
    opts?: pulumi.CustomResourceOptions,
  ) {
    const { props, opts: options } = resourceProps(VR_PAIRING, name, { ...args }, opts);
    super(serializedProvider, name, props, options, "vrpairing", "VrPairing");
  }
}

/** The resource type token. */
export const VR_PAIRING_TYPE = "pulumi-nodejs:dynamic/vrpairing:VrPairing";
