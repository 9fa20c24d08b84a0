import { strict as assert } from "assert";
import { useSimulator } from "../support/simulator";
import { inputsFor, rejection, useProviderSandbox } from "./harness";

const ENV_KEYS = ["VRMS_URL", "VRMS_USERNAME", "VRMS_PASSWORD", "VRMS_THUMBPRINT", "VRMS_INSECURE"];

describe("provider connection fallbacks and shared sessions", () => {
  const s = useSimulator({ remoteSiteCount: 6 });
  const box = useProviderSandbox();
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => {
    for (const k of ENV_KEYS) saved[k] = process.env[k];
  });
  afterEach(() => {
    for (const k of ENV_KEYS) {
      if (saved[k] === undefined) delete process.env[k];
      else process.env[k] = saved[k];
    }
  });
  const noConnection = { vrmsUrl: undefined, vrmsUsername: undefined, vrmsPassword: undefined };
  const noThumbprint = { vrmsThumbprint: undefined };

  it("takes the connection from VRMS_* environment variables", async () => {
    process.env.VRMS_URL = s.sim.url;
    process.env.VRMS_USERNAME = s.sim.users[0].username;
    process.env.VRMS_PASSWORD = s.sim.users[0].password;
    process.env.VRMS_THUMBPRINT = s.sim.thumbprints.sha1;
    const inputs = inputsFor(s.sim, 0, { ...noConnection, ...noThumbprint });
    const { id, outs } = await box.provider().create(inputs);
    assert.equal(outs.vrmsUrl, s.sim.url);
    assert.equal(outs.vrmsPassword, undefined); // never copied from the environment into state
    assert.equal((await box.provider().read(id, outs)).id, id);
    await box.provider().delete(id, outs);
  });

  it("an input beats the environment", async () => {
    process.env.VRMS_PASSWORD = "wrong-from-env";
    const { id, outs } = await box.provider().create(inputsFor(s.sim, 2));
    await box.provider().delete(id, outs);
  });

  it("fails naming each way to give a missing connection field", async () => {
    for (const k of ENV_KEYS) delete process.env[k];
    const inputs = inputsFor(s.sim, 0);
    delete inputs.vrmsPassword;
    const err = await rejection(box.provider().create(inputs));
    assert.match(err.message, /vrmsPassword/);
    assert.match(err.message, /vr-pairing:password --secret/);
    assert.match(err.message, /VRMS_PASSWORD/);
  });

  it("N pairings through one connection log in once", async () => {
    s.sim.control.resetCounters();
    const results = await Promise.all(
      [3, 4, 5].map((i) => box.provider().create(inputsFor(s.sim, i))),
    );
    assert.equal(new Set(results.map((r) => r.id)).size, 3);
    assert.equal(s.sim.control.counters().logins, 1);
    assert.equal(box.clients.size, 1);
    await Promise.all(results.map((r) => box.provider().delete(r.id, r.outs)));
    assert.equal(s.sim.control.counters().logins, 1);
  });
});
