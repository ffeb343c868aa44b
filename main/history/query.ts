import type { HistoryFilter, HistoryKind, HistoryPage, HistoryRecord, HistorySort } from '../../common/ipc/channels/history';
import type { SqlDatabase, SqlValue } from '../storage/sqlite';
import { parseDoc } from './record-rows';

/** A query: the filter, a page and an order (newest first unless told). */
export interface HistoryQuery extends HistoryFilter {
  readonly offset?: number | undefined;
  readonly limit?: number | undefined;
  readonly sort?: HistorySort | undefined;
}

/** Default page size. */
export const DEFAULT_PAGE = 50;

// The card type lives in the document only; the kinds read it there (common/busifavor/record-kind.ts).
const CARD_TYPE = "coalesce(json_extract(doc, '$.cardType'), '')";
const KIND_SQL: Readonly<Record<HistoryKind, string>> = {
  stock: `substr(${CARD_TYPE}, 1, 9) = 'BUSIFAVOR'`,
  member: `${CARD_TYPE} = 'MEMBER_CARD'`,
  card: `(substr(${CARD_TYPE}, 1, 9) <> 'BUSIFAVOR' AND ${CARD_TYPE} <> 'MEMBER_CARD')`,
};

/** A filter as a WHERE clause over `records` (the indexed copies of the document's fields). */
export function whereOf(filter: HistoryFilter): { sql: string; params: SqlValue[] } {
  const clauses: string[] = [];
  const params: SqlValue[] = [];
  if (filter.accountId !== undefined) {
    clauses.push('account_id = ?');
    params.push(filter.accountId);
  }
  if (filter.batchId !== undefined) {
    clauses.push('batch_id = ?');
    params.push(filter.batchId);
  }
  if (filter.states && filter.states.length > 0) {
    clauses.push(`state IN (${filter.states.map(() => '?').join(', ')})`);
    params.push(...filter.states);
  }
  if (filter.reviewStatuses && filter.reviewStatuses.length > 0) {
    clauses.push(`coalesce(review_status, '') IN (${filter.reviewStatuses.map(() => '?').join(', ')})`);
    params.push(...filter.reviewStatuses);
  }
  if (filter.flaggedOnly === true) clauses.push('flagged = 1');
  if (filter.kinds && filter.kinds.length > 0 && filter.kinds.length < 3) clauses.push(`(${filter.kinds.map((kind) => KIND_SQL[kind]).join(' OR ')})`);
  const text = filter.text?.trim().toLowerCase() ?? '';
  // Three characters or more: the trigram index narrows to the candidates (its LIKE is a
  // substring lookup; text with a LIKE wildcard skips it), and instr keeps the exact rule. Shorter
  // text scans. The column is already lower-cased in JS (SQLite's lower() folds ASCII only).
  if (text !== '') {
    if ([...text].length >= 3 && !/[%_]/.test(text)) {
      clauses.push('seq IN (SELECT rowid FROM records_search WHERE search LIKE ?)');
      params.push(`%${text}%`);
    }
    clauses.push('instr(search, ?) > 0');
    params.push(text);
  }
  return { sql: clauses.length === 0 ? '' : `WHERE ${clauses.join(' AND ')}`, params };
}

/** Records matching a filter, newest (first written) first or oldest first, read as they are iterated. */
export function* matchingRows(db: SqlDatabase, filter: HistoryFilter, sort: HistorySort = 'newest'): Generator<HistoryRecord> {
  const where = whereOf(filter);
  const rows = db.prepare(`SELECT doc FROM records ${where.sql} ORDER BY seq ${sort === 'oldest' ? 'ASC' : 'DESC'}`).iterate(...where.params);
  for (const row of rows) {
    const record = parseDoc<HistoryRecord>(row[0]);
    if (record) yield record;
  }
}

/** One page of a query, with the total and the counts per state of everything that matched. */
export function queryRows(db: SqlDatabase, query: HistoryQuery): HistoryPage {
  const offset = Math.max(0, query.offset ?? 0);
  const limit = Math.max(1, Math.min(query.limit ?? DEFAULT_PAGE, Number.MAX_SAFE_INTEGER));
  const where = whereOf(query);
  const byState: Record<string, number> = {};
  let total = 0;
  // Unfiltered (the first page of the History screen, `history list`): the trigger-kept counts.
  const counts = where.sql === '' ? db.prepare('SELECT state, n FROM record_counts WHERE n > 0').all() : db.prepare(`SELECT state, count(*) FROM records ${where.sql} GROUP BY state`).all(...where.params);
  for (const [state, count] of counts) {
    byState[String(state)] = Number(count);
    total += Number(count);
  }
  const order = query.sort === 'oldest' ? 'ASC' : 'DESC';
  const rows = db.prepare(`SELECT doc FROM records ${where.sql} ORDER BY seq ${order} LIMIT ? OFFSET ?`).all(...where.params, limit, offset);
  const records = rows.map((row) => parseDoc<HistoryRecord>(row[0])).filter((r): r is HistoryRecord => r !== undefined);
  return { total, offset, records, byState };
}
