// What the pure diff (diff.ts) needs that neither state nor inputs hold, gathered with I/O:
// the address the new inputs reach (the input, else VRMS_URL in the provider host's
// environment) and, only when that address moved and nothing else replaces the pairing, who
// the VRMS there is (one or two reads, vrms-identity.ts).
import type { VrmsClientPool } from "./clients";
import { resolveConnection } from "./connection";
import { asksWhoIsThere, diffPairing, type DiffFacts } from "./diff";
import { EngineProps, readInputs } from "./inputs";
import { readState } from "./outputs";
import { identifyVrms } from "./vrms-identity";

/** The address the new inputs reach: the input, else VRMS_URL; unknown during a preview. */
export function vrmsUrlOf(news: EngineProps, env: NodeJS.ProcessEnv = process.env): unknown {
  return resolveConnection(readInputs(news), env).raw.url;
}

export async function gatherDiffFacts(
  id: string,
  olds: EngineProps,
  news: EngineProps,
  clients: VrmsClientPool,
  env: NodeJS.ProcessEnv = process.env,
): Promise<DiffFacts> {
  const facts: DiffFacts = { vrmsUrl: vrmsUrlOf(news, env) };
  const planned = diffPairing(olds, news, facts);
  if (!asksWhoIsThere(planned)) return facts;
  const from = planned.readdressed.from;
  const identity = await identifyVrms(id, from, readState(olds), readInputs(news), clients, env);
  return { ...facts, identity };
}
