// Debug logging. Lines go to the caller's logger, or to stderr when VRMS_DEBUG=1.
// Every line passes through the redactor, so a secret that slipped into a message
// (a server echoing a password, say) is still masked.

import { parseFlag } from "./flags";
import type { Redactor } from "./redact";

export interface Logger {
  debug(msg: string): void;
  info(msg: string): void;
  warn(msg: string): void;
}

export function debugEnabledByEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return parseFlag(env.VRMS_DEBUG) === true;
}

/** The client's internal logger: always safe to call; drops debug lines when off. */
export class SafeLogger {
  readonly debugOn: boolean;
  constructor(
    private readonly target: Logger | undefined,
    private readonly redactor: Redactor,
    env: NodeJS.ProcessEnv = process.env,
  ) {
    this.debugOn = target !== undefined || debugEnabledByEnv(env);
  }

  debug(msg: string): void {
    if (!this.debugOn) return;
    const line = this.redactor.scrub(msg);
    if (this.target) this.target.debug(line);
    else process.stderr.write(`[vrms] ${line}\n`);
  }

  info(msg: string): void {
    const line = this.redactor.scrub(msg);
    if (this.target) this.target.info(line);
    else if (this.debugOn) process.stderr.write(`[vrms] ${line}\n`);
  }

  /** Warnings are shown even without a logger: they are about safety (e.g. insecure TLS). */
  warn(msg: string): void {
    const line = this.redactor.scrub(msg);
    if (this.target) this.target.warn(line);
    else process.stderr.write(`[vrms] WARNING: ${line}\n`);
  }
}
