import { randomBytes } from 'node:crypto';
import { chunkCouponCodes } from '../../common/busifavor/coupon-codes';
import type { HistoryError } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { StorageFailure } from '../storage/document-store';
import type { StockCodesStore, CodeResult } from '../history/stock-codes-store';
import type { PayFailure } from '../wechatpay';
import type { MerchantClient } from './merchant-clients';
import { payHistoryError, verdictOf } from './pay-outcome';

/** Replays of a chunk whose answer was lost, and waits on 429, within one upload (same number each time). */
const MAX_REPLAYS = 4;
const MAX_RATE_WAITS = 6;

/** How an upload is run. */
export interface CodeUploadOptions {
  /** Calls in flight at once (default 4). */
  readonly concurrency?: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Pause before replaying a chunk whose answer was lost (default 200 ms). */
  readonly replayDelayMs?: number;
  /** After each answered chunk: chunks done so far of this run, and in all. */
  readonly onChunk?: (done: number, total: number) => void;
  /** Test seam: called after a chunk is committed and before it is sent (a crash test stops here). */
  readonly beforeSend?: (uploadRequestNo: string) => Promise<void> | void;
}

/** What an upload came to. */
export interface CodeUploadReport {
  /** Codes of the file already planned by an earlier run (not planned again). */
  readonly alreadyPlanned: number;
  /** Chunks this run committed. */
  readonly planned: number;
  /** Chunks sent (including replays of earlier runs' chunks). */
  readonly sent: number;
  readonly calls: number;
  readonly replays: number;
  /** Chunks still without an answer: re-run to replay them with their own numbers. */
  readonly unresolved: number;
  /** Chunks WeChat Pay refused (resent with the same number by a re-run). */
  readonly refused: number;
  /** The merchant as a whole was refused (signature, permission): the rest is kept. */
  readonly stopped: HistoryError | undefined;
  readonly counts: Readonly<Record<CodeResult, number>>;
}

/**
 * The ledger could not be written: nothing of the chunk it was writing was sent (a plan) or its
 * answer is not kept (a settle — the next run replays that chunk under its own number).
 */
export interface CodeUploadStorageError {
  readonly code: 'storage_failed';
  readonly message: Localized;
  readonly failure: StorageFailure;
}

function storageError(failure: StorageFailure, doing: 'plan' | 'settle'): CodeUploadStorageError {
  const [zh, en] =
    doing === 'plan'
      ? ['券码上传计划没能写入本机历史，没有上传任何券码', 'The upload plan could not be written to the history on this computer, so no code was uploaded']
      : ['一次上传的结果没能写入本机历史；重新上传同一文件会用原单号核对这次上传，不会重复上传', 'The answer of one upload call could not be written to the history; uploading the same file again checks that call under its own number, never uploading twice'];
  return { code: 'storage_failed', message: localized(`${zh}：${failure.message['zh-CN']}`, `${en}: ${failure.message.en}`), failure };
}

/** Thrown inside a worker to stop the run; turned back into a value at the end. */
class StorageStop extends Error {
  constructor(readonly error: CodeUploadStorageError) {
    super(error.message.en);
  }
}

/** A number per call: "商户号 + U + random" (≤ 128, §2.3), unique across runs and machines. */
function uploadRequestNo(mchid: string): string {
  return `${mchid}U${randomBytes(12).toString('hex')}`;
}

/**
 * Uploads a MERCHANT_UPLOAD stock's codes (wechatpay-merchant-coupons-and-member-cards.md §2.3):
 * the codes not yet planned are cut into calls of 200, and every call's upload_request_no with its
 * codes is committed to the history before anything is sent. Then every chunk not answered yet —
 * this run's and any a killed run left — is sent with its own number; a lost answer is replayed
 * with the same number (WeChat Pay answers it with the first result), so a code is never uploaded
 * under two numbers nor skipped. Each code's result (success / exist / duplicate / fail) is kept.
 */
export async function uploadCodes(store: StockCodesStore, merchant: MerchantClient, stockId: string, codes: readonly string[], options: CodeUploadOptions): Promise<Result<CodeUploadReport, CodeUploadStorageError>> {
  const { mchid } = merchant;
  const known = store.plannedCodes(mchid, stockId);
  const fresh = codes.filter((code) => !known.has(code));
  const chunks = chunkCouponCodes(fresh).map((list) => ({ uploadRequestNo: uploadRequestNo(mchid), codes: list }));
  if (chunks.length > 0) {
    const planned = await store.planChunks({ accountId: merchant.accountId, mchid, stockId }, chunks, options.now());
    if (!planned.ok) return err(storageError(planned.error, 'plan'));
  }
  const open = store.openChunks(mchid, stockId);
  let next = 0;
  let done = 0;
  let calls = 0;
  let replays = 0;
  let unresolved = 0;
  let refused = 0;
  let stopped: HistoryError | undefined;

  const settle = async (no: string, state: 'done' | 'failed', error: string | null, results: { code: string; result: CodeResult; reason: string | null }[]) => {
    const written = await store.settleChunk(no, { state, error, results }, options.now());
    if (!written.ok) throw new StorageStop(storageError(written.error, 'settle'));
  };

  async function sendChunk(chunk: (typeof open)[number]): Promise<void> {
    await options.beforeSend?.(chunk.uploadRequestNo);
    let failure: PayFailure | undefined;
    for (let replay = 0, waits = 0; ; ) {
      calls++;
      const answer = await merchant.pay.uploadCodes(stockId, chunk.codes, chunk.uploadRequestNo);
      if (answer.ok) {
        const a = answer.value;
        const result = new Map<string, { result: CodeResult; reason: string | null }>();
        for (const code of a.success_codes) result.set(code, { result: 'success', reason: null });
        for (const code of a.exist_codes) result.set(code, { result: 'exist', reason: null });
        for (const code of a.duplicate_codes) result.set(code, { result: 'duplicate', reason: null });
        for (const f of a.fail_codes) result.set(f.coupon_code, { result: 'fail', reason: `${f.code}: ${f.message}` });
        const rows = chunk.codes.map((code) => ({ code, ...(result.get(code) ?? { result: 'fail' as const, reason: 'not in the answer' }) }));
        await settle(chunk.uploadRequestNo, 'done', null, rows);
        options.onChunk?.(++done, open.length);
        return;
      }
      failure = answer.error;
      const verdict = verdictOf(failure);
      if (verdict === 'retry' && waits < MAX_RATE_WAITS) {
        await options.sleep(250 * 2 ** waits++);
        continue;
      }
      if (verdict === 'maybe' && replay < MAX_REPLAYS) {
        replay++;
        replays++;
        await options.sleep(options.replayDelayMs ?? 200);
        continue;
      }
      break;
    }
    const verdict = verdictOf(failure);
    const error = payHistoryError(failure, options.now());
    if (verdict === 'account') stopped ??= error;
    else if (verdict === 'not-done') {
      refused++;
      const reason = error.errmsg ?? error.message.en;
      await settle(chunk.uploadRequestNo, 'failed', reason, chunk.codes.map((code) => ({ code, result: 'fail', reason })));
    } else unresolved++;
  }

  const worker = async () => {
    while (!stopped && next < open.length) {
      const chunk = open[next++];
      if (chunk) await sendChunk(chunk);
    }
  };
  let broken: CodeUploadStorageError | undefined;
  const guarded = async () => {
    try {
      await worker();
    } catch (error) {
      if (!(error instanceof StorageStop)) throw error;
      // The other workers stop at their next chunk: a ledger that cannot be written must not fall behind the calls.
      broken ??= error.error;
      stopped ??= { kind: 'storage', errcode: null, errmsg: null, rid: null, message: error.error.message, at: options.now() };
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, guarded));
  if (broken) return err(broken);
  unresolved += open.length - next;
  const counts = store.codeCounts(mchid, stockId);
  return ok({ alreadyPlanned: codes.length - fresh.length, planned: chunks.length, sent: next, calls, replays, unresolved, refused, stopped, counts });
}
