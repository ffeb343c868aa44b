import type { JournalFile } from './journal-file';

type Task =
  | { readonly kind: 'append'; readonly text: string; readonly onDurable: () => void; readonly settle: (error: unknown) => void }
  | { readonly kind: 'exclusive'; readonly run: () => Promise<void>; readonly settle: (error: unknown) => void };

/**
 * Serialises everything that touches the journal file. Appends waiting while a flush runs are
 * written together and flushed once (group commit): with concurrency 4 on several accounts, one
 * fsync covers many lines, and each caller still resolves only after its line is on disk.
 * `onDurable` runs in journal order, so the in-memory fold always matches the file.
 */
export class CommitQueue {
  private readonly tasks: Task[] = [];
  private draining = false;
  private halted = false;
  /** Lines written since the journal was opened or compacted. */
  linesWritten = 0;
  flushes = 0;

  constructor(private readonly file: () => JournalFile) {}

  /**
   * Stops for good, as a killed process would: nothing queued or in progress ever settles, so no
   * caller runs another step (an append already on disk stays there, its caller never hears).
   */
  halt(): void {
    this.halted = true;
    this.tasks.length = 0;
  }

  /** Appends `text` (whole lines); resolves once flushed and folded. */
  append(text: string, onDurable: () => void): Promise<void> {
    if (this.halted) return new Promise(() => undefined);
    return new Promise((resolve, reject) => {
      this.tasks.push({ kind: 'append', text, onDurable, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  /** Runs `run` with the file to itself (compaction, close). */
  exclusive(run: () => Promise<void>): Promise<void> {
    if (this.halted) return new Promise(() => undefined);
    return new Promise((resolve, reject) => {
      this.tasks.push({ kind: 'exclusive', run, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    try {
      while (this.tasks.length > 0) {
        const head = this.tasks[0];
        if (head?.kind === 'exclusive') {
          this.tasks.shift();
          await head.run().then(
            () => this.halted || head.settle(undefined),
            (error: unknown) => this.halted || head.settle(error ?? new Error('failed')),
          );
          continue;
        }
        const batch: Extract<Task, { kind: 'append' }>[] = [];
        while (this.tasks[0]?.kind === 'append') batch.push(this.tasks.shift() as Extract<Task, { kind: 'append' }>);
        const text = batch.map((t) => t.text).join('');
        try {
          await this.file().append(text);
        } catch (error) {
          if (this.halted) return;
          for (const task of batch) task.settle(error ?? new Error('failed'));
          continue;
        }
        if (this.halted) return;
        this.flushes += 1;
        for (const task of batch) {
          this.linesWritten += countLines(task.text);
          try {
            task.onDurable();
          } finally {
            task.settle(undefined);
          }
        }
      }
    } finally {
      this.draining = false;
    }
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
