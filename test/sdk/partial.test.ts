import * as assert from "node:assert/strict";
import { partialDataOf } from "../../sdk/partial";

describe("sdk partial data", () => {
  it("complete answers are undefined; partial ones say which condition and why", () => {
    assert.equal(partialDataOf({ _meta: { errors: [] } }), undefined);
    assert.equal(partialDataOf({}), undefined);
    assert.equal(partialDataOf(null), undefined);
    const p = partialDataOf({
      _meta: {
        errors: [
          {
            code: "REMOTE_SITE_NOT_AUTHENTICATED",
            message: "log in to the remote site",
            field: "$.remote_vrms",
          },
          {
            code: "REMOTE_SITE_NOT_AUTHENTICATED",
            message: "log in to the remote site",
            field: "$.remote_vc_server",
          },
        ],
      },
    });
    assert.equal(p?.remoteSessionMissing, true);
    assert.equal(p?.remoteSiteUnreachable, false);
    assert.equal(p?.reason, "log in to the remote site");
    const down = partialDataOf({
      _meta: { errors: [{ code: "REMOTE_SITE_UNREACHABLE", field: "$.list" }] },
    });
    assert.equal(down?.remoteSiteUnreachable, true);
    assert.equal(down?.reason, "REMOTE_SITE_UNREACHABLE at $.list");
  });
});
