import { isDeepStrictEqual } from "util";
import { ProgramRun, ProgramRunOptions, RegisteredResource, runProgram } from "./capture";
import { HostCallError } from "./errors";
import { ProviderHost } from "./host";
import { PropertyMap } from "./properties";

/** One resource in the deployment's state, as the engine keeps it (checkpoint). */
export interface StateResource {
  urn: string;
  type: string;
  name: string;
  id: string;
  /** checked inputs, `__provider` included */
  inputs: PropertyMap;
  outputs: PropertyMap;
  /** keys kept secret in state */
  secretKeys: string[];
}

export type StepOp = "create" | "update" | "replace" | "same" | "delete" | "refresh";

export interface StepEvent {
  phase: "start" | "done" | "failed";
  op: StepOp;
  urn: string;
  type: string;
  name: string;
  /** set on done/failed */
  durationMs?: number;
  /** outputs after the step (done) */
  outputs?: PropertyMap;
  secretKeys?: string[];
  /** refresh: the resource disappeared; replace: the keys that forced it; update: changed keys */
  detail?: string;
  error?: Error;
}

export interface OperationSummary {
  steps: StepEvent[];
  counts: Partial<Record<StepOp | "gone", number>>;
  durationMs: number;
}

export interface UpSummary extends OperationSummary {
  outputs: Record<string, unknown>;
  secretOutputs: string[];
  resources: RegisteredResource[];
}

export interface DeploymentOptions {
  onStep?: (event: StepEvent) => void;
  /** Options for each program run (project/stack/config). */
  program?: Omit<ProgramRunOptions, "onResource">;
}

/** Thrown when a step fails; the summary says which steps ran before. */
export class DeploymentError extends Error {
  override readonly name = "DeploymentError";
  constructor(
    readonly operation: string,
    override readonly cause: Error,
    readonly summary: OperationSummary,
  ) {
    super(`${operation} failed: ${cause.message}`);
  }
}

function changedKeys(a: PropertyMap, b: PropertyMap): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => k !== "__provider" && !isDeepStrictEqual(a[k], b[k])).sort();
}

/**
 * A small stand-in for the Pulumi engine's deployment loop, for machines without the CLI: it
 * runs a program under mocks, and for each dynamic resource makes the same provider calls the
 * engine makes (Check, then Create, or Diff and Update / replace), keeps state like a
 * checkpoint, and offers refresh (Read) and destroy (Delete). Every call goes to the real
 * dynamic-provider host over gRPC.
 */
export class Deployment {
  readonly state = new Map<string, StateResource>();
  private configured?: Promise<unknown>;

  constructor(
    readonly host: ProviderHost,
    private readonly options: DeploymentOptions = {},
  ) {}

  private configure(): Promise<unknown> {
    this.configured ??= this.host.configure();
    return this.configured;
  }

  private async step<T>(
    steps: StepEvent[],
    op: StepOp,
    res: { urn: string; type: string; name: string },
    fn: () => Promise<{ value: T; outputs?: PropertyMap; secretKeys?: string[]; detail?: string }>,
    detail?: string,
  ): Promise<T> {
    const started = Date.now();
    const base = { op, urn: res.urn, type: res.type, name: res.name };
    this.options.onStep?.({ phase: "start", ...base, ...(detail ? { detail } : {}) });
    try {
      const r = await fn();
      const event: StepEvent = {
        phase: "done",
        ...base,
        durationMs: Date.now() - started,
        ...(r.outputs ? { outputs: r.outputs, secretKeys: r.secretKeys ?? [] } : {}),
        ...((r.detail ?? detail) ? { detail: r.detail ?? detail } : {}),
      };
      steps.push(event);
      this.options.onStep?.(event);
      return r.value;
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      const event: StepEvent = {
        phase: "failed",
        ...base,
        durationMs: Date.now() - started,
        error,
      };
      steps.push(event);
      this.options.onStep?.(event);
      throw error;
    }
  }

  private summary(steps: StepEvent[], started: number): OperationSummary {
    const counts: OperationSummary["counts"] = {};
    for (const s of steps) {
      if (s.phase !== "done") continue;
      const key = s.op === "refresh" && s.detail === "gone" ? "gone" : s.op;
      counts[key] = (counts[key] ?? 0) + 1;
    }
    return { steps, counts, durationMs: Date.now() - started };
  }

  /** `pulumi up`: run the program, create/update/replace what it declares, delete the rest. */
  async up(program: () => unknown): Promise<UpSummary> {
    await this.configure();
    const started = Date.now();
    const steps: StepEvent[] = [];
    const seen = new Set<string>();
    let run: ProgramRun;
    try {
      run = await runProgram(program, {
        ...this.options.program,
        onResource: async (r) => {
          const urn = this.host.urn(r.type, r.name);
          seen.add(urn);
          const res = await this.register(steps, urn, r);
          return { id: res.id, state: res.outputs, secretKeys: res.secretKeys };
        },
      });
      for (const old of [...this.state.values()].reverse()) {
        if (!seen.has(old.urn)) await this.deleteResource(steps, old);
      }
    } catch (e) {
      throw new DeploymentError(
        "up",
        e instanceof Error ? e : new Error(String(e)),
        this.summary(steps, started),
      );
    }
    return {
      ...this.summary(steps, started),
      outputs: run.outputs,
      secretOutputs: run.secretOutputs,
      resources: run.resources,
    };
  }

  private async register(
    steps: StepEvent[],
    urn: string,
    r: RegisteredResource,
  ): Promise<StateResource> {
    const old = this.state.get(urn);
    const ident = { urn, type: r.type, name: r.name };
    const checked = await this.host.check({ urn, olds: old?.inputs ?? {}, news: r.inputs });
    if (checked.failures.length > 0) {
      const list = checked.failures.map((f) => `${f.property}: ${f.reason}`).join("; ");
      throw new Error(`${r.type} ${r.name}: invalid inputs: ${list}`);
    }
    const news = checked.inputs;
    if (!old) return this.createResource(steps, ident, news, r.secretKeys, "create");

    const diff = await this.host.diff({
      urn,
      id: old.id,
      olds: old.outputs,
      news,
      oldInputs: old.inputs,
    });
    let changes = diff.changes;
    const changed = changedKeys(old.inputs, news);
    // DIFF_UNKNOWN: the engine falls back to comparing old and new inputs itself.
    if (changes === "unknown") changes = changed.length > 0 ? "some" : "none";
    if (changes === "none") {
      const same = { ...old, inputs: news, secretKeys: r.secretKeys };
      this.state.set(urn, same);
      await this.step(steps, "same", ident, async () => ({
        value: undefined,
        outputs: old.outputs,
        secretKeys: same.secretKeys,
      }));
      return same;
    }
    if (diff.replaces.length > 0) {
      const why = diff.replaces.join(", ");
      if (diff.deleteBeforeReplace) {
        await this.deleteResource(steps, old);
        return this.createResource(steps, ident, news, r.secretKeys, "replace", why);
      }
      // Create-before-delete, the engine's default; the old resource goes after the new exists.
      const created = await this.createResource(steps, ident, news, r.secretKeys, "replace", why);
      await this.step(steps, "delete", ident, async () => {
        await this.host.delete({ urn, id: old.id, properties: old.outputs, oldInputs: old.inputs });
        return { value: undefined, detail: `replaced ${old.id}` };
      });
      return created;
    }
    return this.step(
      steps,
      "update",
      ident,
      async () => {
        try {
          const res = await this.host.update({
            urn,
            id: old.id,
            olds: old.outputs,
            news,
            oldInputs: old.inputs,
          });
          const next: StateResource = {
            ...old,
            inputs: news,
            outputs: res.properties,
            secretKeys: r.secretKeys,
          };
          this.state.set(urn, next);
          return { value: next, outputs: next.outputs, secretKeys: next.secretKeys };
        } catch (e) {
          if (e instanceof HostCallError && e.initFailure) {
            this.state.set(urn, { ...old, inputs: news, outputs: e.initFailure.properties });
          }
          throw e;
        }
      },
      changed.length > 0
        ? `changed: ${changed.join(", ")}`
        : "live state drifted, inputs unchanged",
    );
  }

  private createResource(
    steps: StepEvent[],
    ident: { urn: string; type: string; name: string },
    news: PropertyMap,
    secretKeys: string[],
    op: "create" | "replace",
    detail?: string,
  ): Promise<StateResource> {
    return this.step(
      steps,
      op,
      ident,
      async () => {
        try {
          const res = await this.host.create({ urn: ident.urn, properties: news });
          const next: StateResource = {
            ...ident,
            id: res.id,
            inputs: news,
            outputs: res.properties,
            secretKeys,
          };
          this.state.set(ident.urn, next);
          return { value: next, outputs: next.outputs, secretKeys };
        } catch (e) {
          // Partial failure: the engine keeps the half-made resource in state so it is not orphaned.
          if (e instanceof HostCallError && e.initFailure) {
            const f = e.initFailure;
            this.state.set(ident.urn, {
              ...ident,
              id: f.id,
              inputs: news,
              outputs: f.properties,
              secretKeys,
            });
          }
          throw e;
        }
      },
      detail,
    );
  }

  private deleteResource(steps: StepEvent[], old: StateResource): Promise<void> {
    return this.step(steps, "delete", old, async () => {
      await this.host.delete({
        urn: old.urn,
        id: old.id,
        properties: old.outputs,
        oldInputs: old.inputs,
      });
      this.state.delete(old.urn);
      return { value: undefined };
    });
  }

  /** `pulumi refresh`: Read every resource; an empty id drops it from state. */
  async refresh(): Promise<OperationSummary> {
    await this.configure();
    const started = Date.now();
    const steps: StepEvent[] = [];
    try {
      for (const old of [...this.state.values()]) {
        await this.step(steps, "refresh", old, async () => {
          const res = await this.host.read({
            urn: old.urn,
            id: old.id,
            properties: old.outputs,
            inputs: old.inputs,
          });
          if (res.id === "") {
            this.state.delete(old.urn);
            return { value: undefined, detail: "gone" };
          }
          const next = {
            ...old,
            id: res.id,
            outputs: res.properties,
            inputs: res.inputs ?? old.inputs,
          };
          this.state.set(old.urn, next);
          const changed = changedKeys(old.outputs, res.properties);
          return {
            value: undefined,
            outputs: next.outputs,
            secretKeys: next.secretKeys,
            detail: changed.length ? `changed: ${changed.join(", ")}` : "unchanged",
          };
        });
      }
    } catch (e) {
      throw new DeploymentError(
        "refresh",
        e instanceof Error ? e : new Error(String(e)),
        this.summary(steps, started),
      );
    }
    return this.summary(steps, started);
  }

  /** `pulumi destroy`: Delete every resource, newest first. */
  async destroy(): Promise<OperationSummary> {
    await this.configure();
    const started = Date.now();
    const steps: StepEvent[] = [];
    try {
      for (const old of [...this.state.values()].reverse()) await this.deleteResource(steps, old);
    } catch (e) {
      throw new DeploymentError(
        "destroy",
        e instanceof Error ? e : new Error(String(e)),
        this.summary(steps, started),
      );
    }
    return this.summary(steps, started);
  }
}
