// When to restart the server: crash restarts are bounded, restarts asked for by settings
// are debounced, and restarts never overlap. No vscode import: unit-tested with plain node.

export const MAX_CRASH_RESTARTS = 4;
export const CRASH_WINDOW_MS = 3 * 60_000;
export const RESTART_DEBOUNCE_MS = 1000;

/** Restart a crashed server, unless it crashed too often lately (a crash loop helps nobody). */
export class CrashPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = MAX_CRASH_RESTARTS,
    readonly windowMs = CRASH_WINDOW_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Record a crash; true: restart, false: give up. */
  onCrash(): boolean {
    const now = this.now();
    this.crashes = this.crashes.filter((time) => now - time < this.windowMs);
    this.crashes.push(now);
    return this.crashes.length <= this.maxRestarts;
  }

  get recentCrashes(): number {
    return this.crashes.length;
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.crashes = [];
  }
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs the last action given after `delayMs` of quiet (a burst of setting changes restarts once). */
export class Debouncer {
  private handle: unknown;

  constructor(private readonly delayMs = RESTART_DEBOUNCE_MS, private readonly timers: Timers = realTimers) {}

  trigger(action: () => void): void {
    this.cancel();
    this.handle = this.timers.set(() => {
      this.handle = undefined;
      action();
    }, this.delayMs);
  }

  get pending(): boolean {
    return this.handle !== undefined;
  }

  cancel(): void {
    if (this.handle !== undefined) {
      this.timers.clear(this.handle);
      this.handle = undefined;
    }
  }
}

/**
 * Runs tasks one at a time. A task asked for while one runs waits for it; of several waiting,
 * only the newest runs (three quick restarts make one more start, not three).
 */
export class Serial {
  private running: Promise<void> | undefined;
  private next: (() => Promise<void>) | undefined;
  private waiters: Array<() => void> = [];

  run(task: () => Promise<void>): Promise<void> {
    if (this.running === undefined) {
      this.running = this.drain(task);
      return this.running;
    }
    this.next = task;
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  get idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  private async drain(first: () => Promise<void>): Promise<void> {
    let task: (() => Promise<void>) | undefined = first;
    while (task !== undefined) {
      try {
        await task();
      } catch {
        // The task reports its own failure; the queue must go on.
      }
      task = this.next;
      this.next = undefined;
      if (task === undefined) {
        this.running = undefined;
        for (const resolve of this.waiters.splice(0)) resolve();
      }
    }
  }
}
