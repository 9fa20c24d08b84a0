// Paging, filtering and sorting shared by every list endpoint, with the _meta block.
import type { DrResponseList, MetaError, MetadataList } from "../sdk/wire";
import { BadRequest } from "./api-errors";

export const DEFAULT_PAGE_SIZE = 100;

export interface ListQuery {
  limit: number;
  offset: number;
  sortBy: string | null;
  descending: boolean;
  filterProperty: string | null;
  filters: string[];
}

function parseCount(params: URLSearchParams, name: string, fallback: number): number {
  const raw = params.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw)) {
    throw new BadRequest(
      "INVALID_PARAMETER",
      `Query parameter '${name}' must be a non-negative integer, got '${raw}'`,
    );
  }
  return Number(raw);
}

export function parseListQuery(params: URLSearchParams): ListQuery {
  const limit = parseCount(params, "limit", DEFAULT_PAGE_SIZE);
  const offset = parseCount(params, "offset", 0);
  const sortBy = params.get("sort_by") || null;
  const orderBy = params.get("order_by");
  let descending = false;
  if (orderBy !== null && orderBy !== "") {
    const o = orderBy.toLowerCase();
    if (o === "desc" || o === "descending") descending = true;
    else if (o !== "asc" && o !== "ascending") {
      throw new BadRequest(
        "INVALID_PARAMETER",
        `Query parameter 'order_by' must be asc, ascending, desc or descending, got '${orderBy}'`,
      );
    }
    if (!sortBy) {
      throw new BadRequest(
        "INVALID_PARAMETER",
        "Query parameter 'order_by' must be used with 'sort_by'",
      );
    }
  }
  const filterProperty = params.get("filter_property") || null;
  const filters = params.getAll("filter");
  if (filterProperty && filters.length === 0) {
    throw new BadRequest(
      "INVALID_PARAMETER",
      "Query parameter 'filter_property' must be used with 'filter'",
    );
  }
  if (!filterProperty && filters.length > 0) {
    throw new BadRequest(
      "INVALID_PARAMETER",
      "Query parameter 'filter' must be used with 'filter_property'",
    );
  }
  return { limit, offset, sortBy, descending, filterProperty, filters };
}

/** Reads a nested field such as "remote_vc_server.name". */
export function fieldOf(item: unknown, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split(".")) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b));
}

export interface Page<T> {
  items: T[];
  total: number;
}

export function selectPage<T>(all: T[], q: ListQuery): Page<T> {
  let items = all;
  if (q.filterProperty) {
    const prop = q.filterProperty;
    items = items.filter((it) => {
      const v = fieldOf(it, prop);
      return v !== undefined && v !== null && q.filters.includes(String(v));
    });
  }
  if (q.sortBy) {
    const by = q.sortBy;
    // Missing values sort last in either direction; Array.prototype.sort is stable.
    items = [...items].sort((a, b) => {
      const va = fieldOf(a, by);
      const vb = fieldOf(b, by);
      if (va === undefined || va === null || vb === undefined || vb === null)
        return compare(va, vb);
      return q.descending ? compare(vb, va) : compare(va, vb);
    });
  }
  return { items: items.slice(q.offset, q.offset + q.limit), total: items.length };
}

/** Links are absolute, built on the origin the client used, keeping its other query parameters. */
export function listMeta(
  origin: string,
  path: string,
  params: URLSearchParams,
  q: ListQuery,
  total: number,
  errors: MetaError[] = [],
): MetadataList {
  const href = (offset: number): { href: string } => {
    const p = new URLSearchParams(params);
    p.set("limit", String(q.limit));
    p.set("offset", String(offset));
    return { href: `${origin}${path}?${p.toString()}` };
  };
  const hasNext = q.limit > 0 && q.offset + q.limit < total;
  return {
    errors,
    total,
    offset: q.offset,
    limit: q.limit,
    links: {
      self: href(q.offset),
      next: hasNext ? href(q.offset + q.limit) : null,
      previous: q.offset > 0 ? href(Math.max(0, q.offset - Math.max(q.limit, 1))) : null,
    },
  };
}

export function listResponse<T>(
  all: T[],
  origin: string,
  path: string,
  params: URLSearchParams,
  errors: MetaError[] = [],
): DrResponseList<T> {
  const q = parseListQuery(params);
  const page = selectPage(all, q);
  return { list: page.items, _meta: listMeta(origin, path, params, q, page.total, errors) };
}
