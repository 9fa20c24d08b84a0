import * as pulumi from "@pulumi/pulumi";

/** A trivial inline dynamic provider: proves the harness mechanics without the real provider. */
export interface EchoInputs {
  label: string;
  secret?: string;
  fail?: string;
}

export const echoProvider: pulumi.dynamic.ResourceProvider = {
  async configure(req) {
    (globalThis as Record<string, unknown>).echoConfigured = req.config.get("region") ?? "none";
  },
  async check(olds, news) {
    const failures = news.label ? [] : [{ property: "label", reason: "label is required" }];
    return { inputs: { ...news, label: String(news.label ?? "").trim() }, failures };
  },
  async diff(_id, olds, news) {
    const replaces = olds.label !== news.label ? ["label"] : [];
    return { changes: olds.secret !== news.secret || replaces.length > 0, replaces };
  },
  async create(inputs) {
    console.log(`creating ${inputs.label}`);
    if (inputs.fail === "partial") {
      throw Object.assign(new Error("half made"), {
        id: "partial-1",
        properties: { label: inputs.label },
        reasons: ["timed out"],
      });
    }
    if (inputs.fail) throw new Error(`refused: ${inputs.fail}`);
    // Outputs must be plain JSON: an undefined value makes the host fail with "Unexpected struct type".
    const region = (globalThis as Record<string, unknown>).echoConfigured ?? "none";
    return {
      id: `id-${inputs.label}`,
      outs: { label: inputs.label, region, ...(inputs.secret ? { secret: inputs.secret } : {}) },
    };
  },
  async read(id, props) {
    if (id === "id-gone") return { id: "", props: {} };
    return { id, props: { ...props, readAt: "now" } };
  },
  async update(_id, _olds, news) {
    return {
      outs: { label: news.label, updated: true, ...(news.secret ? { secret: news.secret } : {}) },
    };
  },
  async delete(id) {
    console.error(`deleting ${id}`);
  },
};

export class Echo extends pulumi.dynamic.Resource {
  constructor(name: string, args: { [K in keyof EchoInputs]: pulumi.Input<EchoInputs[K]> }) {
    super(echoProvider, name, args, undefined, "engine-test", "Echo");
  }
}
