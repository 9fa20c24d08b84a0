// The VrPairing table: every input and output, once. What reads it: Check (check.ts), Diff
// (diff.ts), secret outputs and stack configuration (resource.ts, lookups.ts), the connection
// fallbacks (connection.ts), and the docs `npm run docs:fields` writes (VrPairingArgs and the
// class's outputs in resource.ts, the README's tables).
import type { InputKey, PairingInputs } from "./inputs";
import { defineResource, type InputField, type InputsOf, type Same } from "./fields/field";
import { flag, pem, port, text, thumbprint } from "./fields/kinds";
import { TIMEOUTS_INPUT, VRMS_CONNECTION_INPUTS } from "./shared-fields";

/** What a change of a VrPairing input means; diff.ts gives each kind its behaviour. */
export type PairingChange = "replace" | "reconnect" | "readdress" | "record" | "none";

/** The VrPairing resource's fields. */
export const VR_PAIRING = defineResource({
  resource: "VrPairing",
  changes: {
    replace: {
      label: "replace",
      doc: "Changing it replaces the pairing (delete first): a pairing to another vCenter is another pairing.",
    },
    reconnect: {
      label: "update (reconnect)",
      doc: "A change is an update: a reconnect with the new remote values.",
    },
    readdress: {
      label: "asks the VRMS there",
      doc:
        "Another spelling of the same URL is no change; another address is asked who it is: the " +
        "same VRMS (the pairing is there, or its ids are the recorded ones) is an update that " +
        "only records the address, another VRMS replaces the pairing (delete first), and an " +
        "address that cannot be asked fails the preview.",
    },
    record: {
      label: "update, no VRMS call",
      doc: "A change is saved without any VRMS call.",
    },
    none: {
      label: "nothing (create only)",
      doc: "It only matters at create: a change on an existing pairing plans nothing.",
    },
  },
  inputs: {
    ...VRMS_CONNECTION_INPUTS,
    remoteVcId: text({
      doc: "The remote vCenter's id (the API's `pair_vc_id`).",
      required: true,
      change: "replace",
      output: { doc: "The remote vCenter's id (`pair_vc_id`)." },
    }),
    remotePscHost: text({
      doc: "Host name of the remote PSC / vCenter.",
      required: true,
      change: "reconnect",
      output: { doc: "The remote PSC host." },
    }),
    remotePscPort: port({
      doc: "Port of the remote PSC.",
      default: 443,
      change: "reconnect",
      output: { doc: "The remote PSC port (443 unless set)." },
    }),
    remotePscThumbprint: thumbprint({
      doc: "Thumbprint of the remote PSC certificate; without one the VRMS decides.",
      change: "reconnect",
      changeDoc:
        "A change is an update: a reconnect with the new remote values, e.g. after the remote " +
        "certificate was renewed.",
      output: { doc: "The remote PSC thumbprint, as given (uppercase, colon-separated)." },
    }),
    remotePscCertificate: pem({
      doc: "PEM of the remote PSC certificate.",
      change: "reconnect",
      output: { doc: "The remote PSC certificate (PEM), as given." },
    }),
    remotePscUsername: text({
      doc: "The remote site's SSO user.",
      required: true,
      change: "reconnect",
      output: { doc: "The remote site's SSO user." },
    }),
    remotePscPassword: text({
      doc: "The remote site's SSO password.",
      required: true,
      secret: true,
      change: "reconnect",
      output: { doc: "The remote site's SSO password." },
    }),
    forceDelete: flag({
      doc: "Delete removes only this site's half of the pairing, for a remote site gone for good.",
      default: false,
      change: "record",
      changeDoc: "A change is saved without any VRMS call (it only changes the next delete).",
      output: { doc: "Whether delete removes only this site's half (false unless set)." },
    }),
    deleteWithReplications: flag({
      doc:
        "A delete (without forceDelete) of a pairing that still carries replications goes ahead: " +
        "`false` stops it before any change, naming how many replications it carries.",
      default: false,
      change: "record",
      changeDoc: "A change is saved without any VRMS call (it only changes the next delete).",
      output: { doc: "Whether delete goes ahead while the pairing carries replications." },
    }),
    adoptExisting: flag({
      doc:
        "What create does when a pairing to the same remote vCenter already exists, or a create " +
        'of it is running: `true` adopts that pairing (`ownership` "adopted"), waiting for a ' +
        "running create first; otherwise create fails, naming the pairing (and when its create " +
        "task ran) and the line that adopts it: it never takes over a pairing on its own.",
      defaultText: "false",
      change: "none",
      output: { doc: "Whether create adopts an existing pairing to the same vCenter, as given." },
    }),
    adoptPairingId: text({
      doc:
        "Adopt this existing pairing at create instead of making one: the import path, because " +
        "`pulumi import` cannot drive a dynamic provider.",
      change: "none",
      output: { doc: "The pairing adopted by id, when one was named." },
    }),
    timeouts: TIMEOUTS_INPUT,
    resourceName: text({
      doc: "The resource's name, set by the VrPairing constructor so progress lines can name it.",
      change: "none",
      output: "internal",
    }),
  },
  outputs: {
    pairingId: { doc: "The VRMS pairing id, also the resource id.", type: "string" },
    connectionStatus: {
      doc:
        "Health at the last create, update or refresh: `connected` (every server OK, no issue), " +
        "`degraded` (a WARNING or an issue), `disconnected` (the remote side in ERROR or unread). " +
        "Anything but `connected` makes the next `up` reconnect.",
      type: "ConnectionStatus",
    },
    localVcServer: {
      doc: "The local vCenter `{id, name, url, status, version}`, null when not reported.",
      type: "ServerSummary | null",
    },
    remoteVcServer: {
      doc: "The remote vCenter `{id, name, url, status, version}`, null when not reported.",
      type: "ServerSummary | null",
    },
    localVrms: {
      doc: "The local VRMS `{id, name, url, status, version}`, null when not reported.",
      type: "ServerSummary | null",
    },
    remoteVrms: {
      doc: "The remote VRMS `{id, name, url, status, version}`, null when not reported.",
      type: "ServerSummary | null",
    },
    issues: {
      doc: "The pairing's current issues (read only when a server is not OK); [] when healthy.",
      type: "PairingIssue[]",
    },
    lastTask: {
      doc: "The last VRMS task this resource ran or waited for; null when adopted.",
      type: "LastTask | null",
    },
    ownership: {
      doc:
        "How this resource came to own the pairing: `created` (its create made it), `adopted` " +
        "(adoptPairingId or adoptExisting: true); `recovered` only in state written by versions " +
        "that took over a pairing without being asked. Null in state written by a version that " +
        "did not record it, and for `VrPairing.get`.",
      type: "Ownership | null",
    },
  },
});

/**
 * The plain PairingInputs (generated into inputs.ts) is exactly what the schemas infer; a stale
 * one fails to compile here ("true is not assignable to false"): run `npm run docs:fields`.
 */
export const PAIRING_INPUTS_TYPE_IS_CURRENT: Same<
  PairingInputs,
  InputsOf<typeof VR_PAIRING.inputs>
> = true;

/** Every input field of the table, typed loosely, for the generic readers. */
export const PAIRING_INPUT_FIELDS: Record<InputKey, InputField<PairingChange>> = VR_PAIRING.inputs;
