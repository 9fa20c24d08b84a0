import { strict as assert } from "node:assert";
import { spawn } from "node:child_process";
import * as https from "node:https";
import * as path from "node:path";
import axios from "axios";

describe("simulator: CLI from the shell", () => {
  it("runs from the shell: prints URL and thumbprints, serves a login, exits on SIGTERM", async function () {
    this.timeout(15_000);
    const cli = path.join(__dirname, "..", "..", "simulator", "cli.js");
    const child = spawn(process.execPath, [cli, "--port", "0", "--create-ms", "20"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    try {
      const out = await new Promise<string>((resolve, reject) => {
        let text = "";
        child.stdout.on("data", (d: Buffer) => {
          text += d.toString();
          if (text.includes("Try:")) resolve(text);
        });
        child.on("exit", (code) => reject(new Error(`CLI exited ${code}: ${text}`)));
      });
      const url = /URL:\s+(\S+)/.exec(out)?.[1];
      const sha256 = /SHA-256:\s+(\S+)/.exec(out)?.[1];
      assert.ok(url && sha256 && /SHA-1:\s+([0-9A-F]{2}:){19}[0-9A-F]{2}/.test(out), out);
      const res = await axios.post(`${url}/session`, undefined, {
        auth: { username: "administrator@vsphere.local", password: "VMware1!" },
        httpsAgent: new https.Agent({ rejectUnauthorized: false }),
      });
      assert.equal(res.status, 200);
      assert.ok(res.data.session_id);
    } finally {
      const exited = new Promise<number | null>((resolve) =>
        child.on("exit", (code) => resolve(code)),
      );
      child.kill("SIGTERM");
      assert.equal(await exited, 0);
    }
  });
});
