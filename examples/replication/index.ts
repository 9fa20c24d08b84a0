import * as pulumi from "@pulumi/pulumi";
import { VrPairing, VrReplication, getDatastores, getVms } from "pulumi-vr-pairing";

const config = new pulumi.Config();
const vrmsUrl = config.require("vrmsUrl");
const vrmsUsername = config.get("vrmsUsername") ?? "administrator@vsphere.local";
const vrmsThumbprint = config.get("vrmsThumbprint");
const remotePscUsername = config.get("remotePscUsername") ?? "administrator@vsphere.local";

// The pairing the replications go over (see examples/basic).
const pairing = new VrPairing("dr-site", {
  vrmsUrl,
  vrmsUsername,
  vrmsPassword: config.requireSecret("vrmsPassword"),
  vrmsThumbprint,
  remoteVcId: config.require("remoteVcId"),
  remotePscHost: config.require("remotePscHost"),
  remotePscThumbprint: config.get("remotePscThumbprint"),
  remotePscUsername,
  remotePscPassword: config.requireSecret("remotePscPassword"),
});

// Which VMs, by name; which of them stay paused; the RPO in minutes.
const vmNames = config.getObject<string[]>("vmNames") ?? ["vm-001", "vm-002", "vm-003"];
const pausedVms = config.getObject<string[]>("pausedVms") ?? ["vm-003"];
const rpo = config.getNumber("rpo") ?? 15;

// The lookups read the VRMS once the pairing exists; ids are not secret, so unsecret them.
const lookup = pulumi
  .all([
    pairing.pairingId,
    pairing.remoteVcId,
    pairing.localVcServer,
    config.requireSecret("vrmsPassword"),
    config.requireSecret("remotePscPassword"),
  ])
  .apply(([pairingId, remoteVcId, localVc, vrmsPassword, remotePassword]) => ({
    conn: { vrmsUrl, vrmsUsername, vrmsPassword, vrmsThumbprint, pairingId },
    remote: { remoteUsername: remotePscUsername, remotePassword },
    localVcId: localVc?.id ?? "",
    remoteVcId,
  }));

// The target datastore with the most free space.
const datastoreId = pulumi.unsecret(
  lookup.apply(async (l) => {
    const all = await getDatastores({ ...l.conn, ...l.remote, vcenterId: l.remoteVcId });
    const best = all.reduce((a, b) => ((a.free_space ?? 0) >= (b.free_space ?? 0) ? a : b));
    return best.id ?? "";
  }),
);

const replications = vmNames.map((name) => {
  const vmId = pulumi.unsecret(
    lookup.apply(async (l) => {
      const [vm] = await getVms({ ...l.conn, vcenterId: l.localVcId, name });
      return vm.id ?? "";
    }),
  );
  return new VrReplication(name, {
    pairing,
    vmId,
    datastoreId,
    diskFormat: "THIN",
    rpo,
    networkCompression: true,
    paused: pausedVms.includes(name),
  });
});

export const pairingId = pairing.pairingId;
export const health = pulumi
  .all(replications.map((r) => pulumi.all([r.vmName, r.health])))
  .apply((rows) => Object.fromEntries(rows.map(([name, h]) => [name ?? "?", h])));
