// What one VrPairing costs in the engine's checkpoint: the serialized provider, the checked
// inputs (which carry `__provider`) and the outputs, as JSON bytes. Secrets are counted in
// plain text here; the real checkpoint stores them encrypted, a little larger.
import type { PropertyMap } from "../tools/engine";
import type { StateSize } from "./report";

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), "utf8");

export function measureState(
  provider: string,
  inputs: PropertyMap,
  outputs: PropertyMap,
): StateSize {
  const inputsBytes = bytes(inputs);
  const outputsBytes = bytes(outputs);
  return {
    providerBytes: Buffer.byteLength(provider, "utf8"),
    inputsBytes,
    outputsBytes,
    inputsPlusOutputsBytes: inputsBytes + outputsBytes,
  };
}
