import type { Result } from '../../common/result';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase, SqlValue } from '../storage/sqlite';

/**
 * One counter redemption (coupons/use, §2.3): `pending` from the moment its use_request_no is
 * committed until an answer; `used`, `already_used` (WeChat Pay says it was redeemed before) or
 * `refused` after.
 */
export interface RedemptionRow {
  readonly useRequestNo: string;
  readonly accountId: string;
  readonly mchid: string;
  readonly stockId: string;
  readonly code: string;
  readonly state: 'pending' | 'used' | 'already_used' | 'refused';
  readonly requestedAt: number;
  /** The use_time sent (RFC 3339, +08:00): a replay sends the same. */
  readonly useTime: string;
  readonly answeredAt: number | null;
  readonly wechatpayUseTime: string | null;
  readonly openid: string | null;
  readonly error: string | null;
}

/** The redemption log in the history database (migration 8). */
export interface RedemptionsStore {
  beginRedemption(row: Omit<RedemptionRow, 'state' | 'answeredAt' | 'wechatpayUseTime' | 'openid' | 'error'>): Promise<Result<void, StorageFailure>>;
  /** `stockId`: the stock WeChat Pay named, for a redemption sent without one (WECHATPAY_MODE). */
  settleRedemption(useRequestNo: string, answer: Pick<RedemptionRow, 'state' | 'wechatpayUseTime' | 'openid' | 'error'> & { stockId?: string }, now: number): Promise<Result<void, StorageFailure>>;
  /** A merchant's redemptions of a code, newest first. */
  redemptionsOf(mchid: string, code: string): RedemptionRow[];
  /** Redemptions still without an answer. */
  openRedemptions(mchid: string): RedemptionRow[];
  /** The log, newest first; `search` matches part of the code or the stock id. */
  redemptionLog(query: { readonly mchid?: string; readonly search?: string; readonly limit?: number }): RedemptionRow[];
}

type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

const COLUMNS = 'use_request_no, account_id, mchid, stock_id, code, state, requested_at, use_time, answered_at, wechatpay_use_time, openid, error';

function rowOf(r: SqlValue[]): RedemptionRow {
  const text = (v: SqlValue | undefined) => (v === null || v === undefined ? null : String(v));
  return {
    useRequestNo: String(r[0]),
    accountId: String(r[1]),
    mchid: String(r[2]),
    stockId: String(r[3]),
    code: String(r[4]),
    state: String(r[5]) as RedemptionRow['state'],
    requestedAt: Number(r[6]),
    useTime: String(r[7]),
    answeredAt: r[8] === null ? null : Number(r[8]),
    wechatpayUseTime: text(r[9]),
    openid: text(r[10]),
    error: text(r[11]),
  };
}

export function redemptionsOf(db: SqlDatabase, commit: Commit): RedemptionsStore {
  return {
    beginRedemption(row) {
      return commit(() => {
        db.prepare(`INSERT INTO redemptions (${COLUMNS}) VALUES (?, ?, ?, ?, ?, 'pending', ?, ?, NULL, NULL, NULL, NULL)`).run(row.useRequestNo, row.accountId, row.mchid, row.stockId, row.code, row.requestedAt, row.useTime);
      });
    },
    settleRedemption(useRequestNo, answer, now) {
      return commit(() => {
        db.prepare("UPDATE redemptions SET state = ?, answered_at = ?, wechatpay_use_time = ?, openid = ?, error = ?, stock_id = CASE WHEN stock_id = '' THEN ? ELSE stock_id END WHERE use_request_no = ?").run(answer.state, now, answer.wechatpayUseTime, answer.openid, answer.error, answer.stockId ?? '', useRequestNo);
      });
    },
    redemptionsOf: (mchid, code) => db.prepare(`SELECT ${COLUMNS} FROM redemptions WHERE mchid = ? AND code = ? ORDER BY requested_at DESC`).all(mchid, code).map(rowOf),
    openRedemptions: (mchid) => db.prepare(`SELECT ${COLUMNS} FROM redemptions WHERE mchid = ? AND state = 'pending' ORDER BY requested_at`).all(mchid).map(rowOf),
    redemptionLog({ mchid, search, limit }) {
      const where: string[] = [];
      const params: SqlValue[] = [];
      if (mchid) {
        where.push('mchid = ?');
        params.push(mchid);
      }
      if (search) {
        where.push("(instr(code, ?) > 0 OR instr(stock_id, ?) > 0)");
        params.push(search, search);
      }
      const sql = `SELECT ${COLUMNS} FROM redemptions ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY requested_at DESC LIMIT ?`;
      return db.prepare(sql).all(...params, limit ?? 100).map(rowOf);
    },
  };
}
