import * as assert from "assert";
import type { Pairing, Task } from "../../sdk/wire";
import type { Simulator } from "../../simulator";
import type { Deployment, StateResource } from "../../tools/engine";
import { HostCallError } from "../../tools/engine";
import { assertConsistent } from "./invariants";
import { LeakLedger } from "./leaks";

/* The suite's two checkers must be able to fail, or every scenario would pass vacuously. */
describe("reliability: the checkers themselves", () => {
  const pairing = (id: string, vc: string): Pairing =>
    ({ pairing_id: id, remote_vc_server: { id: vc, name: `${vc}.test` } }) as Pairing;
  const resource = (name: string, id: string, vc: string): StateResource => ({
    urn: `urn:${name}`,
    type: "t",
    name,
    id,
    inputs: { remoteVcId: vc },
    outputs: { pairingId: id, remoteVcId: vc },
    secretKeys: ["vrmsPassword", "remotePscPassword"],
  });
  const world = (pairings: Pairing[], tasks: Partial<Task>[] = []) =>
    ({ control: { pairings: () => pairings, tasks: () => tasks } }) as unknown as Simulator;
  const state = (...rs: StateResource[]) =>
    ({ state: new Map(rs.map((r) => [r.urn, r])) }) as unknown as Deployment;

  it("invariants: accept a matching world", () => {
    assertConsistent(world([pairing("p1", "vc1")]), state(resource("a", "p1", "vc1")));
  });

  it("invariants: an orphan fails, unless the program will adopt it", () => {
    assert.throws(() => assertConsistent(world([pairing("p1", "vc1")]), state()), /orphaned/);
    assertConsistent(world([pairing("p1", "vc1")]), state(), { adoptable: ["VC1"] });
  });

  it("invariants: state without the pairing fails, unless its create still runs and that is allowed", () => {
    const d = state(resource("a", "p1", "vc1"));
    assert.throws(() => assertConsistent(world([]), d), /not on the VRMS/);
    const running: Partial<Task>[] = [
      { entity: "p1", description: "Create pairing", status: "RUNNING" },
    ];
    assert.throws(() => assertConsistent(world([], running), d), /not on the VRMS/);
    assertConsistent(world([], running), d, { allowPendingCreate: true });
  });

  it("invariants: duplicates and mismatched remotes fail", () => {
    const two = [pairing("p1", "vc1"), pairing("p2", "vc1")];
    assert.throws(() => assertConsistent(world(two), state()), /duplicate/);
    const shared = state(resource("a", "p1", "vc1"), { ...resource("b", "p1", "vc1"), urn: "u:b" });
    assert.throws(() => assertConsistent(world([pairing("p1", "vc1")]), shared), /share/);
    assert.throws(
      () => assertConsistent(world([pairing("p1", "vc2")]), state(resource("a", "p1", "vc1"))),
      /remote vCenter/,
    );
  });

  it("ledger: finds a password, a session id or a Basic value anywhere it looked", () => {
    const found = (fill: (l: LeakLedger) => void) => {
      const l = new LeakLedger();
      l.credentials("admin@vsphere.local", "S3cret-Pass!");
      l.secret("6f1c2d3e-session-id");
      fill(l);
      return assert.throws(() => l.assertClean(), /secrets leaked/);
    };
    found((l) => l.see("host stdout", "x-dr-session: 6f1c2d3e-session-id"));
    found((l) =>
      l.see(
        "line",
        `Authorization: Basic ${Buffer.from("admin@vsphere.local:S3cret-Pass!").toString("base64")}`,
      ),
    );
    found((l) =>
      l.seeError("op", new Error("outer", { cause: new Error("login S3cret-Pass! failed") })),
    );
    found((l) => l.seeError("op", new HostCallError("Create", 2, "details S3cret-Pass!")));
    found((l) =>
      l.seeProperties("state", { vrmsUrl: "https://u:S3cret-Pass!@h" }, ["vrmsPassword"]),
    );
  });

  it("ledger: a secret under a key Pulumi keeps secret is fine", () => {
    const l = new LeakLedger();
    l.secret("S3cret-Pass!");
    l.seeProperties("state", { vrmsPassword: "S3cret-Pass!", vrmsUrl: "https://h" }, [
      "vrmsPassword",
    ]);
    l.assertClean();
  });
});
