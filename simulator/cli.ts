#!/usr/bin/env node
// Flags are parsed by node's util.parseArgs; what is kept by hand is the VRSIM_* environment fallback
// and the checks of each value, which parseArgs does not do.
// `vrms-simulator` (the package's bin) and `npm run simulator`: start a VRMS simulator from the shell and print how to reach it.
import { parseArgs } from "node:util";
import { type Simulator, type SimulatorOptions, startSimulator } from "./index";
import {
  DEFAULT_REMOTE_SITE_CONTRACT,
  DEFAULT_USER,
  type SimulatorUser,
} from "./simulator-options";
import { type Role, ROLES } from "./permissions";
import { parseJitter, parseProgressFlag, type ProgressOptions } from "./progress-profiles";

export const USAGE = `Usage: vrms-simulator [options]   (npx vrms-simulator, or in this repository: npm run simulator -- [options])

  --port N               port to listen on (default 8443; 0 = any free port)   env VRSIM_PORT
  --host H               address to listen on (default 127.0.0.1)              env VRSIM_HOST
  --http                 plain HTTP instead of HTTPS                           env VRSIM_HTTP=1
  --users u:p[,u:p...]   local SSO users (default administrator@vsphere.local:VMware1!)
                                                                               env VRSIM_USERS
  --remote-sites N       remote vCenters in the catalogue (default 3)          env VRSIM_REMOTE_SITES
  --create-ms N          create task duration (default 4000)                   env VRSIM_CREATE_MS
  --reconnect-ms N       reconnect task duration (default 3000)                env VRSIM_RECONNECT_MS
  --delete-ms N          delete task duration (default 2000)                   env VRSIM_DELETE_MS
  --queued-ms N          time a task stays QUEUED (default 300)                env VRSIM_QUEUED_MS
  --progress P           progress profile, all kinds or kind=P,... (default linear:4;
                         linear:N, percent, none, front-loaded, back-loaded, jittered)
                                                                               env VRSIM_PROGRESS
  --duration-jitter F    running time × (1 ± up to F), e.g. 0.1 (default 0)    env VRSIM_DURATION_JITTER
  --seed N               seed of jitter and jittered steps (default random)    env VRSIM_SEED
  --rate-limit           enforce 50/session and 100/client IP per window       env VRSIM_RATE_LIMIT=1
  --rate-window-ms N     rate-limit window (default 60000)                     env VRSIM_RATE_WINDOW_MS
  --session-idle-ms N    expire sessions idle this long (default never)        env VRSIM_SESSION_IDLE_MS
  --[no-]remote-site-contract
                         the vendor's remote-site contract: reads without a remote session are
                         partial, a non-force delete needs one (default ${DEFAULT_REMOTE_SITE_CONTRACT ? "on" : "off"})
                                                                               env VRSIM_REMOTE_SITE_CONTRACT=1|0
  --session-ids F        base64 (default, as in the vendor's example) or uuid  env VRSIM_SESSION_IDS
  --task-retention-ms N  finished tasks answer 404 after N ms (default kept)   env VRSIM_TASK_RETENTION_MS
  --task-retention-count N
                         keep at most N finished tasks (default 1000)          env VRSIM_TASK_RETENTION_COUNT
  --clock-offset-ms=N    server clock (Date header, task times) N ms ahead; N < 0 behind
                                                                               env VRSIM_CLOCK_OFFSET_MS
  --task-clock-skew-ms=N task times N ms ahead of the Date header; N < 0 behind
                                                                               env VRSIM_TASK_CLOCK_SKEW_MS
  --roles u=r[,u=r...]   roles of the users: administrator (default), operator, read-only
                                                                               env VRSIM_ROLES
  --log                  log every request (method, path, status)              env VRSIM_LOG=1
  --help                 this text
`;

export class CliUsageError extends Error {}

function int(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  if (!/^\d+$/.test(text))
    throw new CliUsageError(`${name} must be a non-negative integer, got '${text}'`);
  return Number(text);
}

function flag(value: boolean | undefined, env: string | undefined): boolean {
  return value ?? (env !== undefined && /^(1|true|yes|on)$/i.test(env));
}

/** An on/off switch whose absence means "the default": flag, else env, else undefined. */
function onOff(
  value: boolean | undefined,
  envName: string,
  env: NodeJS.ProcessEnv,
): boolean | undefined {
  if (value !== undefined) return value;
  const text = env[envName];
  if (text === undefined || text === "") return undefined;
  if (/^(1|true|yes|on)$/i.test(text)) return true;
  if (/^(0|false|no|off)$/i.test(text)) return false;
  throw new CliUsageError(`${envName} must be 1 or 0 (true/false, yes/no, on/off), got '${text}'`);
}

function signedInt(name: string, text: string | undefined): number | undefined {
  if (text === undefined || text === "") return undefined;
  if (!/^-?\d+$/.test(text)) throw new CliUsageError(`${name} must be an integer, got '${text}'`);
  return Number(text);
}

function applyRoles(users: SimulatorUser[], text: string): SimulatorUser[] {
  const roles = new Map<string, Role>();
  for (const pair of text.split(",")) {
    const eq = pair.lastIndexOf("=");
    const role = pair.slice(eq + 1);
    if (eq <= 0 || !ROLES.includes(role as Role)) {
      throw new CliUsageError(`roles must look like user=${ROLES.join("|")}, got '${pair}'`);
    }
    roles.set(pair.slice(0, eq).toLowerCase(), role as Role);
  }
  for (const name of roles.keys()) {
    if (!users.some((u) => u.username.toLowerCase() === name)) {
      throw new CliUsageError(`roles names '${name}', who is not among the users`);
    }
  }
  return users.map((u) => ({ ...u, role: roles.get(u.username.toLowerCase()) ?? u.role }));
}

function parseUsers(text: string): SimulatorUser[] {
  return text.split(",").map((pair) => {
    const colon = pair.indexOf(":");
    if (colon <= 0) throw new CliUsageError(`users must look like user:password, got '${pair}'`);
    return { username: pair.slice(0, colon), password: pair.slice(colon + 1) };
  });
}

function parseProgress(
  profile: string | undefined,
  jitter: string | undefined,
  seed: number | undefined,
): ProgressOptions {
  try {
    return {
      profile: profile ? parseProgressFlag(profile) : undefined,
      durationJitter: jitter ? parseJitter(jitter) : undefined,
      seed,
    };
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
}

/** The entries that are set, or undefined when none is. */
function definedOnly<T extends Record<string, number | undefined>>(
  values: T,
): { [K in keyof T]?: number } | undefined {
  const set = Object.entries(values).filter(([, v]) => v !== undefined);
  return set.length > 0 ? (Object.fromEntries(set) as { [K in keyof T]?: number }) : undefined;
}

/** Flags win over environment variables; returns null when --help was asked. */
export function parseCliOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): SimulatorOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowNegative: true,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        http: { type: "boolean" },
        users: { type: "string" },
        "remote-sites": { type: "string" },
        "create-ms": { type: "string" },
        "reconnect-ms": { type: "string" },
        "delete-ms": { type: "string" },
        "queued-ms": { type: "string" },
        progress: { type: "string" },
        "duration-jitter": { type: "string" },
        seed: { type: "string" },
        "rate-limit": { type: "boolean" },
        "rate-window-ms": { type: "string" },
        "session-idle-ms": { type: "string" },
        "remote-site-contract": { type: "boolean" },
        "session-ids": { type: "string" },
        "task-retention-ms": { type: "string" },
        "task-retention-count": { type: "string" },
        "clock-offset-ms": { type: "string" },
        "task-clock-skew-ms": { type: "string" },
        roles: { type: "string" },
        log: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (err) {
    throw new CliUsageError(err instanceof Error ? err.message : String(err));
  }
  if (values.help) return null;
  const pick = (flagName: keyof typeof values, envName: string): number | undefined => {
    const v = values[flagName];
    return int(`--${String(flagName)}`, typeof v === "string" ? v : env[envName]);
  };
  const usersText = values.users ?? env.VRSIM_USERS;
  const rolesText = values.roles ?? env.VRSIM_ROLES;
  let users = usersText ? parseUsers(usersText) : undefined;
  if (rolesText) users = applyRoles(users ?? [{ ...DEFAULT_USER }], rolesText);
  const sessionIds = values["session-ids"] ?? env.VRSIM_SESSION_IDS;
  if (sessionIds !== undefined && sessionIds !== "base64" && sessionIds !== "uuid") {
    throw new CliUsageError(`--session-ids must be base64 or uuid, got '${sessionIds}'`);
  }
  const signed = (flagName: keyof typeof values, envName: string): number | undefined => {
    const v = values[flagName];
    return signedInt(`--${String(flagName)}`, typeof v === "string" ? v : env[envName]);
  };
  const retentionMs = pick("task-retention-ms", "VRSIM_TASK_RETENTION_MS");
  const retentionCount = pick("task-retention-count", "VRSIM_TASK_RETENTION_COUNT");
  const offsetMs = signed("clock-offset-ms", "VRSIM_CLOCK_OFFSET_MS");
  const taskSkewMs = signed("task-clock-skew-ms", "VRSIM_TASK_CLOCK_SKEW_MS");
  const rateWindow = pick("rate-window-ms", "VRSIM_RATE_WINDOW_MS");
  const rateLimit = flag(values["rate-limit"], env.VRSIM_RATE_LIMIT);
  const durations = {
    createMs: pick("create-ms", "VRSIM_CREATE_MS"),
    reconnectMs: pick("reconnect-ms", "VRSIM_RECONNECT_MS"),
    deleteMs: pick("delete-ms", "VRSIM_DELETE_MS"),
    queuedMs: pick("queued-ms", "VRSIM_QUEUED_MS"),
  };
  const taskDurations = definedOnly(durations);
  const progress = parseProgress(
    values.progress ?? env.VRSIM_PROGRESS,
    values["duration-jitter"] ?? env.VRSIM_DURATION_JITTER,
    pick("seed", "VRSIM_SEED"),
  );
  return {
    port: pick("port", "VRSIM_PORT") ?? 8443,
    host: values.host ?? env.VRSIM_HOST ?? "127.0.0.1",
    tls: !flag(values.http, env.VRSIM_HTTP),
    users,
    remoteSiteCount: pick("remote-sites", "VRSIM_REMOTE_SITES"),
    taskDurations,
    progress,
    rateLimit: rateLimit ? (rateWindow !== undefined ? { windowMs: rateWindow } : true) : false,
    sessionIdleTimeoutMs: pick("session-idle-ms", "VRSIM_SESSION_IDLE_MS"),
    remoteSiteContract: onOff(values["remote-site-contract"], "VRSIM_REMOTE_SITE_CONTRACT", env),
    sessionIds,
    taskRetention: definedOnly({ maxAgeMs: retentionMs, maxCount: retentionCount }),
    clock: definedOnly({ offsetMs, taskSkewMs }),
    logRequests: flag(values.log, env.VRSIM_LOG),
  };
}

/** What the CLI prints once listening (passwords of the demo users are meant to be seen). */
export function describe(sim: Simulator): string {
  const lines = [
    "VRMS simulator (vSphere Replication REST API v2) is listening",
    `  URL:          ${sim.url}`,
    ...sim.users.map((u) => `  Login:        ${u.username} / ${u.password}`),
  ];
  if (sim.tls) {
    lines.push(
      `  SHA-256:      ${sim.thumbprints.sha256}`,
      `  SHA-1:        ${sim.thumbprints.sha1}`,
    );
  } else {
    lines.push("  TLS:          off (plain HTTP)");
  }
  lines.push(
    `  Local vCenter id: ${sim.localVcId}`,
    "  Remote vCenters (pair_vc_id, PSC host, user / password, SHA-1 thumbprint):",
  );
  for (const s of sim.remoteSites) {
    lines.push(
      `    ${s.vcId}  ${s.pscHost}:${s.pscPort}  ${s.username} / ${s.password}  ${s.thumbprint}`,
    );
  }
  lines.push(
    sim.remoteSiteContract
      ? "  Remote sessions: required for full reads and non-force deletes (vendor contract)"
      : "  Remote sessions: not required (remote-site contract off)",
  );
  if (sim.controlUrl) lines.push(`  Control:      ${sim.controlUrl}/state`);
  lines.push(
    `  Try:          curl -k -u '${sim.users[0].username}:${sim.users[0].password}' -X POST ${sim.url}/session`,
  );
  return lines.join("\n");
}

export async function main(argv: string[]): Promise<void> {
  let options: SimulatorOptions | null;
  try {
    options = parseCliOptions(argv);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options === null) {
    console.log(USAGE);
    return;
  }
  const sim = await startSimulator(options);
  console.log(describe(sim));
  const shutdown = () => {
    void sim.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
