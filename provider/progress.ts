import type { Task } from "../sdk/wire";

/**
 * Progress lines while a VRMS task runs. The provider host's console reaches the user's
 * terminal as `info: [runtime] ...` during `pulumi up`, so this is the only live channel; it
 * is throttled so fifty pairings do not flood the terminal.
 */
export interface ProgressSettings {
  /** Minimum time between two lines of one operation. */
  intervalMs: number;
  write: (line: string) => void;
  now: () => number;
}

/** What the provider host uses: the console, every 5 s at most, the wall clock. */
export const HOST_PROGRESS: ProgressSettings = {
  intervalMs: 5_000,
  write: (line) => console.log(line),
  now: () => Date.now(),
};

export class ProgressReporter {
  private lastLineAt: number | undefined;
  /** What the last line showed, so the closing line does not repeat it. */
  private lastShown: string | undefined;
  private readonly startedAt: number;

  constructor(
    private readonly resourceName: string,
    private readonly operation: string,
    private readonly settings: ProgressSettings = HOST_PROGRESS,
  ) {
    this.startedAt = this.settings.now();
  }

  /** Called on every poll; prints at most once per interval. */
  update(task: Task): void {
    const now = this.settings.now();
    if (this.lastLineAt !== undefined && now - this.lastLineAt < this.settings.intervalMs) return;
    this.lastLineAt = now;
    this.lastShown = shown(task);
    this.settings.write(this.line(task, now));
  }

  /** The closing line is always printed (the user must see how it ended), once. */
  finish(task: Task): void {
    if (this.lastShown === shown(task)) return;
    this.settings.write(this.line(task, this.settings.now()));
  }

  /** A one-off line (adoption, warnings) in the same format. */
  note(message: string): void {
    this.settings.write(`vr-pairing ${this.resourceName}: ${message}`);
  }

  private line(task: Task, now: number): string {
    const pct = typeof task.progress === "number" ? `${Math.round(task.progress)}%` : "?%";
    const secs = Math.round((now - this.startedAt) / 1000);
    return `vr-pairing ${this.resourceName}: ${this.operation} ${pct} ${task.status} (task ${task.id}, ${secs}s)`;
  }
}

const shown = (task: Task) => `${task.id} ${task.status} ${task.progress}`;
