import * as grpc from "@grpc/grpc-js";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import * as statusproto from "@pulumi/pulumi/proto/status_pb";
import { PropertyMap } from "./properties";

/**
 * What the host reports when a resource was created but failed to initialise (the engine's
 * partial-failure path): the id and properties it will keep in state, and the reasons.
 */
export interface InitFailure {
  id: string;
  properties: PropertyMap;
  reasons: string[];
  inputs?: PropertyMap;
}

/** A gRPC call to the dynamic-provider host failed; `details` is the provider's error message. */
export class HostCallError extends Error {
  override readonly name = "HostCallError";
  constructor(
    readonly method: string,
    readonly code: grpc.status,
    readonly details: string,
    readonly initFailure?: InitFailure,
  ) {
    super(
      `${method} failed (${grpc.status[code] ?? code}): ${details}` +
        (initFailure ? ` [resource ${initFailure.id} exists: partial failure]` : ""),
    );
  }
}

const INIT_FAILED_TYPE = "pulumirpc.ErrorResourceInitFailed";

/** Decodes `grpc-status-details-bin` (google.rpc.Status with an ErrorResourceInitFailed detail). */
export function decodeInitFailure(metadata: grpc.Metadata | undefined): InitFailure | undefined {
  const raw = metadata?.get("grpc-status-details-bin")[0];
  if (!raw) return undefined;
  const status = statusproto.Status.deserializeBinary(
    typeof raw === "string" ? Buffer.from(raw, "base64") : new Uint8Array(raw),
  );
  for (const any of status.getDetailsList()) {
    if (!any.getTypeUrl().endsWith(INIT_FAILED_TYPE)) continue;
    const detail = provproto.ErrorResourceInitFailed.deserializeBinary(any.getValue_asU8());
    const inputs = detail.getInputs()?.toJavaScript() as PropertyMap | undefined;
    return {
      id: detail.getId(),
      properties: (detail.getProperties()?.toJavaScript() ?? {}) as PropertyMap,
      reasons: detail.getReasonsList(),
      ...(inputs ? { inputs } : {}),
    };
  }
  return undefined;
}

export function toHostCallError(method: string, err: grpc.ServiceError): HostCallError {
  return new HostCallError(
    method,
    err.code,
    err.details || err.message,
    decodeInitFailure(err.metadata),
  );
}
