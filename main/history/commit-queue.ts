import type { SqlDatabase } from '../storage/sqlite';

interface Task {
  readonly apply: () => unknown;
  readonly settle: (error: unknown, value?: unknown) => void;
}

/**
 * Group commit over SQLite: writes asked for in the same turn of the event loop run in one
 * transaction (one fsync of the WAL under synchronous=FULL), and each caller resolves only after
 * that COMMIT returned, i.e. once its change is on disk. `apply` runs inside the transaction, in
 * a savepoint of its own: a throw undoes only that task's changes and fails only its caller; a
 * failed COMMIT (I/O) fails the whole group.
 */
export class CommitQueue {
  private tasks: Task[] = [];
  private scheduled = false;
  private halted = false;
  /** Transactions committed. */
  flushes = 0;

  constructor(
    private readonly db: SqlDatabase,
    private readonly afterCommit: () => void = () => undefined,
  ) {}

  /** Stops for good, as a killed process would: nothing queued ever settles. */
  halt(): void {
    this.halted = true;
    this.tasks = [];
  }

  /** Runs `apply` in the next group transaction; resolves with its value once committed. */
  submit<T>(apply: () => T): Promise<T> {
    if (this.halted) return new Promise(() => undefined);
    return new Promise<T>((resolve, reject) => {
      this.tasks.push({ apply, settle: (error, value) => (error === undefined ? resolve(value as T) : reject(error)) });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private applyOne(task: Task): { value?: unknown; error?: unknown } {
    this.db.exec('SAVEPOINT task');
    try {
      const value = task.apply();
      this.db.exec('RELEASE task');
      return { value };
    } catch (error) {
      this.db.exec('ROLLBACK TO task');
      this.db.exec('RELEASE task');
      return { error };
    }
  }

  /** Commits everything queued now (close() drains with it). */
  flush(): void {
    this.scheduled = false;
    if (this.halted || this.tasks.length === 0) return;
    const batch = this.tasks;
    this.tasks = [];
    let outcomes: { value?: unknown; error?: unknown }[];
    try {
      outcomes = this.db.transaction(() => batch.map((task) => this.applyOne(task)));
    } catch (error) {
      for (const task of batch) task.settle(error ?? new Error('commit failed'));
      return;
    }
    this.flushes++;
    batch.forEach((task, i) => {
      const outcome = outcomes[i];
      if (outcome && 'error' in outcome) task.settle(outcome.error ?? new Error('write failed'));
      else task.settle(undefined, outcome?.value);
    });
    this.afterCommit();
  }
}
