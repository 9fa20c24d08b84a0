import * as pulumi from "@pulumi/pulumi";
import { VrPairing } from "pulumi-vr-pairing";

// The local VRMS connection is given once for the stack, in the provider's namespace:
//   pulumi config set vr-pairing:url https://vrms.site-a.example.com
//   pulumi config set vr-pairing:username administrator@vsphere.local
//   pulumi config set --secret vr-pairing:password ...
//   pulumi config set vr-pairing:thumbprint AB:CD:...
// (or VRMS_URL / VRMS_USERNAME / VRMS_PASSWORD / VRMS_THUMBPRINT in the environment).

interface RemoteSite {
  /** Resource name, e.g. "site-b" */
  name: string;
  /** The remote vCenter's id (pair_vc_id) */
  vcId: string;
  pscHost: string;
  pscPort?: number;
  pscThumbprint?: string;
  username?: string;
  /** Remove only this site's half on destroy when the remote site is gone for good. */
  forceDelete?: boolean;
}

const config = new pulumi.Config();
const sites = config.requireObject<RemoteSite[]>("sites");
// One secret map for all remote passwords: `pulumi config set --secret --path 'remotePasswords.site-b' ...`
const passwords = config.requireSecretObject<Record<string, string>>("remotePasswords");

const pairings = sites.map(
  (site) =>
    new VrPairing(site.name, {
      remoteVcId: site.vcId,
      remotePscHost: site.pscHost,
      remotePscPort: site.pscPort,
      remotePscThumbprint: site.pscThumbprint,
      remotePscUsername: site.username ?? "administrator@vsphere.local",
      remotePscPassword: passwords.apply((all) => {
        const password = all[site.name];
        if (!password) throw new Error(`no remotePasswords.${site.name} in the stack config`);
        return password;
      }),
      forceDelete: site.forceDelete ?? false,
    }),
);

export const pairingIds = Object.fromEntries(pairings.map((p, i) => [sites[i].name, p.pairingId]));
export const unhealthy = pulumi
  .all(pairings.map((p) => pulumi.all([p.remoteVcServer, p.connectionStatus])))
  .apply((rows) =>
    rows.filter(([, status]) => status !== "connected").map(([server]) => server?.name ?? "?"),
  );
