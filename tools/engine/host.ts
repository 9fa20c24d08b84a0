import { ChildProcess, spawn } from "child_process";
import * as path from "path";
import * as readline from "readline";
import * as grpc from "@grpc/grpc-js";
import * as structproto from "google-protobuf/google/protobuf/struct_pb";
import * as provgrpc from "@pulumi/pulumi/proto/provider_grpc_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { HostCallError, toHostCallError } from "./errors";
import { PropertyMap, toWireMap } from "./properties";

export interface HostLine {
  stream: "stdout" | "stderr";
  text: string;
  /** ms since the host started */
  atMs: number;
}

export interface HostOptions {
  /** Working directory of the host: the program folder (see createProgramFolder). */
  programDir: string;
  /** Host entry point; default: the program folder's node_modules/@pulumi/pulumi/cmd/dynamic-provider. */
  hostEntry?: string;
  project: string;
  stack?: string;
  organization?: string;
  /** Full stack configuration with namespaced keys ("vr-pairing:url"), secrets in plain text. */
  config?: Record<string, string>;
  /** Extra environment (merged over this process's environment). */
  env?: NodeJS.ProcessEnv;
  /** Each line the host prints (its console is how progress reaches `pulumi up` users). */
  onLine?: (line: HostLine) => void;
  startTimeoutMs?: number;
  /** Deadline of each gRPC call (default 10 minutes). */
  callTimeoutMs?: number;
}

export type DiffChanges = "unknown" | "none" | "some";

export interface CheckResult {
  inputs: PropertyMap;
  failures: { property: string; reason: string }[];
}
export interface DiffResult {
  changes: DiffChanges;
  replaces: string[];
  deleteBeforeReplace: boolean;
  diffs: string[];
  stables: string[];
}
export interface CreateResult {
  id: string;
  properties: PropertyMap;
}
export interface ReadResult {
  /** "" means the resource is gone and the engine drops it from state. */
  id: string;
  properties: PropertyMap;
  inputs?: PropertyMap;
}
export interface UpdateResult {
  properties: PropertyMap;
}
export interface ConfigureResult {
  acceptSecrets: boolean;
  supportsPreview: boolean;
}

export interface CheckRequest {
  urn: string;
  olds?: Record<string, unknown>;
  news: Record<string, unknown>;
}
export interface DiffRequest {
  urn: string;
  id: string;
  /** old outputs (state) */
  olds: Record<string, unknown>;
  /** new checked inputs */
  news: Record<string, unknown>;
  oldInputs?: Record<string, unknown>;
}
export interface CreateRequest {
  urn: string;
  properties: Record<string, unknown>;
  timeoutSec?: number;
}
export interface ReadRequest {
  urn: string;
  id: string;
  /** old outputs (state) */
  properties: Record<string, unknown>;
  /** old inputs (state) */
  inputs?: Record<string, unknown>;
}
export interface UpdateRequest {
  urn: string;
  id: string;
  olds: Record<string, unknown>;
  news: Record<string, unknown>;
  oldInputs?: Record<string, unknown>;
  timeoutSec?: number;
}
export interface DeleteRequest {
  urn: string;
  id: string;
  properties: Record<string, unknown>;
  oldInputs?: Record<string, unknown>;
  timeoutSec?: number;
}

/** urn:pulumi:<stack>::<project>::<type>::<name> (no parent), as the engine builds it. */
export function makeUrn(stack: string, project: string, type: string, name: string): string {
  return `urn:pulumi:${stack}::${project}::${type}::${name}`;
}

function parseUrn(urn: string): { type: string; name: string } {
  const parts = urn.split("::");
  const type = (parts[2] ?? "").split("$").pop() ?? "";
  return { type, name: parts.slice(3).join("::") };
}

function struct(value: Record<string, unknown> | undefined): structproto.Struct {
  return structproto.Struct.fromJavaScript(toWireMap(value ?? {}));
}

function plain(value: structproto.Struct | undefined): PropertyMap {
  return (value?.toJavaScript() ?? {}) as PropertyMap;
}

const CHANGES: Record<number, DiffChanges> = {
  [provproto.DiffResponse.DiffChanges.DIFF_UNKNOWN]: "unknown",
  [provproto.DiffResponse.DiffChanges.DIFF_NONE]: "none",
  [provproto.DiffResponse.DiffChanges.DIFF_SOME]: "some",
};

/**
 * The SDK's dynamic-provider host (`@pulumi/pulumi/cmd/dynamic-provider`) run as the engine runs
 * it: a separate `node` process, program folder as working directory, engine address as its
 * argument, project/stack/config in the environment; then driven over gRPC with the SDK's stubs.
 */
export class ProviderHost {
  readonly lines: HostLine[];
  private exited = false;
  private readonly exitPromise: Promise<number | null>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly client: provgrpc.ResourceProviderClient,
    readonly port: number,
    readonly project: string,
    readonly stack: string,
    private readonly config: Record<string, string>,
    private readonly callTimeoutMs: number,
    exitPromise: Promise<number | null>,
    lines: HostLine[],
  ) {
    this.lines = lines;
    this.exitPromise = exitPromise.then((code) => {
      this.exited = true;
      return code;
    });
  }

  static async start(options: HostOptions): Promise<ProviderHost> {
    const stack = options.stack ?? "dev";
    const config = options.config ?? {};
    const entry =
      options.hostEntry ??
      path.join(options.programDir, "node_modules", "@pulumi", "pulumi", "cmd", "dynamic-provider");
    const started = Date.now();
    // The engine passes its own gRPC address; the host only requires that one is present.
    const child = spawn(process.execPath, [entry, "127.0.0.1:0"], {
      cwd: options.programDir,
      env: {
        ...process.env,
        ...options.env,
        PULUMI_CONFIG: JSON.stringify(config),
        PULUMI_PROJECT: options.project,
        PULUMI_STACK: stack,
        PULUMI_NODEJS_PROJECT: options.project,
        PULUMI_NODEJS_STACK: stack,
        ...(options.organization
          ? {
              PULUMI_ORGANIZATION: options.organization,
              PULUMI_NODEJS_ORGANIZATION: options.organization,
            }
          : {}),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const lines: HostLine[] = [];
    // The host serves gRPC until killed: never leave it behind when this process ends first.
    const killOnExit = () => child.kill("SIGKILL");
    process.once("exit", killOnExit);
    const exitPromise = new Promise<number | null>((resolve) =>
      child.once("exit", (code) => {
        process.removeListener("exit", killOnExit);
        resolve(code);
      }),
    );
    let portLine: ((line: string) => void) | undefined;
    const record = (stream: HostLine["stream"]) => (text: string) => {
      if (stream === "stdout" && portLine) {
        const take = portLine;
        portLine = undefined;
        take(text);
        return;
      }
      const line: HostLine = { stream, text, atMs: Date.now() - started };
      lines.push(line);
      options.onLine?.(line);
    };
    readline.createInterface({ input: child.stdout! }).on("line", record("stdout"));
    readline.createInterface({ input: child.stderr! }).on("line", record("stderr"));

    const timeoutMs = options.startTimeoutMs ?? 30_000;
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(
        () => fail(new Error(`provider host printed no port within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const fail = (err: Error) => {
        clearTimeout(timer);
        child.kill("SIGKILL");
        reject(err);
      };
      portLine = (text) => {
        clearTimeout(timer);
        const p = Number(text.trim());
        if (Number.isInteger(p) && p > 0) resolve(p);
        else fail(new Error(`provider host's first line is not a port: ${JSON.stringify(text)}`));
      };
      child.once("error", fail);
      void exitPromise.then((code) => {
        if (portLine) {
          const stderr = lines.map((l) => l.text).join("\n");
          fail(
            new Error(
              `provider host exited (code ${code}) before printing its port${stderr ? ":\n" + stderr : ""}`,
            ),
          );
        }
      });
    });
    const client = new provgrpc.ResourceProviderClient(
      `127.0.0.1:${port}`,
      grpc.credentials.createInsecure(),
    );
    return new ProviderHost(
      child,
      client,
      port,
      options.project,
      stack,
      config,
      options.callTimeoutMs ?? 600_000,
      exitPromise,
      lines,
    );
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return !this.exited;
  }

  urn(type: string, name: string): string {
    return makeUrn(this.stack, this.project, type, name);
  }

  private call<Req, Res>(
    method: string,
    fn: (
      req: Req,
      md: grpc.Metadata,
      opts: Partial<grpc.CallOptions>,
      cb: (e: grpc.ServiceError | null, r: Res) => void,
    ) => unknown,
    req: Req,
  ): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      const deadline = new Date(Date.now() + this.callTimeoutMs);
      fn.call(this.client, req, new grpc.Metadata(), { deadline }, (err, res) => {
        if (err) reject(toHostCallError(method, err));
        else resolve(res);
      });
    });
  }

  /** Configure as the engine does for a dynamic provider: the whole stack config, namespaced keys. */
  async configure(config: Record<string, string> = this.config): Promise<ConfigureResult> {
    const req = new provproto.ConfigureRequest();
    req.setArgs(structproto.Struct.fromJavaScript(config));
    const vars = req.getVariablesMap();
    for (const [k, v] of Object.entries(config)) vars.set(k, v);
    req.setAcceptsecrets(true);
    req.setAcceptresources(true);
    const res = await this.call("Configure", this.client.configure, req);
    return { acceptSecrets: res.getAcceptsecrets(), supportsPreview: res.getSupportspreview() };
  }

  async check(r: CheckRequest): Promise<CheckResult> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.CheckRequest();
    req.setUrn(r.urn).setName(name).setType(type);
    req.setOlds(struct(r.olds)).setNews(struct(r.news));
    const res = await this.call("Check", this.client.check, req);
    return {
      inputs: plain(res.getInputs()),
      failures: res
        .getFailuresList()
        .map((f) => ({ property: f.getProperty(), reason: f.getReason() })),
    };
  }

  async diff(r: DiffRequest): Promise<DiffResult> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.DiffRequest();
    req.setUrn(r.urn).setName(name).setType(type).setId(r.id);
    req.setOlds(struct(r.olds)).setNews(struct(r.news));
    if (r.oldInputs) req.setOldInputs(struct(r.oldInputs));
    const res = await this.call("Diff", this.client.diff, req);
    return {
      changes: CHANGES[res.getChanges()] ?? "unknown",
      replaces: res.getReplacesList(),
      deleteBeforeReplace: res.getDeletebeforereplace(),
      diffs: res.getDiffsList(),
      stables: res.getStablesList(),
    };
  }

  async create(r: CreateRequest): Promise<CreateResult> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.CreateRequest();
    req.setUrn(r.urn).setName(name).setType(type).setProperties(struct(r.properties));
    if (r.timeoutSec) req.setTimeout(r.timeoutSec);
    const res = await this.call("Create", this.client.create, req);
    return { id: res.getId(), properties: plain(res.getProperties()) };
  }

  async read(r: ReadRequest): Promise<ReadResult> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.ReadRequest();
    req.setUrn(r.urn).setName(name).setType(type).setId(r.id).setProperties(struct(r.properties));
    if (r.inputs) req.setInputs(struct(r.inputs));
    const res = await this.call("Read", this.client.read, req);
    const inputs = res.getInputs();
    return {
      id: res.getId(),
      properties: plain(res.getProperties()),
      ...(inputs ? { inputs: plain(inputs) } : {}),
    };
  }

  async update(r: UpdateRequest): Promise<UpdateResult> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.UpdateRequest();
    req.setUrn(r.urn).setName(name).setType(type).setId(r.id);
    req.setOlds(struct(r.olds)).setNews(struct(r.news));
    if (r.oldInputs) req.setOldInputs(struct(r.oldInputs));
    if (r.timeoutSec) req.setTimeout(r.timeoutSec);
    const res = await this.call("Update", this.client.update, req);
    return { properties: plain(res.getProperties()) };
  }

  async delete(r: DeleteRequest): Promise<void> {
    const { type, name } = parseUrn(r.urn);
    const req = new provproto.DeleteRequest();
    req.setUrn(r.urn).setName(name).setType(type).setId(r.id).setProperties(struct(r.properties));
    if (r.oldInputs) req.setOldInputs(struct(r.oldInputs));
    if (r.timeoutSec) req.setTimeout(r.timeoutSec);
    await this.call("Delete", this.client.delete, req);
  }

  /** Closes the channel and ends the host process (`signal`, then SIGKILL after 5 s). */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    this.client.close();
    if (this.exited) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 5000);
    await this.exitPromise;
    clearTimeout(timer);
  }
}

export { HostCallError };
