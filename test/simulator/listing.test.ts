import { strict as assert } from "node:assert";
import type { AxiosInstance } from "axios";
import type { Pairing, PairingList, Task, TaskList } from "../../sdk/wire";
import { pairWith, session, useSimulator } from "../support/simulator";
import { assertError, assertComponent } from "./assertions";

describe("simulator: lists (paging, filtering, sorting)", () => {
  const h = useSimulator({ remoteSiteCount: 7 });
  let api: AxiosInstance;
  const created: string[] = [];

  before(async () => {
    api = await session(h.sim);
    // 6 pairings + the self pairing = 7 entries.
    for (const i of [3, 0, 5, 1, 4, 2]) created.push(await pairWith(h.sim, api, i));
  });

  it("defaults to limit 100, offset 0, and _meta.total counts everything", async () => {
    const res = await api.get("/pairings");
    assertComponent("PairingDrResponseList", res.data);
    const meta = res.data._meta;
    assert.equal(meta.limit, 100);
    assert.equal(meta.offset, 0);
    assert.equal(meta.total, 7);
    assert.equal(res.data.list.length, 7);
    assert.equal(meta.links.next, null);
    assert.equal(meta.links.previous, null);
    assert.equal(meta.links.self.href, `${h.sim.url}/pairings?limit=100&offset=0`);
  });

  it("pages with limit/offset and absolute next/previous links that a client can follow to the end", async () => {
    const seen: string[] = [];
    let href: string | null = `${h.sim.url}/pairings?limit=3`;
    const offsets: number[] = [];
    while (href) {
      assert.match(
        href,
        /^https:\/\/127\.0\.0\.1:\d+\/api\/rest\/vr\/v2\/pairings\?/,
        "absolute href",
      );
      const res: { status: number; data: PairingList } = await api.get(href);
      assert.equal(res.status, 200);
      assertComponent("PairingDrResponseList", res.data);
      const { list = [], _meta: meta = {} }: PairingList = res.data;
      offsets.push(meta.offset!);
      assert.equal(meta.limit, 3);
      assert.equal(meta.total, 7);
      if (meta.offset! > 0) {
        assert.equal(
          meta.links?.previous?.href,
          `${h.sim.url}/pairings?limit=3&offset=${meta.offset! - 3}`,
        );
      } else {
        assert.equal(meta.links?.previous, null);
      }
      seen.push(...list.map((p) => p.pairing_id!));
      href = meta.links?.next?.href ?? null;
    }
    assert.deepEqual(offsets, [0, 3, 6]);
    assert.equal(seen.length, 7);
    assert.equal(new Set(seen).size, 7);
    assert.ok(seen.includes(h.sim.selfPairingId));
    for (const id of created) assert.ok(seen.includes(id));
  });

  it("builds links on the host name the client used", async () => {
    const url = `https://localhost:${h.sim.port}/api/rest/vr/v2/pairings?limit=2`;
    const res = await api.get(url);
    assert.equal(
      res.data._meta.links.next.href,
      `https://localhost:${h.sim.port}/api/rest/vr/v2/pairings?limit=2&offset=2`,
    );
  });

  it("keeps filter and sort parameters in the links", async () => {
    const res = await api.get("/pairings?limit=1&sort_by=remote_vc_server.name&order_by=desc");
    const next = new URL(res.data._meta.links.next.href);
    assert.equal(next.searchParams.get("sort_by"), "remote_vc_server.name");
    assert.equal(next.searchParams.get("order_by"), "desc");
    assert.equal(next.searchParams.get("offset"), "1");
  });

  it("returns an empty page past the end, with a previous link and no next", async () => {
    const res = await api.get("/pairings?limit=5&offset=50");
    assert.equal(res.status, 200);
    assert.deepEqual(res.data.list, []);
    assert.equal(res.data._meta.total, 7);
    assert.equal(res.data._meta.links.next, null);
    assert.ok(res.data._meta.links.previous.href.endsWith("offset=45"));
  });

  it("filters on a nested property with one or several filter values", async () => {
    const names = [h.sim.remoteSites[0].name, h.sim.remoteSites[4].name];
    const one = await api.get("/pairings", {
      params: { filter_property: "remote_vc_server.name", filter: names[0] },
    });
    assertComponent("PairingDrResponseList", one.data);
    assert.deepEqual(
      one.data.list.map((p: Pairing) => p.remote_vc_server?.name),
      [names[0]],
    );
    assert.equal(one.data._meta.total, 1);
    const two = await api.get(
      `/pairings?filter_property=remote_vc_server.name&filter=${names[0]}&filter=${names[1]}`,
    );
    assert.deepEqual(
      two.data.list.map((p: Pairing) => p.remote_vc_server?.name).sort(),
      [...names].sort(),
    );
    const byId = await api.get(
      `/pairings?filter_property=remote_vc_server.id&filter=${h.sim.localVcId}`,
    );
    assert.deepEqual(
      byId.data.list.map((p: Pairing) => p.pairing_id),
      [h.sim.selfPairingId],
    );
    const none = await api.get("/pairings?filter_property=remote_vc_server.name&filter=nothing");
    assert.deepEqual(none.data.list, []);
    assert.equal(none.data._meta.total, 0);
  });

  for (const order of ["asc", "ascending", "desc", "descending", undefined]) {
    it(`sorts by a nested property, order_by=${order ?? "(none: ascending)"}`, async () => {
      const res = await api.get("/pairings", {
        params: { sort_by: "remote_vc_server.name", order_by: order },
      });
      const names = res.data.list.map((p: Pairing) => p.remote_vc_server?.name as string);
      const sorted = [...names].sort((a, b) => a.localeCompare(b));
      assert.deepEqual(names, order?.startsWith("desc") ? sorted.reverse() : sorted);
    });
  }

  const bad: [string, string][] = [
    ["limit=-1", "a negative limit"],
    ["limit=ten", "a limit that is not a number"],
    ["offset=1.5", "a fractional offset"],
    ["sort_by=pairing_id&order_by=sideways", "an unknown order_by"],
    ["order_by=asc", "order_by without sort_by"],
    ["filter_property=pairing_id", "filter_property without filter"],
    ["filter=x", "filter without filter_property"],
  ];
  for (const [query, what] of bad) {
    it(`answers 400 {error_code, message, op_id} for ${what}`, async () => {
      for (const path of ["/pairings", "/tasks"]) {
        const res = await api.get(`${path}?${query}`);
        assert.equal(res.status, 400, `${path}?${query}`);
        assertError(res.data, "INVALID_PARAMETER");
      }
    });
  }

  it("lists recent tasks with the same paging, filtering and sorting", async () => {
    const all = await api.get("/tasks");
    assert.equal(all.status, 200);
    assertComponent("TaskDrResponseList", all.data);
    const { list = [], _meta: meta = {} }: TaskList = all.data;
    assert.equal(meta.total, 6);
    assert.ok(
      list.every((t: Task) => t.status === "SUCCESS" && t.description === "Create pairing"),
    );
    const page = await api.get("/tasks?limit=4&offset=4");
    assert.equal(page.data.list.length, 2);
    assert.equal(page.data._meta.links.next, null);
    assert.ok(page.data._meta.links.previous.href.startsWith(`${h.sim.url}/tasks?`));
    const filtered = await api.get(`/tasks?filter_property=entity&filter=${created[2]}`);
    assert.deepEqual(
      filtered.data.list.map((t: Task) => t.entity),
      [created[2]],
    );
    const sorted = await api.get("/tasks?sort_by=queued_time&order_by=descending");
    const times = sorted.data.list.map((t: Task) => t.queued_time as number);
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
    );
    const statusFilter = await api.get("/tasks?filter_property=status&filter=ERROR");
    assert.equal(statusFilter.data._meta.total, 0);
  });
});
