// Every row of the Troubleshooting tables (the README's, docs/replication.md's) names a message
// the code really produces: VRMS-side messages come from the sdk against the simulator,
// provider messages from the providers' own functions and error classes.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as net from "node:net";
import * as path from "node:path";
import { checkInputs } from "../../provider/check";
import { VrmsClientPool } from "../../provider/clients";
import { requireConnection } from "../../provider/connection";
import {
  AdoptionError,
  CreateInFlightError,
  CreateOutcomeUnknownError,
  ForceDeleteRequiredError,
  PairingBeingDeletedError,
  PendingCreateFailedError,
  RemoteSessionForDeleteError,
  VrmsIdentityMismatchError,
  VrmsIdentityUnverifiedError,
} from "../../provider/errors";
import type { PairingOutputs } from "../../provider/outputs";
import { HOST_PROGRESS, ProgressReporter } from "../../provider/progress";
import { VrPairingProvider } from "../../provider/provider";
import { settlePartial } from "../../provider/remote-site";
import { guardPairingDelete } from "../../provider/replication-guard";
import {
  ConfigureInFlightError,
  DuplicateReplicationError,
} from "../../provider/replication/errors";
import { getVms } from "../../provider/replication/lookups";
import { VrReplicationProvider } from "../../provider/replication/provider";
import type { PartialData } from "../../sdk/partial";
import { VrmsClient, VrmsHttpError, VrmsRemoteAuthError, type PairingSpec } from "../../sdk";
import { startSimulator, Simulator } from "../../simulator";
import { REPO_ROOT } from "../../tools/engine";
import { installFakeTime, untilSettled } from "../support/fake-time";
import { FAST_TASKS, pairingSpec, pairWith, session } from "../support/simulator";
import { inputsFor } from "../provider/harness";
import { codeSpans, tableUnder } from "./readme";

/** The warning line settlePartial prints, as the user reads it after the resource's name. */
function warningOf(
  partial: Pick<PartialData, "remoteSiteUnreachable" | "reason">,
  refused?: VrmsRemoteAuthError,
): string {
  const lines: string[] = [];
  const progress = { ...HOST_PROGRESS, write: (line: string) => lines.push(line) };
  // Only these fields are read by settlePartial.
  const outs = { pairingId: "p-1", localVcServer: null, localVrms: null } as PairingOutputs;
  const pairing = { pairing_id: "p-1" };
  settlePartial(
    outs,
    {
      pairing,
      partial: { errors: [], remoteSessionMissing: false, ...partial } as PartialData,
      refused,
    },
    { remotePscHost: "vc-b.example.test", remotePscUsername: "administrator@vsphere.local" },
    undefined,
    new ProgressReporter("dr-site", "read", progress),
  );
  return (lines[0] ?? "").replace(/^vr-pairing dr-site: /, "");
}

/** A row's message start as a pattern: `...` is any text; `X`, `host`, `port` are placeholders. */
function rowPattern(text: string): RegExp {
  const escaped = text
    .split(/\s*\.\.\.\s*/)
    .map((part) =>
      part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\b(X|host|port)\b/g, "\\S+?"),
    )
    .join("[\\s\\S]*?");
  return new RegExp(`^${escaped}`);
}

async function messageOf(work: () => unknown): Promise<string> {
  try {
    await work();
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  throw new Error("expected an error");
}

describe("package: README troubleshooting rows are messages the code produces", function () {
  this.timeout(60_000);
  let sim: Simulator;
  const clients: VrmsClient[] = [];
  const pool = new VrmsClientPool();

  before(async () => {
    sim = await startSimulator({ taskDurations: FAST_TASKS });
  });
  after(async () => {
    await pool.dispose();
    await Promise.allSettled(clients.map((c) => c.dispose()));
    await sim?.stop();
  });

  const client = (over: { url?: string; password?: string; thumbprint?: string } = {}) => {
    const c = new VrmsClient({
      url: over.url ?? sim.url,
      username: sim.users[0].username,
      password: over.password ?? sim.users[0].password,
      tls: { thumbprint: over.thumbprint ?? sim.thumbprints.sha256 },
      retry: { retries: 1, minDelayMs: 5, maxDelayMs: 10, maxElapsedMs: 2_000 },
      requestBudget: false,
    });
    clients.push(c);
    return c;
  };
  const createFails = (spec: PairingSpec) =>
    messageOf(async () => {
      const c = client();
      await c.waitForTask(await c.createPairing(spec), { timeoutMs: 10_000, operation: "create" });
    });
  const validInputs = () => ({
    vrmsUrl: sim.url,
    vrmsUsername: "u",
    vrmsPassword: "p",
    remoteVcId: sim.remoteSites[0].vcId,
    remotePscHost: "vc.example.test",
    remotePscUsername: "u",
    remotePscPassword: "p",
  });
  const closedPort = async () => {
    const server = net.createServer().listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    const { port } = server.address() as net.AddressInfo;
    await new Promise((r) => server.close(r));
    return port;
  };

  /** A pairing to remote site 2 made just now, outside any stack (as a run that died leaves it). */
  const pairedJustNow = async () => {
    for (const p of sim.control.pairings()) {
      if (p.remote_vc_server?.id === sim.remoteSites[2].vcId)
        sim.control.deletePairing(p.pairing_id!);
    }
    const c = client();
    await c.waitForTask(await c.createPairing(pairingSpec(sim.remoteSites[2])));
  };
  /** The provider's create of a resource declaring remote site 2: its error, or its lines. */
  const createOfSite2 = async (over: Record<string, unknown> = {}) => {
    const lines: string[] = [];
    const progress = { ...HOST_PROGRESS, write: (line: string) => lines.push(line) };
    try {
      await new VrPairingProvider({ clients: pool, progress }).create(
        inputsFor(sim, 2, { resourceName: "dr-site", ...over }),
      );
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
    return lines.map((l) => l.replace(/^vr-pairing dr-site: /, "")).join("\n");
  };

  /** Producers, keyed by a phrase of the row they prove (the first key a row includes wins). */
  const producers: [string, () => Promise<string>][] = [
    [
      "the local VRMS url is required",
      async () => {
        const inputs: Record<string, unknown> = validInputs();
        delete inputs.vrmsUrl;
        const f = checkInputs(inputs, {}).failures.find((x) => x.property === "vrmsUrl");
        return `${f?.property}: ${f?.reason}`;
      },
    ],
    ["the local VRMS connection is incomplete", () => messageOf(() => requireConnection({}, {}))],
    [
      "check failure naming a property",
      async () => {
        const f = checkInputs({ ...validInputs(), remotePscPort: 70000 }, {}).failures[0];
        return `${f.property}: ${f.reason}`;
      },
    ],
    [
      "TLS trust failure",
      () => messageOf(() => client({ thumbprint: "AA".repeat(32) }).listPairings()),
    ],
    ["VRMS login failed", () => messageOf(() => client({ password: "wrong" }).listPairings())],
    [
      "Unknown remote vCenter Server",
      () => createFails({ ...pairingSpec(sim.remoteSites[0]), pair_vc_id: "no-such-vcenter" }),
    ],
    [
      "Wrong remote credentials",
      () => createFails(pairingSpec(sim.remoteSites[0], { password: "wrong" })),
    ],
    [
      "Thumbprint mismatch",
      () => createFails(pairingSpec(sim.remoteSites[0], { thumbprint: "11".repeat(20) })),
    ],
    [
      "Remote site is down",
      async () => {
        sim.control.setSiteUp(sim.remoteSites[1].vcId, false);
        try {
          return await createFails(pairingSpec(sim.remoteSites[1]));
        } finally {
          sim.control.setSiteUp(sim.remoteSites[1].vcId, true);
        }
      },
    ],
    [
      "neither created it nor was told to adopt it",
      async () => {
        await pairedJustNow();
        return createOfSite2();
      },
    ],
    [
      "is already running on",
      async () =>
        new CreateInFlightError("vc-b.example.test", "t-1", "p-1", "https://vrms", null).message,
    ],
    [
      "is not the one state recorded",
      async () =>
        new VrmsIdentityMismatchError("p-1", "https://vrms", "VRMS id a", "VRMS id b", "refresh")
          .message,
    ],
    [
      "is being deleted (task",
      async () =>
        new PairingBeingDeletedError("p-1", "t-1", "https://vrms", "vc-2", "30m", undefined)
          .message,
    ],
    [
      "Cannot adopt pairing",
      async () => new AdoptionError("p-1", "no pairing with this id exists").message,
    ],
    [
      "failed ... forceDelete: true",
      async () =>
        new ForceDeleteRequiredError("p-1", "t-1", "Remote site is down: cannot reach it").message,
    ],
    [
      "timed out after",
      async () => {
        sim.control.freezeTasks(true);
        const clock = installFakeTime(); // the time-out passes on fake time
        try {
          const c = client();
          const task = await untilSettled(clock, c.createPairing(pairingSpec(sim.remoteSites[2])));
          const wait = messageOf(() => c.waitForTask(task, { timeoutMs: 50, operation: "create" }));
          return await untilSettled(clock, wait);
        } finally {
          clock.restore();
          sim.control.freezeTasks(false);
        }
      },
    ],
    [
      "was cancelled",
      async () => {
        sim.control.freezeTasks(true);
        const c = client();
        const created = await c.createPairing(pairingSpec(sim.remoteSites[2]));
        sim.control.cancelTask(created.id);
        sim.control.freezeTasks(false);
        return messageOf(() => c.waitForTask(created, { timeoutMs: 10_000, operation: "create" }));
      },
    ],
    [
      "refused the remote PSC user",
      async () =>
        warningOf(
          { remoteSiteUnreachable: false, reason: "no remote session" },
          new VrmsRemoteAuthError({
            pairingId: "p-1",
            username: "administrator@vsphere.local",
            status: 401,
          }),
        ),
    ],
    [
      "could not be reached",
      async () => warningOf({ remoteSiteUnreachable: true, reason: "connection timed out" }),
    ],
    [
      "with partial data",
      async () => warningOf({ remoteSiteUnreachable: false, reason: "a field was left out" }),
    ],
    [
      "could not be asked",
      async () =>
        new VrmsIdentityUnverifiedError(
          "https://10.0.0.5/api/rest/vr/v2",
          "https://vrms.example.test",
          "p-1",
          new Error("network error on POST https://vrms.example.test/api/rest/vr/v2/session"),
        ).message,
    ],
    [
      "no longer knows that task",
      async () => new CreateOutcomeUnknownError("p-1", "t-1", "vc-2").message,
    ],
    [
      "that create failed",
      async () => new PendingCreateFailedError("p-1", "task t-1 failed").message,
    ],
    [
      "needs a session on its remote site",
      async () =>
        new RemoteSessionForDeleteError("p-1", "vc-b", "HTTP 500 INTERNAL_ERROR", false).message,
    ],
    [
      "VRMS answered 403",
      async () =>
        new VrmsHttpError({
          status: 403,
          method: "POST",
          path: "/pairings",
          errorCode: "PERMISSION_DENIED",
          opId: "op-1",
        }).message,
    ],
    [
      "ENOTFOUND",
      () => messageOf(() => client({ url: "https://no-such-host.invalid" }).listPairings()),
    ],
    [
      "ECONNREFUSED",
      async () => {
        const port = await closedPort();
        return messageOf(() => client({ url: `https://127.0.0.1:${port}` }).listPairings());
      },
    ],
    [
      "network error on ...",
      async () => {
        const port = await closedPort();
        return messageOf(() => client({ url: `https://127.0.0.1:${port}` }).listPairings());
      },
    ],
    [
      "the password would cross the network in clear",
      () =>
        messageOf(() =>
          new VrmsClient({
            url: "http://vrms.example.test",
            username: "u",
            password: "p",
          }).listPairings(),
        ),
    ],
    [
      "but the server there speaks HTTPS",
      () =>
        messageOf(() => {
          const c = new VrmsClient({
            url: `http://127.0.0.1:${sim.port}`,
            username: sim.users[0].username,
            password: sim.users[0].password,
            tls: { insecure: true },
            logger: { debug: () => undefined, info: () => undefined, warn: () => undefined },
          });
          clients.push(c);
          return c.listPairings();
        }),
    ],
    [
      "the base path is probably wrong",
      () => messageOf(() => client({ url: `${sim.origin}/wrong/base` }).listPairings()),
    ],
  ];

  // VrReplication (docs/replication.md): replications over a pairing with remote site 1.
  let paired: Promise<string> | undefined;
  const replicationPairing = () => (paired ??= session(sim).then((api) => pairWith(sim, api, 1)));
  const replications = () => {
    const progress = { ...HOST_PROGRESS, write: () => undefined };
    return new VrReplicationProvider({ clients: pool, progress });
  };
  const local = () => sim.control.replication.inventory(sim.localVcId);
  const connectionArgs = () => ({
    vrmsUrl: sim.url,
    vrmsUsername: sim.users[0].username,
    vrmsPassword: sim.users[0].password,
    vrmsThumbprint: sim.thumbprints.sha256,
  });
  /** A VrReplication's inputs after Check (defaults filled), or Check's reasons. */
  const checked = async (over: Record<string, unknown>) => {
    const site = sim.remoteSites[1];
    const { inputs, failures } = await replications().check(
      {},
      {
        ...connectionArgs(),
        pairingId: await replicationPairing(),
        targetVcId: site.vcId,
        remoteUsername: site.username,
        remotePassword: site.password,
        vmId: local().vms[0].id,
        datastoreId: sim.control.replication.inventory(site.vcId).datastores[0].id,
        ...over,
      },
    );
    return { inputs, reasons: (failures ?? []).map((f) => f.reason).join("\n") };
  };
  const reasonOf = async (over: Record<string, unknown>) => (await checked(over)).reasons;
  /** A replication of local VM 1, made by the provider (once). */
  let made: Promise<{ id: string; outs: Record<string, unknown> }> | undefined;
  const replicated = () =>
    (made ??= checked({ vmId: local().vms[1].id, resourceName: "web" }).then(({ inputs }) =>
      replications().create(inputs),
    ));

  const replicationProducers: [string, () => Promise<string>][] = [
    ["rpo must be a whole number", () => reasonOf({ rpo: 2 })],
    ["has no VM", () => reasonOf({ vmId: "VirtualMachine:vm-999:nowhere" })],
    ["has no disk", () => reasonOf({ disks: [{ deviceKey: 2999 }] })],
    [
      "is a datastore of the source site",
      () => reasonOf({ datastoreId: local().datastores[0].id }),
    ],
    ["is not a storage policy", () => reasonOf({ storagePolicyId: "no-such-policy" })],
    [
      "is already replicated",
      async () => {
        await replicated();
        const { inputs } = await checked({ vmId: local().vms[1].id, resourceName: "web-again" });
        return messageOf(() => replications().create(inputs));
      },
    ],
    [
      "A configure of VM",
      async () =>
        new ConfigureInFlightError("vm-1", "t-1", "p-1", {
          id: "t-1",
          operation: "configure",
          status: "RUNNING",
          queuedTime: null,
          startTime: null,
          completeTime: null,
        }).message,
    ],
    [
      "both declare a replication",
      async () => new DuplicateReplicationError("web", "web-copy", "vm-1", "t-1").message,
    ],
    [
      "is configured, but a task failed",
      async () => {
        sim.control.replication.failNext("pause", "Injected: the pause was refused");
        const { inputs } = await checked({ vmId: local().vms[2].id, paused: true });
        return messageOf(() => replications().create(inputs));
      },
    ],
    [
      "replicates VM",
      async () => {
        const { id, outs } = await replicated();
        return messageOf(() => replications().delete(id, { ...outs, vmId: local().vms[0].id }));
      },
    ],
    [
      "is VRMS",
      async () => {
        const { id, outs } = await replicated();
        return messageOf(() => replications().delete(id, { ...outs, vrmsId: "another-vrms" }));
      },
    ],
    [
      "is gone from pairing",
      async () => {
        const { outs } = await replicated();
        // A reconfigure (rpo) must read it; the VRMS no longer has it.
        return messageOf(() => replications().update("GID-gone", outs, { ...outs, rpo: 45 }));
      },
    ],
    [
      "No VM named",
      async () => {
        const pairingId = await replicationPairing();
        return messageOf(() =>
          getVms({
            ...connectionArgs(),
            pairingId,
            vcenterId: sim.localVcId,
            name: "no-such-vm",
          }),
        );
      },
    ],
    [
      "still carries",
      async () => {
        await replicated();
        const pairingId = await replicationPairing();
        const options = { force: false, deleteWithReplications: false };
        return messageOf(() => guardPairingDelete(client(), pairingId, options));
      },
    ],
  ];

  const tables = [
    { file: "README.md", producers, least: 15 },
    { file: path.join("docs", "replication.md"), producers: replicationProducers, least: 12 },
  ];
  for (const { file, producers: known, least } of tables) {
    const doc = fs.readFileSync(path.join(REPO_ROOT, file), "utf8");
    const rows = tableUnder(doc, "Troubleshooting");

    it(`${file} has rows to check (the checks below can fail)`, () => {
      assert.ok(rows.length >= least);
    });

    for (const [i, row] of rows.entries()) {
      const message = codeSpans(row[0])[0];
      it(`${file} row ${i + 1}: ${message}`, async () => {
        const producer = known.find(([key]) => row[0].includes(key));
        assert.ok(producer, `no code path in this test produces "${row[0]}"`);
        const produced = await producer[1]();
        assert.match(produced, rowPattern(message));
      });
    }
  }
});
