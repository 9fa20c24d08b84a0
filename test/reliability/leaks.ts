import * as assert from "assert";
import type { Simulator } from "../../simulator";
import { HostCallError, StateResource, StepEvent } from "../../tools/engine";

/**
 * Everything a scenario produced that a user (or a log collector) could see: host console
 * lines, error messages and details, and state properties outside the keys Pulumi keeps
 * secret. `assertClean` fails when a password, session id or Authorization value is in it.
 */
export class LeakLedger {
  private readonly texts: { where: string; text: string }[] = [];
  private readonly secrets = new Set<string>();

  /** A value that must never be seen (a password, a token). */
  secret(value: string | undefined): void {
    if (value && value.length >= 4) this.secrets.add(value);
  }

  /** A login: its password and the Basic Authorization value built from it. */
  credentials(username: string, password: string): void {
    this.secret(password);
    this.secret(Buffer.from(`${username}:${password}`).toString("base64"));
  }

  see(where: string, text: string): void {
    this.texts.push({ where, text });
  }

  seeError(where: string, err: unknown): void {
    for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
      if (!(e instanceof Error)) {
        this.see(where, String(e));
        break;
      }
      this.see(`${where} message`, e.message);
      this.see(`${where} stack`, e.stack ?? "");
      if (e instanceof HostCallError) {
        this.see(`${where} details`, e.details);
        const f = e.initFailure;
        if (f) {
          // The engine stores these as the resource's outputs; passwords there are secret keys.
          this.seeProperties(`${where} partial`, f.properties, [
            "vrmsPassword",
            "remotePscPassword",
            "remotePassword", // VrReplication's
          ]);
          this.see(`${where} reasons`, f.reasons.join("\n"));
        }
      }
      e = (e as Error & { cause?: unknown }).cause;
    }
  }

  seeProperties(where: string, props: Record<string, unknown>, secretKeys: readonly string[]) {
    for (const [k, v] of Object.entries(props)) {
      if (secretKeys.includes(k)) continue;
      this.see(`${where}.${k}`, JSON.stringify(v));
    }
  }

  seeState(where: string, r: StateResource): void {
    this.seeProperties(`${where} ${r.name} inputs`, r.inputs, r.secretKeys);
    this.seeProperties(`${where} ${r.name} outputs`, r.outputs, r.secretKeys);
  }

  /** A Deployment step: outputs (minus secret keys) and any error. */
  seeStep(e: StepEvent): void {
    if (e.outputs) this.seeProperties(`${e.op} ${e.name}`, e.outputs, e.secretKeys ?? []);
    if (e.error) this.seeError(`${e.op} ${e.name} error`, e.error);
  }

  /** Collects the simulator's users, remote passwords and every session id it issued. */
  simulatorSecrets(sim: Simulator): void {
    for (const u of sim.users) this.credentials(u.username, u.password);
    for (const s of sim.remoteSites) this.credentials(s.username, s.password);
    for (const id of sim.control.sessionIds()) this.secret(id);
  }

  get size(): number {
    return this.texts.length;
  }

  get secretCount(): number {
    return this.secrets.size;
  }

  assertClean(): void {
    const found: string[] = [];
    for (const { where, text } of this.texts) {
      for (const s of this.secrets) {
        if (text.includes(s)) found.push(`${where} contains a secret (${s.slice(0, 2)}…)`);
      }
    }
    assert.deepStrictEqual(found, [], "secrets leaked");
  }
}
