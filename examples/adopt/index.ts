import * as pulumi from "@pulumi/pulumi";
import { VrPairing } from "pulumi-vr-pairing";

// Bring a pairing that already exists (made in the vSphere Client or by a script) under
// management. `pulumi import` cannot drive a dynamic provider, so the pairing is named by an
// input instead: the first `pulumi up` reads it and records it in state without calling
// create or reconnect. The VRMS connection comes from `vr-pairing:*` config or VRMS_* env.
const config = new pulumi.Config();

const pairing = new VrPairing(
  "existing-dr-site",
  {
    adoptPairingId: config.require("pairingId"),
    remoteVcId: config.require("remoteVcId"),
    remotePscHost: config.require("remotePscHost"),
    remotePscThumbprint: config.get("remotePscThumbprint"),
    remotePscUsername: config.get("remotePscUsername") ?? "administrator@vsphere.local",
    remotePscPassword: config.requireSecret("remotePscPassword"),
  },
  // While you build trust in the program, keep `pulumi destroy` from unpairing the sites.
  { retainOnDelete: config.getBoolean("retainOnDelete") ?? true },
);

export const pairingId = pairing.pairingId;
export const connectionStatus = pairing.connectionStatus;
export const lastTask = pairing.lastTask;
