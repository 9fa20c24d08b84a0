// The reason a preview shows an update with no changed input (refresh found the pairing
// unhealthy), or what a new VRMS address means. The dynamic-provider host passes Diff no
// property list (`diffs`/`detailedDiff` are dropped), so the reason reaches the pipeline log
// as one line: the pure diff words it, the provider's diff prints it.
import { ProgressReporter, type ProgressSettings } from "./progress";
import type { VrmsIdentity } from "./vrms-identity";

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

/** What a new VRMS address means for the pairing, as the one line the preview shows. */
export function readdressReason(
  move: { from: string; to?: string },
  identity: VrmsIdentity,
): string {
  const change = `vrmsUrl changed from ${move.from} to ${move.to ?? "a value not known yet"}`;
  switch (identity.kind) {
    case "same":
      return `${change}: the same VRMS (${identity.detail}); the update records the new address and sends nothing to the VRMS`;
    case "another":
      return `${change}: another VRMS (${identity.detail}); the pairing is replaced: deleted on ${move.from}, created on ${move.to}`;
    case "unknown":
      return `${change}: whether it is the same VRMS is asked once the address is known; another VRMS will replace the pairing then`;
  }
}

/** Prints the diff's lines in the provider's `vr-pairing <name>: ...` format. */
export function reportDiffNotes(
  olds: LastRead,
  news: LastRead,
  lines: string[],
  settings: ProgressSettings,
): void {
  const name = news.resourceName ?? olds.resourceName;
  const named = typeof name === "string" && name ? name : "pairing";
  const progress = new ProgressReporter(named, "diff", settings);
  for (const line of lines) progress.note(line);
}
