import { strict as assert } from "node:assert";
import { X509Certificate } from "node:crypto";
import * as https from "node:https";
import * as tls from "node:tls";
import axios from "axios";
import * as sinon from "sinon";
import { SESSION_HEADER } from "../../sdk/wire";
import { API_BASE_PATH, startSimulator } from "../../simulator";
import { FAST_TASKS, session } from "../support/simulator";

describe("simulator: server", () => {
  it("serves HTTPS by default with a certificate whose thumbprints it reports", async () => {
    const sim = await startSimulator({ taskDurations: FAST_TASKS });
    try {
      assert.match(sim.url, /^https:\/\/127\.0\.0\.1:\d+\/api\/rest\/vr\/v2$/);
      assert.equal(sim.origin + API_BASE_PATH, sim.url);
      assert.ok(sim.port > 0);
      const presented = await new Promise<tls.PeerCertificate>((resolve, reject) => {
        const s = tls.connect(
          { host: "127.0.0.1", port: sim.port, rejectUnauthorized: false },
          () => {
            resolve(s.getPeerCertificate());
            s.end();
          },
        );
        s.on("error", reject);
      });
      assert.equal(presented.fingerprint256, sim.thumbprints.sha256);
      assert.equal(presented.fingerprint, sim.thumbprints.sha1);
      assert.match(sim.thumbprints.sha256, /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
      assert.match(sim.thumbprints.sha1, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
      assert.equal(new X509Certificate(sim.certificatePem).fingerprint256, sim.thumbprints.sha256);
      // Trusting the PEM is enough, for the IP and for localhost.
      for (const host of ["127.0.0.1", "localhost"]) {
        const res = await axios.post(
          `https://${host}:${sim.port}${API_BASE_PATH}/session`,
          undefined,
          {
            auth: sim.users[0],
            httpsAgent: new https.Agent({ ca: sim.certificatePem }),
          },
        );
        assert.equal(res.status, 200, host);
      }
      // An untrusting client refuses it: it really is a self-signed certificate.
      await assert.rejects(axios.get(sim.url + "/session"), /self[- ]signed|unable to verify/i);
    } finally {
      await sim.stop();
    }
  });

  it("generates a new certificate at every start", async () => {
    const a = await startSimulator();
    const b = await startSimulator();
    try {
      assert.notEqual(a.thumbprints.sha256, b.thumbprints.sha256);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });

  it("serves plain HTTP only when asked", async () => {
    const sim = await startSimulator({ tls: false, taskDurations: FAST_TASKS });
    try {
      assert.match(sim.url, /^http:\/\//);
      assert.equal(sim.certificatePem, "");
      const api = await session(sim);
      const list = await api.get("/pairings?limit=1");
      assert.ok(list.data._meta.links.self.href.startsWith(`http://127.0.0.1:${sim.port}/`));
    } finally {
      await sim.stop();
    }
  });

  it("starts in well under a second and stops cleanly", async () => {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      const sim = await startSimulator();
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      await sim.stop();
      await sim.stop(); // idempotent
    }
    assert.ok(
      Math.max(...times) < 500,
      `start took ${times.map((t) => t.toFixed(0)).join(", ")} ms`,
    );
  });

  it("refuses a port that is taken, with the listen error", async () => {
    const a = await startSimulator();
    try {
      await assert.rejects(startSimulator({ port: a.port }), /EADDRINUSE/);
    } finally {
      await a.stop();
    }
  });

  it("rejects nonsense options", async () => {
    await assert.rejects(startSimulator({ taskDurations: { createMs: -1 } }), RangeError);
    await assert.rejects(startSimulator({ users: [] }), RangeError);
    await assert.rejects(startSimulator({ localSite: "Site B" }), RangeError);
  });

  it("exposes the catalogue and the users it was started with", async () => {
    const sim = await startSimulator({
      remoteSiteCount: 55,
      users: [{ username: "a@vsphere.local", password: "A" }],
    });
    try {
      assert.equal(sim.remoteSites.length, 55);
      assert.equal(new Set(sim.remoteSites.map((s) => s.vcId)).size, 55);
      assert.equal(sim.remoteSites[54].name, "vc-remote-55.example.test");
      assert.equal(sim.remoteSites[0].password, "Remote-01-Pass!");
      assert.deepEqual(sim.users, [{ username: "a@vsphere.local", password: "A" }]);
      const again = await startSimulator({ remoteSiteCount: 1 });
      assert.equal(
        again.remoteSites[0].vcId,
        sim.remoteSites[0].vcId,
        "ids are stable across runs",
      );
      assert.equal(again.localVcId, sim.localVcId);
      await again.stop();
      const other = await startSimulator({ remoteSiteCount: 1, localSite: "site-b" });
      await other.stop();
      assert.notEqual(other.localVcId, sim.localVcId, "another local site: another vCenter");
      assert.notEqual(other.localVrmsId, sim.localVrmsId, "and another VRMS");
      assert.notEqual(other.selfPairingId, sim.selfPairingId);
      assert.equal(other.remoteSites[0].vcId, sim.remoteSites[0].vcId, "the same remote sites");
    } finally {
      await sim.stop();
    }
  });
});

describe("simulator: request log", () => {
  afterEach(() => sinon.restore());

  it("logs method, path and status when asked, never a session id, password or query", async () => {
    const lines: string[] = [];
    sinon.stub(console, "log").callsFake((...args: unknown[]) => {
      lines.push(args.join(" "));
    });
    const sim = await startSimulator({ logRequests: true, taskDurations: FAST_TASKS });
    let sid: string | undefined;
    try {
      const api = await session(sim);
      sid = String(api.defaults.headers[SESSION_HEADER]);
      await api.get("/pairings?filter_property=pairing_id&filter=secret-looking");
    } finally {
      await sim.stop();
      sinon.restore();
    }
    assert.ok(
      lines.some((l) => /POST \/api\/rest\/vr\/v2\/session -> 200/.test(l)),
      lines.join("\n"),
    );
    assert.ok(lines.some((l) => /GET \/api\/rest\/vr\/v2\/pairings -> 200/.test(l)));
    const all = lines.join("\n");
    assert.ok(sid && sid.length > 10 && !all.includes(sid));
    assert.ok(!all.includes("VMware1!") && !all.includes("secret-looking"));
  });

  it("logs nothing by default", async () => {
    const log = sinon.stub(console, "log");
    const sim = await startSimulator({ taskDurations: FAST_TASKS });
    try {
      await session(sim);
    } finally {
      await sim.stop();
      sinon.restore();
    }
    assert.equal(log.callCount, 0);
  });
});
