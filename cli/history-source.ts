import { err, ok, type Result } from '../common/result';
import { openHistoryStore, type HistoryOpenError, type HistoryStore } from '../main/history/history-store';
import type { CommandContext } from './context';
import { EXIT } from './exit-codes';
import { failure, type CliFailure } from './io';

/** The history for reading (`history list`, `export`): opened read-only, beside the app if it runs. */
export interface HistoryView {
  readonly history: HistoryStore;
  readonly path: string;
  /** Kept in the JSON documents for scripts of earlier versions: SQLite reads are never a stale snapshot. */
  readonly snapshot: false;
  query: HistoryStore['query'];
  close(): Promise<void>;
}

/** A failed open as a CLI failure: exit 5 (the data directory cannot be used now). */
export function historyOpenFailure(problem: HistoryOpenError): CliFailure {
  if (problem.code === 'history_needs_upgrade' || problem.code === 'history_too_new') return failure(EXIT.busy, problem.code, problem.message, { path: problem.path });
  return failure(EXIT.busy, 'storage_failed', problem.message, { path: problem.path });
}

/** Opens the history for writing (creating, migrating and importing as needed). */
export async function openWritableHistory(ctx: CommandContext): Promise<Result<HistoryStore, CliFailure>> {
  const opened = await openHistoryStore({ dataDir: ctx.dataDir.path, log: ctx.log });
  return opened.ok ? opened : err(historyOpenFailure(opened.error));
}

/**
 * Opens the history read-only for `history list` / `export`: nothing is created, migrated or
 * written, and it works while the desktop app (or another CLI) has the history open.
 */
export async function openHistoryView(ctx: CommandContext): Promise<Result<HistoryView, CliFailure>> {
  const opened = await openHistoryStore({ dataDir: ctx.dataDir.path, log: ctx.log, readOnly: true });
  if (!opened.ok) return err(historyOpenFailure(opened.error));
  const history = opened.value;
  return ok({ history, path: history.path, snapshot: false, query: (q) => history.query(q), close: () => history.close() });
}
