// The rows both resources' tables hold (pairing-fields.ts, replication/fields.ts), declared
// once: how to reach the local VRMS, and the time-outs. Each table says what a change of them
// means in its own words (its `changes` for "readdress" and "record").
import { normalizeBaseUrl } from "../sdk/url";
import type { ConnectionSettings } from "./connection";
import type { Fallback } from "./fields/field";
import { durations, flag, pem, text, thumbprint } from "./fields/kinds";
import { DEFAULT_TIMEOUTS } from "./timeouts";

/** A fallback whose config key names the connection setting it fills. */
const fallback = (config: keyof ConnectionSettings, env: string) =>
  ({ config, env }) satisfies Fallback;

/** Another spelling of the same address compares equal; one that does not parse, as written. */
function sameAddress(url: string): string {
  try {
    return normalizeBaseUrl(url);
  } catch {
    return url;
  }
}

/**
 * How to reach the local VRMS. Each may be left out of the inputs and given once per stack
 * (`vr-pairing:*`) or by the environment of the `pulumi` process (VRMS_*).
 */
export const VRMS_CONNECTION_INPUTS = {
  vrmsUrl: text({
    doc: 'The local VRMS: "https://vrms.example.com", a full API base URL, or "host[:port]".',
    required: true,
    fallback: fallback("url", "VRMS_URL"),
    comparedAs: sameAddress,
    change: "readdress",
    output: {
      doc: "The local VRMS API base URL actually used (input, stack config or VRMS_URL).",
      type: "string",
    },
  }),
  vrmsUsername: text({
    doc: "The local VRMS login (an SSO user).",
    required: true,
    fallback: fallback("username", "VRMS_USERNAME"),
    change: "record",
    output: { doc: "The local VRMS login, as given." },
  }),
  vrmsPassword: text({
    doc: "The local VRMS password.",
    required: true,
    secret: true,
    fallback: fallback("password", "VRMS_PASSWORD"),
    change: "record",
    output: { doc: "The local VRMS password, as given." },
  }),
  vrmsThumbprint: thumbprint({
    doc: "Pin of the VRMS certificate: SHA-256 or SHA-1, any case, colons or spaces optional, a `sha256:` prefix allowed. Without a pin or CA bundle the system's certificate authorities decide.",
    fallback: fallback("thumbprint", "VRMS_THUMBPRINT"),
    change: "record",
    output: { doc: "The VRMS certificate pin, as given (uppercase, colon-separated)." },
  }),
  vrmsCaBundle: pem({
    doc: "PEM text, or the path of a PEM file, of the certificate authorities to trust for the VRMS.",
    fallback: fallback("caBundle", "VRMS_CA_BUNDLE"),
    change: "record",
    output: { doc: "The trusted CA bundle (PEM or path), as given." },
  }),
  vrmsInsecure: flag({
    doc: "Skip certificate checks and allow http:// (a warning says so).",
    defaultText: "false",
    fallback: fallback("insecure", "VRMS_INSECURE"),
    change: "record",
    output: { doc: "Whether certificate checks are off, as given." },
  }),
};

/** How long each operation waits for its VRMS task. */
export const TIMEOUTS_INPUT = durations({
  doc: "How long create, update and delete wait for their VRMS task (Pulumi's `customTimeouts` do not reach a dynamic provider).",
  defaults: DEFAULT_TIMEOUTS,
  typeName: "VrPairingTimeouts",
  change: "record",
  output: { doc: "The time-outs in force, defaults filled in." },
});
