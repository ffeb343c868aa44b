import { readFile } from 'node:fs/promises';
import type { HistoryPage } from '../common/ipc/channels/history';
import { localized } from '../common/i18n';
import { err, ok, type Result } from '../common/result';
import { HistoryIndex } from '../main/history/history-index';
import { historyPaths, openHistoryStore, type HistoryStore } from '../main/history/history-store';
import { queryHistory, type HistoryQuery } from '../main/history/query';
import { readEntry } from '../main/history/record';
import type { CommandContext } from './context';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/** The history for reading: the store itself, or a snapshot of the journal when another process holds it. */
export interface HistoryView {
  readonly index: HistoryIndex;
  readonly path: string;
  /** True when the desktop app (or another CLI) holds the journal and this is a read-only snapshot. */
  readonly snapshot: boolean;
  query(query: HistoryQuery): HistoryPage;
  close(): Promise<void>;
}

/** Folds the journal file without taking its lock (reads never write; a half-written last line is skipped). */
async function snapshotOf(path: string): Promise<HistoryIndex> {
  const index = new HistoryIndex();
  const text = await readFile(path, 'utf8');
  for (const line of text.split('\n')) {
    const entry = line.trim() === '' ? undefined : readEntry(line);
    if (entry) index.apply(entry);
  }
  return index;
}

/** Opens the history writable (exit 5 when another process holds it). */
export async function openWritableHistory(ctx: CommandContext): Promise<Result<HistoryStore, CliFailure>> {
  const opened = await openHistoryStore({ dataDir: ctx.dataDir.path, log: ctx.log });
  if (opened.ok) return opened;
  const problem = opened.error;
  if (problem.code === 'history_locked') return err(failure(EXIT.busy, 'history_locked', problem.message, { pid: problem.holder.pid }));
  return err(failure(EXIT.busy, 'storage_failed', problem.message, { path: problem.path }));
}

/**
 * Opens the history for `history list` / `export`. While the desktop app has it open, a read-only
 * snapshot of the journal is read instead (said on stderr), so scripts can export beside the app.
 */
export async function openHistoryView(ctx: CommandContext): Promise<Result<HistoryView, CliFailure>> {
  const path = historyPaths(ctx.dataDir.path).journal;
  const writable = await openWritableHistory(ctx);
  if (writable.ok) {
    const store = writable.value;
    return ok({ index: store.index, path, snapshot: false, query: (q) => store.query(q), close: () => store.close() });
  }
  if (writable.error.code !== 'history_locked') return writable;
  let index: HistoryIndex;
  try {
    index = await snapshotOf(path);
  } catch (error) {
    const why = (error as { code?: unknown }).code;
    return err(failure(EXIT.busy, 'storage_failed', localized(`无法读取卡券历史 ${path}（${String(why)}）。`, `Cannot read the card history ${path} (${String(why)}).`)));
  }
  ctx.io.note(
    ctx.io.t(
      localized(
        '卡券历史正被桌面应用（或另一个命令行进程）使用：以下是此刻的只读快照。',
        'The card history is open in the desktop app (or another CLI process): this is a read-only snapshot of it as of now.',
      ),
    ),
  );
  return ok({ index, path, snapshot: true, query: (q) => queryHistory(index, q), close: async () => undefined });
}
