// Lists: query parameters, and following `_meta.links.next` to the end.

import type { HttpResponse, Send } from "./http";
import type { DrResponseList, ListQuery } from "./wire";

const MAX_PAGES = 1000;

export function queryParams(q: ListQuery | undefined): URLSearchParams {
  const params = new URLSearchParams();
  if (!q) return params;
  if (q.limit !== undefined) params.set("limit", String(q.limit));
  if (q.offset !== undefined) params.set("offset", String(q.offset));
  if (q.sort_by) params.set("sort_by", q.sort_by);
  if (q.order_by) params.set("order_by", q.order_by);
  if (q.filter_property) params.set("filter_property", q.filter_property);
  for (const f of q.filter ?? []) params.append("filter", f);
  return params;
}

/** Every page of a list, following `_meta.links.next` to the end. */
export async function forEachPage<T>(
  send: Send,
  baseUrl: string,
  path: string,
  query: URLSearchParams,
  onPage: (items: T[], meta: DrResponseList<T>["_meta"]) => void,
): Promise<void> {
  let next: { path: string; query: URLSearchParams } | undefined = { path, query };
  const seen = new Set<string>();
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const key = `${next.path}?${next.query.toString()}`;
    if (seen.has(key)) break; // a server repeating its own link would loop forever
    seen.add(key);
    const res: HttpResponse<DrResponseList<T>> = await send<DrResponseList<T>>({
      method: "GET",
      path: next.path,
      query: next.query,
    });
    const data = res.data;
    const items = Array.isArray(data?.list) ? data.list : [];
    onPage(items, data?._meta);
    const href = data?._meta?.links?.next?.href;
    next = href && items.length > 0 ? relativeLink(baseUrl, href) : undefined;
  }
}

/** All items of a list, every page. */
export async function listAll<T>(
  send: Send,
  baseUrl: string,
  path: string,
  query?: ListQuery,
): Promise<T[]> {
  const out: T[] = [];
  await forEachPage<T>(send, baseUrl, path, queryParams(query), (items) => out.push(...items));
  return out;
}

/** Turns a `_meta.links.next.href` into a path under our base URL (never another host). */
function relativeLink(baseUrl: string, href: string): { path: string; query: URLSearchParams } {
  const base = new URL(baseUrl);
  const url = new URL(href, `${base.origin}${base.pathname}/`);
  let p = url.pathname;
  if (p.startsWith(base.pathname + "/")) p = p.slice(base.pathname.length);
  return { path: p, query: url.searchParams };
}
