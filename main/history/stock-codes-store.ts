import type { Result } from '../../common/result';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase } from '../storage/sqlite';

/** What WeChat Pay said about one code (§2.3), or `pending` while its chunk has no answer yet. */
export type CodeResult = 'pending' | 'success' | 'exist' | 'duplicate' | 'fail';

/** One upload call: its number and its codes in the order they are sent (migration 7). */
export interface CodeChunk {
  readonly uploadRequestNo: string;
  readonly stockId: string;
  readonly seq: number;
  /** `pending`: committed, maybe sent; `failed`: refused for certain (resent with the same number); `done`: answered. */
  readonly state: 'pending' | 'failed' | 'done';
  readonly attempts: number;
  readonly codes: readonly string[];
}

/** One code's row. */
export interface CodeRow {
  readonly code: string;
  readonly uploadRequestNo: string;
  readonly result: CodeResult;
  readonly reason: string | null;
}

/** The uploaded-codes ledger in the history database. */
export interface StockCodesStore {
  /** Every code already planned for the stock, whatever its state. */
  plannedCodes(mchid: string, stockId: string): Set<string>;
  /** Commits new chunks and their codes (`pending`) in one transaction, before any is sent. */
  planChunks(target: { accountId: string; mchid: string; stockId: string }, chunks: readonly { uploadRequestNo: string; codes: readonly string[] }[], now: number): Promise<Result<void, StorageFailure>>;
  /** Chunks not `done`, in order, each with its codes in the order first committed. */
  openChunks(mchid: string, stockId: string): CodeChunk[];
  /** Records a chunk's answer (or its definite refusal) and each code's result. */
  settleChunk(uploadRequestNo: string, settled: { state: 'done' | 'failed'; error: string | null; results: readonly Omit<CodeRow, 'uploadRequestNo'>[] }, now: number): Promise<Result<void, StorageFailure>>;
  /** How many codes of the stock have each result. */
  codeCounts(mchid: string, stockId: string): Record<CodeResult, number>;
  /** Every code of the stock with its result, in upload order. */
  codeRows(mchid: string, stockId: string): CodeRow[];
  /** The merchants and stocks a code was uploaded to (the counter finds a scanned code's stock). */
  stocksOfCode(code: string): { mchid: string; stockId: string }[];
}

type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

export function stockCodesOf(db: SqlDatabase, commit: Commit): StockCodesStore {
  return {
    plannedCodes(mchid, stockId) {
      return new Set(db.prepare('SELECT code FROM stock_codes WHERE mchid = ? AND stock_id = ?').all(mchid, stockId).map((row) => String(row[0])));
    },
    planChunks({ accountId, mchid, stockId }, chunks, now) {
      return commit(() => {
        const last = Number(db.prepare('SELECT coalesce(max(seq), 0) FROM code_chunks WHERE mchid = ? AND stock_id = ?').get(mchid, stockId)?.[0] ?? 0);
        const chunk = db.prepare("INSERT INTO code_chunks (upload_request_no, account_id, mchid, stock_id, seq, state, created_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)");
        // One statement per chunk (json_each loops inside SQLite): 100,000 codes commit in well under a second.
        const codes = db.prepare("INSERT INTO stock_codes (mchid, stock_id, code, upload_request_no, pos, result) SELECT ?, ?, value, ?, key, 'pending' FROM json_each(?)");
        chunks.forEach((c, i) => {
          chunk.run(c.uploadRequestNo, accountId, mchid, stockId, last + i + 1, now);
          codes.run(mchid, stockId, c.uploadRequestNo, JSON.stringify(c.codes));
        });
      });
    },
    openChunks(mchid, stockId) {
      const codesOf = db.prepare('SELECT json_group_array(code) FROM (SELECT code FROM stock_codes WHERE upload_request_no = ? ORDER BY pos)');
      return db
        .prepare("SELECT upload_request_no, stock_id, seq, state, attempts FROM code_chunks WHERE mchid = ? AND stock_id = ? AND state <> 'done' ORDER BY seq")
        .all(mchid, stockId)
        .map((row) => ({
          uploadRequestNo: String(row[0]),
          stockId: String(row[1]),
          seq: Number(row[2]),
          state: row[3] === 'failed' ? ('failed' as const) : ('pending' as const),
          attempts: Number(row[4]),
          codes: JSON.parse(String(codesOf.get(String(row[0]))?.[0] ?? '[]')) as string[],
        }));
    },
    settleChunk(uploadRequestNo, settled, now) {
      return commit(() => {
        db.prepare('UPDATE code_chunks SET state = ?, attempts = attempts + 1, done_at = ?, error = ? WHERE upload_request_no = ?').run(settled.state, now, settled.error, uploadRequestNo);
        // The usual answer is one result for the whole chunk: one statement, then the exceptions one by one.
        const [first] = settled.results;
        if (!first) return;
        db.prepare('UPDATE stock_codes SET result = ?, reason = ? WHERE upload_request_no = ?').run(first.result, first.reason, uploadRequestNo);
        const put = db.prepare('UPDATE stock_codes SET result = ?, reason = ? WHERE upload_request_no = ? AND code = ?');
        for (const r of settled.results) if (r.result !== first.result || r.reason !== first.reason) put.run(r.result, r.reason, uploadRequestNo, r.code);
      });
    },
    codeCounts(mchid, stockId) {
      const counts: Record<CodeResult, number> = { pending: 0, success: 0, exist: 0, duplicate: 0, fail: 0 };
      for (const row of db.prepare('SELECT result, count(*) FROM stock_codes WHERE mchid = ? AND stock_id = ? GROUP BY result').all(mchid, stockId)) counts[String(row[0]) as CodeResult] = Number(row[1]);
      return counts;
    },
    codeRows(mchid, stockId) {
      return db
        .prepare('SELECT s.code, s.upload_request_no, s.result, s.reason FROM stock_codes s JOIN code_chunks c ON c.upload_request_no = s.upload_request_no WHERE s.mchid = ? AND s.stock_id = ? ORDER BY c.seq, s.pos')
        .all(mchid, stockId)
        .map((row) => ({ code: String(row[0]), uploadRequestNo: String(row[1]), result: String(row[2]) as CodeResult, reason: row[3] === null ? null : String(row[3]) }));
    },
    stocksOfCode(code) {
      return db.prepare("SELECT DISTINCT mchid, stock_id FROM stock_codes WHERE code = ? AND result IN ('success', 'exist')").all(code).map((row) => ({ mchid: String(row[0]), stockId: String(row[1]) }));
    },
  };
}
