import { parseCouponCodes } from '../../common/busifavor/coupon-codes';
import type { CodeUploadReportView, StockCodeResult } from '../../common/ipc/channels/stocks';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { errorsOf } from '../../common/validate-busifavor';
import type { StockCodesStore } from '../history/stock-codes-store';
import { readCodesBytes } from './code-import';
import { uploadCodes } from './code-upload';
import type { MerchantClient } from './merchant-clients';

/** What an upload from the renderer needs besides the merchant. */
export interface FileUploadDeps {
  readonly store: StockCodesStore;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** After each answered call (pushed as `stocks:uploadProgress`). */
  readonly onProgress: (done: number, total: number) => void;
}

/** Why nothing was uploaded (a file that cannot be read or has errors, a full disk). */
export interface FileUploadFailure {
  readonly code: 'codes_file_unreadable' | 'codes_file_invalid' | 'storage_failed' | 'not_merchant_upload';
  readonly message: Localized;
  readonly report?: CodeUploadReportView;
}

const zeroCounts = (): Record<StockCodeResult, number> => ({ pending: 0, success: 0, exist: 0, duplicate: 0, fail: 0 });

/**
 * A codes file the merchant picked (TXT/CSV/XLSX bytes) to a MERCHANT_UPLOAD stock (§2.3): read
 * and checked as `codes upload` checks it — an error anywhere and nothing is sent — then uploaded
 * by main/busifavor/code-upload.ts (200 a call, each number committed first; codes planned by an
 * earlier upload are neither planned nor sent again).
 */
export async function uploadCodesFile(
  deps: FileUploadDeps,
  merchant: MerchantClient,
  stock: { stockId: string; codeMode: string; maxCoupons: number },
  file: { uploadId: string; fileName: string; bytes: Buffer },
): Promise<Result<CodeUploadReportView, FileUploadFailure>> {
  if (stock.codeMode !== 'MERCHANT_UPLOAD') {
    return err({
      code: 'not_merchant_upload',
      message: localized('这个批次的券码由微信支付生成或在发券时指定，不能上传券码：只有“预先上传券码”的批次可以上传。', 'This stock’s codes come from WeChat Pay or are given when sending, so codes cannot be uploaded: only stocks with “codes uploaded in advance” take uploads.'),
    });
  }
  const text = await readCodesBytes(file.fileName, file.bytes);
  if (!text.ok) return err({ code: 'codes_file_unreadable', message: text.error });
  const list = parseCouponCodes(text.value, { maxCoupons: stock.maxCoupons });
  const findings = list.findings.map((f) => ({ line: f.line ?? null, path: f.path, message: f.message, severity: f.severity }));
  const base = { uploadId: file.uploadId, codes: list.codes.length, findings };
  const errors = errorsOf(list.findings);
  if (errors.length > 0) {
    const report: CodeUploadReportView = { ...base, alreadyPlanned: 0, planned: 0, calls: 0, replays: 0, unresolved: 0, refused: 0, stopped: null, counts: deps.store.codeCounts(merchant.mchid, stock.stockId), fileCounts: zeroCounts() };
    return err({ code: 'codes_file_invalid', message: localized(`券码文件有 ${errors.length} 处错误，没有上传任何券码：改正后重新选择文件。`, `The codes file has ${errors.length} error(s); no code was uploaded. Fix them and choose the file again.`), report });
  }
  const codes = list.codes.map((c) => c.code);
  const uploaded = await uploadCodes(deps.store, merchant, stock.stockId, codes, { now: deps.now, sleep: deps.sleep, onChunk: deps.onProgress });
  if (!uploaded.ok) return err({ code: 'storage_failed', message: uploaded.error.message });
  const r = uploaded.value;
  const mine = new Set(codes);
  const fileCounts = zeroCounts();
  for (const row of deps.store.codeRows(merchant.mchid, stock.stockId)) if (mine.has(row.code)) fileCounts[row.result]++;
  return ok({ ...base, alreadyPlanned: r.alreadyPlanned, planned: r.planned, calls: r.calls, replays: r.replays, unresolved: r.unresolved, refused: r.refused, stopped: r.stopped?.message ?? null, counts: r.counts, fileCounts });
}
