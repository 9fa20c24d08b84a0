import * as assert from "node:assert/strict";
import type { HttpRequest, HttpResponse } from "../../sdk/http";
import { listAll, queryParams } from "../../sdk/paging";

describe("sdk paging", () => {
  it("builds list query parameters, filters repeated", () => {
    const q = queryParams({ limit: 5, filter_property: "id", filter: ["a", "b"], order_by: "asc" });
    assert.equal(q.toString(), "limit=5&order_by=asc&filter_property=id&filter=a&filter=b");
  });

  it("follows _meta.links.next under the base URL only, and stops at a repeated link", async () => {
    const asked: string[] = [];
    const pages: Record<string, { list: number[]; next?: string }> = {
      "/items?": { list: [1, 2], next: "https://elsewhere.test/api/v2/items?offset=2" },
      "/items?offset=2": { list: [3], next: "/api/v2/items?offset=2" },
    };
    const send = async <R>(req: HttpRequest): Promise<HttpResponse<R>> => {
      const key = `${req.path}?${req.query?.toString() ?? ""}`;
      asked.push(key);
      const page = pages[key];
      const data: unknown = {
        list: page.list,
        _meta: { links: { next: page.next ? { href: page.next } : null } },
      };
      return { status: 200, data: data as R };
    };
    assert.deepEqual(await listAll<number>(send, "https://vrms.test/api/v2", "/items"), [1, 2, 3]);
    assert.deepEqual(asked, ["/items?", "/items?offset=2"], "never another host, never a loop");
  });
});
