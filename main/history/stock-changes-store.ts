import type { Result } from '../../common/result';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase, SqlValue } from '../storage/sqlite';

/**
 * One budget change or modification of a 商家券 stock (migration 10): `pending` from the moment its
 * request number and body are committed until WeChat Pay's answer; `done` or `refused` after.
 */
export interface StockChangeRow {
  readonly requestNo: string;
  readonly kind: 'budget' | 'modify';
  readonly accountId: string;
  readonly mchid: string;
  readonly stockId: string;
  /** The exact JSON body sent (a replay sends it again, byte for byte). */
  readonly body: string;
  readonly state: 'pending' | 'done' | 'refused';
  readonly requestedAt: number;
  readonly answeredAt: number | null;
  readonly error: string | null;
}

/** The stock-change log in the history database. */
export interface StockChangesStore {
  beginStockChange(row: Omit<StockChangeRow, 'state' | 'answeredAt' | 'error'>): Promise<Result<void, StorageFailure>>;
  settleStockChange(requestNo: string, answer: { state: 'done' | 'refused'; error: string | null }, now: number): Promise<Result<void, StorageFailure>>;
  /** Changes of a stock still without an answer, oldest first. */
  openStockChanges(mchid: string, stockId: string): StockChangeRow[];
  /** Redemptions this computer's counter confirmed for a stock (migration 8's log). */
  redeemedCount(mchid: string, stockId: string): number;
}

type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

const COLUMNS = 'request_no, kind, account_id, mchid, stock_id, body, state, requested_at, answered_at, error';

function rowOf(r: SqlValue[]): StockChangeRow {
  return {
    requestNo: String(r[0]),
    kind: r[1] === 'modify' ? 'modify' : 'budget',
    accountId: String(r[2]),
    mchid: String(r[3]),
    stockId: String(r[4]),
    body: String(r[5]),
    state: String(r[6]) as StockChangeRow['state'],
    requestedAt: Number(r[7]),
    answeredAt: r[8] === null ? null : Number(r[8]),
    error: r[9] === null ? null : String(r[9]),
  };
}

export function stockChangesOf(db: SqlDatabase, commit: Commit): StockChangesStore {
  return {
    beginStockChange(row) {
      return commit(() => {
        db.prepare(`INSERT INTO stock_changes (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, NULL, NULL)`).run(row.requestNo, row.kind, row.accountId, row.mchid, row.stockId, row.body, row.requestedAt);
      });
    },
    settleStockChange(requestNo, answer, now) {
      return commit(() => {
        db.prepare('UPDATE stock_changes SET state = ?, answered_at = ?, error = ? WHERE request_no = ?').run(answer.state, now, answer.error, requestNo);
      });
    },
    openStockChanges: (mchid, stockId) => db.prepare(`SELECT ${COLUMNS} FROM stock_changes WHERE mchid = ? AND stock_id = ? AND state = 'pending' ORDER BY requested_at`).all(mchid, stockId).map(rowOf),
    redeemedCount: (mchid, stockId) => Number(db.prepare("SELECT count(*) FROM redemptions WHERE mchid = ? AND stock_id = ? AND state = 'used'").get(mchid, stockId)?.[0] ?? 0),
  };
}
