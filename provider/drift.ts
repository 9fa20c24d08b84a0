// The reason a preview shows an update with no changed input: refresh found the pairing
// unhealthy. The dynamic-provider host passes Diff no property list (`diffs`/`detailedDiff`
// are dropped), so the reason reaches the pipeline log as one line from diff instead.
import { ProgressReporter } from "./progress";

interface LastRead {
  connectionStatus?: unknown;
  issues?: unknown;
  resourceName?: unknown;
}

const SHOWN_ISSUES = 3;

/** The drift line for a diff that asks for a reconnect because of the last read, else undefined. */
export function driftReason(olds: LastRead, diff: { unhealthy: boolean }): string | undefined {
  if (!diff.unhealthy) return undefined;
  const issues = Array.isArray(olds.issues) ? (olds.issues as Record<string, unknown>[]) : [];
  const described = issues.slice(0, SHOWN_ISSUES).map((i) => {
    const where = [i.issueType, i.status].filter((v) => typeof v === "string").join(" ");
    return `${where ? `${where}: ` : ""}${String(i.description ?? "no description")}`;
  });
  if (issues.length > SHOWN_ISSUES) described.push(`${issues.length - SHOWN_ISSUES} more`);
  const list = described.length > 0 ? `issues: ${described.join("; ")}` : "no issue reported";
  return `drift: connectionStatus is ${String(olds.connectionStatus)} (${list}); the update reconnects the pairing`;
}

/** Prints the drift line, if any, in the provider's `vr-pairing <name>: ...` format. */
export function reportDrift(olds: LastRead, news: LastRead, diff: { unhealthy: boolean }): void {
  const reason = driftReason(olds, diff);
  if (!reason) return;
  const name = news.resourceName ?? olds.resourceName;
  new ProgressReporter(typeof name === "string" && name ? name : "pairing", "diff").note(reason);
}
