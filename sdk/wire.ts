// The VRMS REST API v2 wire shapes, field for field from the vendor's OpenAPI file.
// These are the only types the simulator shares with the client.

export const API_BASE_PATH = "/api/rest/vr/v2";
export const SESSION_HEADER = "x-dr-session";

export type ServerStatus = "OK" | "WARNING" | "ERROR";
export type TaskStatus = "QUEUED" | "RUNNING" | "SUCCESS" | "ERROR" | "CANCELLED";
export const TERMINAL_TASK_STATUSES: readonly TaskStatus[] = ["SUCCESS", "ERROR", "CANCELLED"];
export type IssueStatus = "WARNING" | "ERROR";
export type IssueType = "VC" | "VRS" | "VRMS" | "UNKNOWN";
export type SortOrder = "asc" | "ascending" | "desc" | "descending";

export interface SessionIdData {
  session_id?: string;
}

export interface SessionInfo {
  username?: string;
}

export interface ResponseError {
  error_code?: string;
  message?: string;
  /** UUID support staff ask for. */
  op_id?: string;
}

export interface MetaError {
  code?: string;
  message?: string;
  field: string;
}

export interface Metadata {
  errors?: MetaError[];
}

export interface HrefDrData {
  href?: string;
}

/** next/previous are null on the last/first page (test/support/vendor/corrections.ts). */
export interface MetaLinks {
  self?: HrefDrData;
  next?: HrefDrData | null;
  previous?: HrefDrData | null;
}

export interface MetadataList extends Metadata {
  total?: number;
  offset?: number;
  limit?: number;
  links?: MetaLinks;
}

export interface DrResponseList<T> {
  list?: T[];
  _meta?: MetadataList;
}

export interface X509Certificate {
  serial_number?: string;
  /** Epoch milliseconds. */
  not_after?: number;
  /** Epoch milliseconds. */
  not_before?: number;
  signature?: string;
  version?: number;
  issuer_dn?: string;
  subject_dn?: string;
  sig_alg_name?: string;
  sig_alg_oid?: string;
  public_key?: string;
  public_key_format?: string;
  public_key_algorithm?: string;
  thumbprint?: string;
  certificate?: string;
  issuer_unique_id?: (boolean | null)[] | null;
  subject_unique_id?: (boolean | null)[] | null;
  key_usage?: (boolean | null)[] | null;
  issuer_alternative_names?: (string | null)[] | null;
  subject_alternative_names?: (string | null)[] | null;
  extended_key_usage?: (string | null)[] | null;
}

export interface CertificateWarning {
  server_guid?: string;
  server_url?: string;
  certificate?: X509Certificate;
}

export interface ServerInfo {
  id?: string;
  url?: string;
  name?: string;
  server_status?: ServerStatus;
  certificates?: X509Certificate[];
  certificate_warnings?: CertificateWarning[];
  version?: string;
}

export interface Pairing {
  pairing_id?: string;
  local_vc_server?: ServerInfo;
  remote_vc_server?: ServerInfo;
  local_vrms?: ServerInfo;
  remote_vrms?: ServerInfo;
}

export interface PairingEntity extends Pairing {
  _meta?: Metadata;
}

export type PairingList = DrResponseList<Pairing>;

export interface PairPscInfo {
  /** Host name of the remote PSC / vCenter. */
  url: string;
  /** Defaults to 443 on the server. */
  port?: number;
  thumbprint?: string | null;
  /** PEM; shown only by newer renderings of the docs. */
  certificate?: string;
  username: string;
  password: string;
}

export interface PairingSpec {
  pair_vc_id: string;
  pair_psc_info: PairPscInfo;
}

export interface IssueInfo {
  entity?: string;
  entity_name?: string | null;
  description?: string;
  /** Epoch milliseconds. */
  timestamp: number;
  status?: IssueStatus;
  issue_type?: IssueType;
}

export type IssueList = DrResponseList<IssueInfo>;

export interface TaskError {
  message?: string;
  details?: string;
}

export interface Task {
  id: string;
  description?: string;
  description_id?: string;
  entity?: string | null;
  entity_name?: string | null;
  status: TaskStatus;
  error?: TaskError | null;
  result?: Record<string, unknown> | null;
  progress?: number;
  /** Epoch milliseconds, null until set. */
  queued_time?: number | null;
  start_time?: number | null;
  complete_time?: number | null;
}

export interface TaskEntity extends Task {
  _meta?: Metadata;
}

export type TaskList = DrResponseList<Task>;

/** Query options shared by the list endpoints. */
export interface ListQuery {
  limit?: number;
  offset?: number;
  sort_by?: string;
  order_by?: SortOrder;
  filter_property?: string;
  filter?: string[];
}
