import { strict as assert } from "node:assert";
import type { Pairing, Task } from "../../sdk/wire";
import { pairingSpec, session, useSimulator } from "../support/simulator";

describe("simulator: many pairings at once", () => {
  const h = useSimulator({ remoteSiteCount: 55 });

  it("runs 50 concurrent creates to SUCCESS and lists all 51 entries with the self pairing", async function () {
    this.timeout(20_000);
    const api = await session(h.sim);
    const sites = h.sim.remoteSites.slice(0, 50);
    const accepted = await Promise.all(sites.map((s) => api.post("/pairings", pairingSpec(s))));
    assert.ok(accepted.every((r) => r.status === 202));
    const tasks: Task[] = await Promise.all(
      accepted.map((r) => h.sim.control.whenTaskSettled(r.data.id)),
    );
    assert.deepEqual(new Set(tasks.map((t) => t.status)), new Set(["SUCCESS"]));
    assert.equal(new Set(tasks.map((t) => t.entity)).size, 50, "one pairing id per task");

    const ids: string[] = [];
    let href: string | null = `${h.sim.url}/pairings?limit=20`;
    while (href) {
      const res: {
        data: { list: Pairing[]; _meta: { links: { next: { href: string } | null } } };
      } = await api.get(href);
      ids.push(...res.data.list.map((p) => p.pairing_id!));
      href = res.data._meta.links.next?.href ?? null;
    }
    assert.equal(ids.length, 51);
    assert.equal(h.sim.control.pairings().length, 50);
    const remoteIds = new Set(h.sim.control.pairings().map((p) => p.remote_vc_server?.id));
    assert.deepEqual(remoteIds, new Set(sites.map((s) => s.vcId)));
  });
});
