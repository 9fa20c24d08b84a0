// One-shot hooks run before a matching API request is handled. Tests use them to force an
// interleaving by construction, e.g. to finish a task between two requests of one client call.

export interface RequestHookSpec {
  /** Only requests with this method (any case); default all. */
  method?: string;
  /** Only paths under this prefix, relative to the API base, e.g. "/tasks/"; default all. */
  pathPrefix?: string;
  /** Runs once, before the first matching request is handled; the request waits for it. */
  run: () => void | Promise<void>;
}

export class RequestHooks {
  private armed: RequestHookSpec[] = [];

  add(spec: RequestHookSpec): void {
    this.armed.push(spec);
  }

  clear(): void {
    this.armed = [];
  }

  async runBefore(method: string, relPath: string): Promise<void> {
    const hook = this.armed.find(
      (h) =>
        (!h.method || h.method.toUpperCase() === method.toUpperCase()) &&
        (!h.pathPrefix || relPath.startsWith(h.pathPrefix)),
    );
    if (!hook) return;
    this.armed = this.armed.filter((h) => h !== hook);
    await hook.run();
  }
}
