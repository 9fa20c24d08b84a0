import { strict as assert } from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { VR_PAIRING_TYPE, VrPairing } from "../../provider";
import { VC_ID } from "./fixtures";

interface Registration {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
}

/** Registers resources under mocks; the mock answers like a provider that echoes inputs. */
async function withMocks(config: Record<string, string>, secretKeys: string[] = []) {
  const registrations: Registration[] = [];
  pulumi.runtime.setAllConfig(config, secretKeys);
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registrations.push({ type: args.type, name: args.name, inputs: args.inputs });
        return {
          id: "pairing-1",
          state: {
            ...args.inputs,
            pairingId: "pairing-1",
            connectionStatus: "connected",
            localVcServer: { id: "l", name: "vc-local", url: "u", status: "OK", version: "9" },
            issues: [],
            lastTask: null,
          },
        };
      },
      call: (args) => args.inputs,
    },
    "vr-pairing-test",
    "dev",
    false,
  );
  return registrations;
}

function resolved<T>(o: pulumi.Output<T>): Promise<T> {
  return new Promise((resolve) => o.apply((v) => resolve(v)));
}

const remote = {
  remoteVcId: VC_ID,
  remotePscHost: "vc-remote-01.example.test",
  remotePscUsername: "administrator@vsphere.local",
  remotePscPassword: "Remote-01-Pass!",
};

describe("provider/resource under pulumi mocks", () => {
  after(() => pulumi.runtime.setAllConfig({}));

  it("registers the custom type, resolves typed outputs and keeps passwords secret", async () => {
    const regs = await withMocks({});
    const r = new VrPairing("site-b", {
      vrmsUrl: "https://vrms.example.test",
      vrmsUsername: "administrator@vsphere.local",
      vrmsPassword: "Local-Pass!",
      ...remote,
    });
    const id = await resolved(r.id);
    assert.equal(id, "pairing-1");
    assert.equal(await resolved(r.pairingId), "pairing-1");
    assert.equal(await resolved(r.connectionStatus), "connected");
    assert.equal((await resolved(r.localVcServer))?.name, "vc-local");
    assert.deepEqual(await resolved(r.issues), []);
    assert.equal(await pulumi.isSecret(r.vrmsPassword), true);
    assert.equal(await pulumi.isSecret(r.remotePscPassword), true);
    assert.equal(await pulumi.isSecret(r.remotePscUsername), false);

    assert.equal(regs.length, 1);
    assert.equal(regs[0].type, VR_PAIRING_TYPE);
    assert.equal(regs[0].inputs.resourceName, "site-b");
    const text = regs[0].inputs.__provider;
    assert.equal(typeof text, "string");
    // Budget well under 2 KB: it is stored twice per resource in state.
    assert.ok((text as string).length < 1850, `__provider is ${(text as string).length} bytes`);
    assert.match(text as string, /require\("pulumi-vr-pairing\/provider"\)/);
    // Nothing of the implementation is frozen into state.
    assert.doesNotMatch(text as string, /VrmsClient|checkInputs|diffPairing|Remote-01-Pass/);
  });

  it("takes the local VRMS connection from stack configuration, password as a secret", async () => {
    const regs = await withMocks(
      {
        "vr-pairing:url": "https://cfg.example.test",
        "vr-pairing:username": "cfg-user@vsphere.local",
        "vr-pairing:password": "Cfg-Pass!",
        "vr-pairing:insecure": "true",
      },
      ["vr-pairing:password"],
    );
    const r = new VrPairing("cfg", { ...remote, vrmsUsername: "input-user@vsphere.local" });
    assert.equal(await resolved(r.vrmsUrl), "https://cfg.example.test");
    assert.equal(await resolved(r.vrmsUsername), "input-user@vsphere.local");
    assert.equal(await resolved(r.vrmsInsecure), true);
    assert.equal(await pulumi.isSecret(r.vrmsPassword), true);
    assert.equal((regs[0].inputs.vrmsPassword as { value?: unknown }).value, "Cfg-Pass!");
  });

  it("serializes a provider the host can load from the program folder", async () => {
    const regs = await withMocks({});
    const r = new VrPairing("host", { vrmsUrl: "https://vrms.example.test", ...remote });
    await resolved(r.id);
    const text = regs[0].inputs.__provider as string;
    // A program folder whose node_modules resolves the package to this repository, as the
    // dynamic provider host's require-from-string resolves from its working directory.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vrp-host-"));
    try {
      fs.mkdirSync(path.join(dir, "node_modules"));
      const repo = path.resolve(__dirname, "../../..");
      fs.symlinkSync(repo, path.join(dir, "node_modules", "pulumi-vr-pairing"), "dir");
      const file = path.join(dir, "__provider.js");
      fs.writeFileSync(file, text);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const provider = require(file).handler() as pulumi.dynamic.ResourceProvider;
      for (const m of ["check", "diff", "create", "read", "update", "delete"] as const) {
        assert.equal(typeof provider[m], "function", m);
      }
      const checked = await provider.check!({}, { remoteVcId: "" });
      assert.ok(checked.failures?.some((f) => f.property === "remoteVcId"));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
