// Plain inputs as the provider host passes them (secrets already unwrapped).
export const VC_ID = "4f1a2b3c-0000-4000-8000-000000000001";

export function validInputs(over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    vrmsUrl: "https://vrms.example.test",
    vrmsUsername: "administrator@vsphere.local",
    vrmsPassword: "Local-Pass!",
    remoteVcId: VC_ID,
    remotePscHost: "vc-remote-01.example.test",
    remotePscUsername: "administrator@vsphere.local",
    remotePscPassword: "Remote-01-Pass!",
    ...over,
  };
}

/** An environment with none of the VRMS_* fallbacks. */
export const NO_ENV: NodeJS.ProcessEnv = {};
