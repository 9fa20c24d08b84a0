// The field table mechanism (provider/fields/) and what the VrPairing table says: which
// inputs replace, reconnect or are only recorded, which are secret, where connection fields
// fall back to; and that a second resource declares its own table with the same mechanism.
import { strict as assert } from "assert";
import { unknownValue } from "@pulumi/pulumi/runtime";
import { describeSources } from "../../provider/connection";
import { NO_CALL_KEYS } from "../../provider/diff";
import { defineResource, inputsWhere, secretNames } from "../../provider/fields/field";
import { durations, flag, port, text, thumbprint } from "../../provider/fields/kinds";
import { inputParser } from "../../provider/fields/parse";
import { RECONNECT_KEYS } from "../../provider/inputs";
import { PAIRING_INPUT_FIELDS, VR_PAIRING } from "../../provider/pairing-fields";

describe("provider/fields: the VrPairing table", () => {
  it("secret: the two passwords, nothing else", () => {
    assert.deepEqual(secretNames(VR_PAIRING), ["vrmsPassword", "remotePscPassword"]);
  });

  it("what a change means, per input", () => {
    assert.deepEqual(inputsWhere(PAIRING_INPUT_FIELDS, "replace"), ["remoteVcId"]);
    assert.deepEqual(inputsWhere(PAIRING_INPUT_FIELDS, "readdress"), ["vrmsUrl"]);
    assert.deepEqual(RECONNECT_KEYS, [
      "remotePscHost",
      "remotePscPort",
      "remotePscThumbprint",
      "remotePscCertificate",
      "remotePscUsername",
      "remotePscPassword",
    ]);
    assert.deepEqual(NO_CALL_KEYS, [
      "vrmsUsername",
      "vrmsPassword",
      "vrmsThumbprint",
      "vrmsCaBundle",
      "vrmsInsecure",
      "forceDelete",
      "deleteWithReplications",
      "timeouts",
    ]);
    assert.deepEqual(inputsWhere(PAIRING_INPUT_FIELDS, "none"), [
      "adoptExisting",
      "adoptPairingId",
      "resourceName",
    ]);
  });

  it("connection fields name their config key and variable; the password's says --secret", () => {
    assert.equal(
      describeSources("password"),
      "the `vrmsPassword` input, `pulumi config set vr-pairing:password --secret`, or the VRMS_PASSWORD environment variable",
    );
    assert.match(describeSources("caBundle"), /vr-pairing:caBundle`, or the VRMS_CA_BUNDLE/);
  });

  it("compares values as Check makes them: thumbprint spellings, a port as text, defaults", () => {
    const { remotePscThumbprint, remotePscPort, timeouts } = PAIRING_INPUT_FIELDS;
    const canonical = "AB:".repeat(31) + "AB";
    assert.equal(remotePscThumbprint.comparable(`sha256:${"ab ".repeat(32)}`), canonical);
    assert.equal(remotePscPort.comparable("8443"), 8443);
    assert.equal(remotePscPort.comparable(undefined), 443);
    assert.deepEqual(timeouts.comparable({ delete: "1h" }), {
      create: "30m",
      update: "30m",
      delete: "1h",
    });
  });
});

describe("provider/fields: a second resource with its own table", () => {
  const WIDGET = defineResource({
    resource: "Widget",
    changes: {
      rebuild: { label: "replace", doc: "Changing it rebuilds the widget." },
      tune: { label: "update", doc: "A change tunes the widget in place." },
    },
    inputs: {
      name: text({
        doc: "The widget's name.",
        required: true,
        change: "rebuild",
        output: { doc: "Its name." },
      }),
      size: port({ doc: "Its size.", default: 10, change: "tune", output: { doc: "Its size." } }),
      shiny: flag({
        doc: "Whether it shines.",
        default: false,
        change: "tune",
        output: { doc: "Shine." },
      }),
      pin: thumbprint({ doc: "Its pin.", change: "tune", output: { doc: "Its pin." } }),
      token: text({ doc: "Its token.", secret: true, change: "tune", output: { doc: "Token." } }),
      waits: durations({
        doc: "How long it waits.",
        defaults: { build: "5m" },
        typeName: "WidgetWaits",
        change: "tune",
        output: { doc: "Waits." },
      }),
    },
    outputs: { serial: { doc: "Its serial number.", type: "string", secret: true } },
  });
  const parse = inputParser(WIDGET.resource, WIDGET.inputs);

  it("parses to typed, defaulted inputs", () => {
    const { inputs, failures } = parse({ name: " w1 ", shiny: "yes", token: " t " });
    assert.deepEqual(failures, []);
    assert.deepEqual(inputs, {
      name: "w1",
      size: 10,
      shiny: true,
      token: " t ",
      waits: { build: "5m" },
    });
    assert.deepEqual(secretNames(WIDGET), ["token", "serial"]);
    assert.deepEqual(inputsWhere(WIDGET.inputs, "rebuild"), ["name"]);
  });

  it("names each failure's property, what is wrong and what it is", () => {
    const { failures } = parse({
      size: 0,
      pin: "AB:CD",
      colour: "red",
      waits: { build: "soon", later: "1m" },
    });
    const byProperty = Object.fromEntries(failures.map((f) => [f.property, f.reason]));
    assert.deepEqual(Object.keys(byProperty).sort(), [
      "colour",
      "name",
      "pin",
      "size",
      "waits.build",
      "waits.later",
    ]);
    assert.equal(byProperty.name, "name is required: the widget's name");
    assert.equal(byProperty.colour, '"colour" is not a Widget input');
    assert.equal(byProperty["waits.later"], "only build exists");
    assert.match(byProperty.size, /integer from 1 to 65535, got 0/);
    assert.match(byProperty.pin, /SHA-1 .*"AB:CD"/);
    assert.match(byProperty["waits.build"], /"soon" is not a duration/);
  });

  it("lets values unknown during a preview through, nested ones too", () => {
    const { inputs, failures } = parse({
      name: unknownValue,
      size: unknownValue,
      waits: { build: unknownValue },
    });
    assert.deepEqual(failures, []);
    assert.equal(inputs.name, unknownValue);
    assert.equal(inputs.size, unknownValue);
    assert.deepEqual(inputs.waits, { build: unknownValue });
  });
});
