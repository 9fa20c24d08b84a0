// The VRMS REST API v2 wire shapes: names for the types openapi-typescript generates from the
// vendor's file (generated/vr-api.ts). The only types the simulator shares with the client.
import type { components, paths } from "./generated/vr-api";

type Schemas = components["schemas"];

export const API_BASE_PATH = "/api/rest/vr/v2";
export const SESSION_HEADER = "x-dr-session";

export type SessionIdData = Schemas["SessionIdData"];
export type SessionInfo = Schemas["SessionInfo"];
export type ResponseError = Schemas["ResponseError"];

export type MetaError = Schemas["MetaError"];
export type Metadata = Schemas["Metadata"];
export type HrefDrData = Schemas["HrefDrData"];
/** next/previous are null on the last/first page (test/support/vendor/corrections.ts). */
export type MetaLinks = Schemas["MetaLinks"];
export type MetadataList = Schemas["MetadataList"];

export type X509Certificate = Schemas["X509Certificate"];
export type CertificateWarning = Schemas["CertificateWarning"];
export type ServerInfo = Schemas["ServerInfo"];
export type ServerStatus = NonNullable<ServerInfo["server_status"]>;

export type Pairing = Schemas["Pairing"];
export type PairingEntity = Schemas["PairingDrResponseEntity"];
export type PairingList = Schemas["PairingDrResponseList"];
export type PairPscInfo = Schemas["PairingSpecPairPscInfo"];
export type PairingSpec = Schemas["PairingSpec"];

export type IssueInfo = Schemas["IssueInfo"];
export type IssueStatus = NonNullable<IssueInfo["status"]>;
export type IssueType = NonNullable<IssueInfo["issue_type"]>;
export type IssueList = Schemas["IssueInfoDrResponseList"];

export type Task = Schemas["Task"];
export type TaskStatus = Task["status"];
export type TaskError = NonNullable<Schemas["TaskError"]>;
export type TaskEntity = Schemas["TaskDrResponseEntity"];
export type TaskList = Schemas["TaskDrResponseList"];
export const TERMINAL_TASK_STATUSES: readonly TaskStatus[] = ["SUCCESS", "ERROR", "CANCELLED"];

/** A list answer of T items: the file spells one such schema per item type, all this shape. */
export type DrResponseList<T> = Omit<TaskList, "list"> & { list?: T[] };

/** The four values the file documents for `order_by` (it types the parameter as any string). */
export type SortOrder = "asc" | "ascending" | "desc" | "descending";

type FileListQuery = NonNullable<paths["/tasks"]["get"]["parameters"]["query"]>;
/**
 * Query options of the list endpoints, before they are written: the file's names, with
 * limit and offset as numbers (the wire carries them as text) and `order_by` as SortOrder.
 */
export type ListQuery = Omit<FileListQuery, "limit" | "offset" | "order_by"> & {
  limit?: number;
  offset?: number;
  order_by?: SortOrder;
};
