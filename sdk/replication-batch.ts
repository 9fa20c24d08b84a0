// Configure calls made in the same tick for one pairing go out as one POST carrying every spec
// (the vendor's configure takes a list and answers a list of tasks): a run that creates two
// hundred replications at once sends a handful of POSTs, not two hundred.
import type { ConfigureReplicationSpec } from "./replication-wire";
import type { Task } from "./wire";

interface Pending {
  spec: ConfigureReplicationSpec;
  resolve: (task: Task) => void;
  reject: (err: unknown) => void;
}

export class ConfigureBatcher {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly send: (specs: ConfigureReplicationSpec[]) => Promise<Task[]>) {}

  /** This spec's task, from a POST it shares with the calls of the same tick. */
  configure(spec: ConfigureReplicationSpec): Promise<Task> {
    return new Promise<Task>((resolve, reject) => {
      this.pending.push({ spec, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const calls = this.pending;
    this.pending = [];
    this.scheduled = false;
    let tasks: Task[];
    try {
      tasks = await this.send(calls.map((c) => c.spec));
    } catch (err) {
      calls.forEach((c) => c.reject(err));
      return;
    }
    calls.forEach((c, i) => {
      const task = tasks[i];
      if (task) c.resolve(task);
      else c.reject(new Error(`the VRMS answered ${tasks.length} tasks for ${calls.length} specs`));
    });
  }
}
