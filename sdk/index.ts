// pulumi-vr-pairing/sdk: a VRMS (vSphere Replication) REST client, usable without Pulumi.

export * from "./wire";
export type { Logger } from "./logger";
export type {
  TlsOptions,
  RetryPolicy,
  PollPolicy,
  VrmsClientOptions,
  RequestBudget,
} from "./options";
export {
  normalizeBaseUrl,
  parseRequestBudget,
  requestBudgetFromEnv,
  DEFAULT_REQUEST_BUDGET,
  REQUEST_BUDGET_ENV,
  DEFAULT_POLL_POLICY,
  DEFAULT_RETRY_POLICY,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from "./options";
export type { WaitOptions } from "./waiter";
export { VrmsClient, isSelfPairing, type RemoteCredentials } from "./client";
export { normalizeThumbprint, thumbprintsOfPem } from "./thumbprint";
export {
  VrmsError,
  VrmsHttpError,
  VrmsNotFoundError,
  VrmsRateLimitError,
  VrmsAuthError,
  VrmsTaskFailedError,
  VrmsTaskCancelledError,
  VrmsTaskTimeoutError,
  VrmsTlsError,
  VrmsAbortError,
  VrmsNetworkError,
} from "./errors";
