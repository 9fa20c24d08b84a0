import { HostLine, OperationSummary, StepEvent, UpSummary } from "../engine";

/** Prints deployment steps the way `pulumi up` does (resource, operation, duration, outputs). */
export class StepPrinter {
  constructor(private readonly out: (line: string) => void) {}

  private static readonly SYMBOL: Record<StepEvent["op"], string> = {
    create: "+",
    update: "~",
    replace: "+-",
    same: " ",
    delete: "-",
    refresh: "~",
  };
  private static readonly VERB: Record<StepEvent["op"], [string, string]> = {
    create: ["creating", "created"],
    update: ["updating", "updated"],
    replace: ["replacing", "replaced"],
    same: ["", "unchanged"],
    delete: ["deleting", "deleted"],
    refresh: ["refreshing", "refreshed"],
  };

  command(text: string): void {
    this.out("");
    this.out(`$ ${text}`);
  }

  note(text: string): void {
    this.out(text);
  }

  hostLine(line: HostLine): void {
    this.out(`    ${line.stream === "stderr" ? "error" : "info"}: [runtime] ${line.text}`);
  }

  step(e: StepEvent): void {
    const symbol = StepPrinter.SYMBOL[e.op].padEnd(3);
    const [doing, done] = StepPrinter.VERB[e.op];
    const head = ` ${symbol}${e.type}  ${e.name}`;
    if (e.phase === "start") {
      if (e.op !== "same") this.out(`${head}  ${doing}${e.detail ? ` (${e.detail})` : ""}`);
      return;
    }
    const secs = `(${((e.durationMs ?? 0) / 1000).toFixed(1)}s)`;
    if (e.phase === "failed") {
      this.out(`${head}  **${doing} failed** ${secs}`);
      this.out(`    error: ${e.error?.message ?? "unknown error"}`);
      return;
    }
    const detail =
      e.op === "refresh" && e.detail === "gone"
        ? " [gone: removed from state]"
        : e.detail
          ? ` [${e.detail}]`
          : "";
    this.out(`${head}  ${done} ${secs}${detail}`);
    if (e.outputs && e.op !== "same") {
      const o = e.outputs;
      const summary = ["replicationId", "pairingId", "connectionStatus", "health", "rpo"]
        .filter((k) => o[k] !== undefined)
        .map((k) => `${k}: ${JSON.stringify(o[k])}`);
      if (Array.isArray(o.issues) && o.issues.length > 0)
        summary.push(`issues: ${o.issues.length}`);
      if (summary.length) this.out(`        ${summary.join(", ")}`);
      if (Array.isArray(o.issues)) {
        for (const issue of o.issues.slice(0, 3)) {
          const text =
            issue && typeof issue === "object" && !Array.isArray(issue) ? issue.description : issue;
          this.out(`        issue: ${String(text)}`);
        }
      }
    }
  }

  outputs(up: UpSummary): void {
    const keys = Object.keys(up.outputs).sort();
    if (keys.length === 0) return;
    this.out("Outputs:");
    const width = Math.max(...keys.map((k) => k.length));
    for (const k of keys) {
      const value = up.secretOutputs.includes(k) ? "[secret]" : JSON.stringify(up.outputs[k]);
      this.out(`    ${k.padEnd(width)}: ${value}`);
    }
  }

  summary(s: OperationSummary): void {
    const labels: [keyof OperationSummary["counts"], string, string][] = [
      ["create", "+", "created"],
      ["update", "~", "updated"],
      ["replace", "+-", "replaced"],
      ["delete", "-", "deleted"],
      ["refresh", "~", "refreshed"],
      ["gone", "-", "gone (removed from state)"],
      ["same", " ", "unchanged"],
    ];
    this.out("Resources:");
    let any = false;
    for (const [key, sym, label] of labels) {
      const n = s.counts[key];
      if (!n) continue;
      any = true;
      this.out(`    ${sym} ${n} ${label}`);
    }
    if (!any) this.out("    no changes");
    this.out(`Duration: ${(s.durationMs / 1000).toFixed(1)}s`);
  }
}
