// Validation of the PairingSpec body: anything malformed is a synchronous 400.
import type { PairPscInfo, PairingSpec } from "../sdk/wire";
import { BadRequest } from "./api-errors";

/** A spec the simulator accepted: the file leaves the PSC's address and login optional. */
export type CheckedPairingSpec = PairingSpec & {
  pair_psc_info: PairPscInfo &
    Required<Pick<PairPscInfo, "url" | "port" | "username" | "password">>;
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function requireString(obj: Record<string, unknown>, key: string, where: string): string {
  const v = obj[key];
  if (typeof v !== "string" || v.trim() === "") {
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      `Field '${where}${key}' is required and must be a non-empty string`,
    );
  }
  return v;
}

export function parsePairingSpec(body: unknown): CheckedPairingSpec {
  if (!isObject(body))
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      "The request body must be a JSON object (PairingSpec)",
    );
  const pairVcId = requireString(body, "pair_vc_id", "");
  const psc = body.pair_psc_info;
  if (!isObject(psc))
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      "Field 'pair_psc_info' is required and must be an object",
    );
  const url = requireString(psc, "url", "pair_psc_info.");
  const username = requireString(psc, "username", "pair_psc_info.");
  if (typeof psc.password !== "string") {
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      "Field 'pair_psc_info.password' is required and must be a string",
    );
  }
  let port = 443;
  if (psc.port !== undefined && psc.port !== null) {
    if (
      typeof psc.port !== "number" ||
      !Number.isInteger(psc.port) ||
      psc.port < 1 ||
      psc.port > 65535
    ) {
      throw new BadRequest(
        "INVALID_REQUEST_BODY",
        "Field 'pair_psc_info.port' must be an integer between 1 and 65535",
      );
    }
    port = psc.port;
  }
  const thumbprint = psc.thumbprint;
  if (thumbprint !== undefined && thumbprint !== null && typeof thumbprint !== "string") {
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      "Field 'pair_psc_info.thumbprint' must be a string or null",
    );
  }
  const certificate = psc.certificate;
  if (certificate !== undefined && certificate !== null && typeof certificate !== "string") {
    throw new BadRequest(
      "INVALID_REQUEST_BODY",
      "Field 'pair_psc_info.certificate' must be a PEM string",
    );
  }
  return {
    pair_vc_id: pairVcId,
    pair_psc_info: {
      url,
      port,
      thumbprint: thumbprint ?? null,
      ...(typeof certificate === "string" ? { certificate } : {}),
      username,
      password: psc.password,
    },
  };
}
