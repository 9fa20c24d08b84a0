// Kept by hand: eight routes keyed by the vendor's own {param} templates (permissions and counters
// use them too); find-my-way would need those translated and one lookup per method for 405's Allow.
// Matches "/pairings/abc/issues" against templates like "/pairings/{pairing_id}/issues".
import type { Route } from "./route-types";

export type RouteMatch =
  | { kind: "route"; route: Route; params: Record<string, string> }
  | { kind: "method-not-allowed"; allow: string[]; template: string }
  | { kind: "none" };

function matchTemplate(template: string, path: string): Record<string, string> | null {
  const t = template.split("/");
  const p = path.split("/");
  if (t.length !== p.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < t.length; i++) {
    const seg = t[i];
    if (seg.startsWith("{") && seg.endsWith("}")) {
      if (p[i] === "") return null;
      let value: string;
      try {
        value = decodeURIComponent(p[i]);
      } catch {
        return null;
      }
      params[seg.slice(1, -1)] = value;
    } else if (seg !== p[i]) {
      return null;
    }
  }
  return params;
}

export function matchRoute(routes: Route[], method: string, relPath: string): RouteMatch {
  // A trailing slash names the same resource.
  const path = relPath.length > 1 ? relPath.replace(/\/+$/, "") : relPath;
  const allow: string[] = [];
  let template = "";
  for (const route of routes) {
    const params = matchTemplate(route.template, path);
    if (!params) continue;
    if (route.method === method) return { kind: "route", route, params };
    allow.push(route.method);
    template = route.template;
  }
  return allow.length > 0 ? { kind: "method-not-allowed", allow, template } : { kind: "none" };
}
