import type { HistoryRecord } from '../../common/ipc/channels/history';
import type { SqlDatabase, SqlValue } from '../storage/sqlite';
import type { PersistedRun } from './record';

/**
 * The text a filter's `text` is matched against: lower-cased title, card_id, draft id, batch name,
 * joined by U+001F (not NUL: the full-text tokenizer reads C strings) so no match spans two fields.
 */
export function searchTextOf(record: HistoryRecord): string {
  return [record.title, record.cardId, record.draftId, record.batchName].map((field) => (field ?? '').replaceAll('\u001f', ' ')).join('\u001f').toLowerCase();
}

const UPSERT_RECORD = `
  INSERT INTO records (id, kind, account_id, appid, batch_id, run_id, card_id, fingerprint, state, review_status, flagged, search, doc)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, account_id = excluded.account_id, appid = excluded.appid,
    batch_id = excluded.batch_id, run_id = excluded.run_id, card_id = excluded.card_id, fingerprint = excluded.fingerprint,
    state = excluded.state, review_status = excluded.review_status, flagged = excluded.flagged, search = excluded.search, doc = excluded.doc`;

/** Writes a record (insert or replace in place, keeping its `seq`). */
export function putRecord(db: SqlDatabase, record: HistoryRecord): void {
  const flagged = record.flags.duplicate || record.flags.orphan ? 1 : 0;
  db.prepare(UPSERT_RECORD).run(
    record.id,
    record.kind,
    record.accountId,
    record.appid,
    record.batchId,
    record.runId,
    record.cardId,
    record.fingerprint,
    record.state,
    record.reviewStatus,
    flagged,
    searchTextOf(record),
    JSON.stringify(record),
  );
}

/** A row's document, or undefined when it cannot be parsed (counted by the caller as damage). */
export function parseDoc<T>(value: SqlValue | undefined): T | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes a run (its first save fixes its place in `runs()`). */
export function putRun(db: SqlDatabase, run: PersistedRun): void {
  db.prepare(
    'INSERT INTO runs (run_id, seq, doc) VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM runs), ?) ON CONFLICT (run_id) DO UPDATE SET doc = excluded.doc',
  ).run(run.runId, JSON.stringify(run));
}

/** Adds card_ids to an account's baseline, and marks the account as having one. */
export function putBaseline(db: SqlDatabase, appid: string, cardIds: readonly string[]): void {
  db.prepare('INSERT OR IGNORE INTO baseline_accounts (appid) VALUES (?)').run(appid);
  const insert = db.prepare('INSERT OR IGNORE INTO baselines (appid, card_id) VALUES (?, ?)');
  for (const cardId of cardIds) insert.run(appid, cardId);
}
