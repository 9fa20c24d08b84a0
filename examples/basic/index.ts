import * as pulumi from "@pulumi/pulumi";
import { VrPairing } from "pulumi-vr-pairing";

const config = new pulumi.Config();

// One pairing between this site's VRMS and the disaster-recovery site's vCenter.
// Both passwords are stack secrets: `pulumi config set --secret vrmsPassword ...`.
const pairing = new VrPairing("dr-site", {
  vrmsUrl: config.require("vrmsUrl"),
  vrmsUsername: config.get("vrmsUsername") ?? "administrator@vsphere.local",
  vrmsPassword: config.requireSecret("vrmsPassword"),
  // Pin the appliance's self-signed certificate (SHA-256 or SHA-1, colons optional).
  vrmsThumbprint: config.get("vrmsThumbprint"),
  remoteVcId: config.require("remoteVcId"),
  remotePscHost: config.require("remotePscHost"),
  remotePscThumbprint: config.get("remotePscThumbprint"),
  remotePscUsername: config.get("remotePscUsername") ?? "administrator@vsphere.local",
  remotePscPassword: config.requireSecret("remotePscPassword"),
  timeouts: { create: "30m", update: "30m", delete: "30m" },
});

export const pairingId = pairing.pairingId;
export const connectionStatus = pairing.connectionStatus;
export const remoteVcName = pairing.remoteVcServer.apply((server) => server?.name ?? "");
export const issues = pairing.issues.apply((list) => list.map((issue) => issue.description));
