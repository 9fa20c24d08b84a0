import * as pulumi from "@pulumi/pulumi";
import { isSecretWrapper, PropertyMap, secretKeysOf, toWireMap } from "./properties";

/** One resource as the program registered it (what the engine would receive). */
export interface RegisteredResource {
  type: string;
  name: string;
  custom: boolean;
  /** Inputs in plain text (secret wrappers removed), `__provider` included for dynamic resources. */
  inputs: PropertyMap;
  /** Top-level input keys the program marked secret (the engine keeps the same output keys secret). */
  secretKeys: string[];
  /** The serialized provider text for dynamic resources. */
  provider?: string;
  /** Set when the program reads an existing resource (`Resource.get`): the engine's Read. */
  id?: string;
}

export interface MockAnswer {
  id: string;
  /** Outputs; keys listed in `secretKeys` come back to the program as secrets. */
  state: Record<string, unknown>;
  secretKeys?: string[];
}

export interface ProgramRunOptions {
  project?: string;
  stack?: string;
  /** Stack config, namespaced keys ("vr-pairing-basic:vrmsUrl"). */
  config?: Record<string, string>;
  secretConfigKeys?: string[];
  /** Answers a registration; default: echo the inputs with id "<name>-id". */
  onResource?: (resource: RegisteredResource) => MockAnswer | Promise<MockAnswer>;
}

export interface ProgramRun {
  resources: RegisteredResource[];
  /** Stack outputs, resolved; secret ones in plain text and listed in `secretOutputs`. */
  outputs: Record<string, unknown>;
  secretOutputs: string[];
}

function withSecrets(
  state: Record<string, unknown>,
  secretKeys: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...state };
  for (const k of secretKeys) {
    if (k in out && !isSecretWrapper(out[k])) {
      out[k] = {
        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
        value: out[k],
      };
    }
  }
  return out;
}

async function resolveOutput(value: unknown): Promise<{ value: unknown; secret: boolean }> {
  // pulumi.output lifts nested Outputs (an object of Outputs), as the engine does for stack outputs.
  const out = pulumi.output(value) as pulumi.Output<unknown>;
  const secret = await pulumi.isSecret(out);
  const resolved = await new Promise<unknown>((resolve) => out.apply((v) => resolve(v)));
  return { value: resolved, secret };
}

/**
 * Runs a Pulumi program function under `pulumi.runtime.setMocks`, as the engine would run it but
 * without one: each registration goes to `onResource` (which may forward to a real provider
 * host), and the program's returned object becomes the stack outputs.
 */
export async function runProgram(
  program: () => unknown | Promise<unknown>,
  options: ProgramRunOptions = {},
): Promise<ProgramRun> {
  const project = options.project ?? "vr-pairing-program";
  const stack = options.stack ?? "dev";
  const resources: RegisteredResource[] = [];
  const pending = new Set<Promise<unknown>>();
  const failures: unknown[] = [];
  pulumi.runtime.setAllConfig(options.config ?? {}, options.secretConfigKeys ?? []);
  await pulumi.runtime.setMocks(
    {
      newResource: (args: pulumi.runtime.MockResourceArgs) => {
        const raw = args.inputs as Record<string, unknown>;
        const provider = typeof raw.__provider === "string" ? raw.__provider : undefined;
        const resource: RegisteredResource = {
          type: args.type,
          name: args.name,
          custom: args.custom ?? false,
          inputs: toWireMap(raw),
          secretKeys: secretKeysOf(raw),
          ...(provider ? { provider } : {}),
          ...(args.id ? { id: args.id } : {}),
        };
        resources.push(resource);
        const answer = (async () => {
          if (!resource.custom || !options.onResource) {
            return { id: resource.custom ? `${args.name}-id` : "", state: raw };
          }
          const a = await options.onResource(resource);
          return { id: a.id, state: withSecrets(a.state, a.secretKeys ?? resource.secretKeys) };
        })();
        const tracked = answer.catch((e: unknown) => {
          failures.push(e);
          throw e;
        });
        pending.add(tracked);
        void tracked.finally(() => pending.delete(tracked)).catch(() => undefined);
        return tracked;
      },
      call: (args: pulumi.runtime.MockCallArgs) => args.inputs,
    },
    project,
    stack,
    false,
  );

  // runInPulumiStack resolves plain values; keep the program's own object to see which are secret.
  // A program error is kept out of the SDK's promise chains (where it would surface as an
  // unhandled rejection) and rethrown here.
  let exported: unknown;
  let programError: { error: unknown } | undefined;
  await pulumi.runtime.runInPulumiStack(async () => {
    try {
      exported = await program();
    } catch (error) {
      programError = { error };
    }
    return programError ? {} : exported;
  });
  if (programError) throw programError.error;
  const outputs: Record<string, unknown> = {};
  const secretOutputs: string[] = [];
  for (const [k, v] of Object.entries((exported ?? {}) as Record<string, unknown>)) {
    const r = await resolveOutput(v);
    outputs[k] = r.value;
    if (r.secret) secretOutputs.push(k);
  }
  // Registrations that feed no output are still awaited, as the engine waits for all steps.
  // waitForRPCs is exported by the runtime but not declared in its typings.
  const waitForRPCs = (pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> })
    .waitForRPCs;
  do {
    if (waitForRPCs) await waitForRPCs();
    await Promise.allSettled([...pending]);
  } while (pending.size > 0);
  if (failures.length > 0) throw failures[0];
  return { resources, outputs, secretOutputs };
}

/**
 * Constructs resources with `build` under mocks and returns what the engine would receive for
 * each dynamic one (the real `__provider` text, never a hand-written one).
 */
export async function captureProgram(
  build: () => unknown,
  options: Omit<ProgramRunOptions, "onResource"> = {},
): Promise<RegisteredResource[]> {
  const run = await runProgram(build, options);
  return run.resources.filter((r) => r.provider !== undefined);
}
