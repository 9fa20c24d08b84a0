// Diff as a pure function of the recorded state, the checked inputs and the address the new
// inputs reach: what each input's change means is the table's (fields.ts). Another VM or
// target site replaces the replication; any other planned change, or a health the declared
// `paused` does not explain, is an update.
import type { dynamic } from "@pulumi/pulumi";
import { changedInputs } from "../fields/compare";
import { inputNames, inputsWhere } from "../fields/field";
import type { Previewed } from "../fields/unknown";
import { REPLICATION_INPUT_FIELDS as FIELDS } from "./fields";
import type { ReplicationInputs } from "./inputs";
import { needsRepair, type ReplicationOutputs } from "./state";

const REPLACE_KEYS = inputsWhere(FIELDS, "replace");
/** Create-only inputs plan nothing on a replication that exists. */
const PLANNED_KEYS = inputNames(FIELDS).filter((k) => FIELDS[k].change !== "none");

/**
 * `vrmsUrl` is the address the new inputs reach (the input, else VRMS_URL), as state records
 * the address used. A field missing from older state never replaces the replication.
 * Delete first: the VRMS replicates a VM once per target site.
 */
export function diffReplication(
  state: Partial<ReplicationOutputs>,
  news: Partial<Previewed<ReplicationInputs>>,
  vrmsUrl: unknown,
): dynamic.DiffResult {
  const next = { ...news, vrmsUrl };
  const replaces = changedInputs(FIELDS, REPLACE_KEYS, state, next).filter(
    (k) => state[k] !== undefined,
  );
  if (replaces.length > 0) return { changes: true, replaces, deleteBeforeReplace: true };
  const changed = changedInputs(FIELDS, PLANNED_KEYS, state, next).length > 0;
  return { changes: changed || repairs(state, next.paused) };
}

/** The health read last is not what the inputs declare: the next update repairs it. */
function repairs(state: Partial<ReplicationOutputs>, paused: unknown): boolean {
  return state.health !== undefined && needsRepair(state.health, paused === true);
}

/**
 * Every planned change is one saved without a VRMS call (credentials, delete options,
 * time-outs) and the health needs no repair: the update only records the inputs.
 */
export function recordsOnly(
  state: Partial<ReplicationOutputs>,
  news: Partial<Previewed<ReplicationInputs>>,
): boolean {
  const changed = changedInputs(FIELDS, PLANNED_KEYS, state, news);
  return changed.every((k) => FIELDS[k].change === "record") && !repairs(state, news.paused);
}
