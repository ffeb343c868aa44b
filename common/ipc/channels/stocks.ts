import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';

/**
 * One 商家券 stock after creation (wechatpay-merchant-coupons-and-member-cards.md §2.2, §2.3, §2.6):
 * its state and counts as WeChat Pay answers them now, budget changes and modifications (each
 * request number committed before it is sent), code uploads with progress, and the COUPON.SEND
 * callbacks the sandbox produced. main holds the merchant's keys; the renderer sends an account id
 * and a stock id, never a key.
 */
const account = z.string().min(1).max(64);
// stock_id: digits, up to 20 in practice; 64 leaves room without letting anything through.
const stockId = z.string().min(1).max(64);
const target = { accountId: account, stockId };

/** GET stocks/{stock_id} states (§2.2; `STOPED` is WeChat Pay's spelling). */
export const STOCK_VIEW_STATES = ['UNAUDIT', 'RUNNING', 'PAUSED', 'STOPED'] as const;

/** The stock as the detail shows it: read from WeChat Pay at `refreshedAt`. */
export const stockViewSchema = z.strictObject({
  accountId: z.string(),
  mchid: z.string(),
  stockId: z.string(),
  name: z.string(),
  /** NORMAL / DISCOUNT / EXCHANGE (满减 / 折扣 / 换购). */
  stockType: z.string(),
  state: z.enum(STOCK_VIEW_STATES),
  /** WECHATPAY_MODE / MERCHANT_API / MERCHANT_UPLOAD. */
  codeMode: z.string(),
  maxCoupons: z.number().int(),
  maxCouponsByDay: z.number().int().nullable(),
  maxCouponsPerUser: z.number().int().nullable(),
  sent: z.strictObject({ total: z.number().int(), today: z.number().int() }),
  /** Redemptions this computer's counter confirmed (WeChat Pay's query has no redeemed count). */
  redeemedHere: z.number().int(),
  /** The fields PATCH stocks/{stock_id} may change (§2.3), as they are now. */
  editable: z.strictObject({
    goodsName: z.string(),
    comment: z.string(),
    description: z.string(),
    useMethod: z.string(),
    miniProgramsAppid: z.string(),
    miniProgramsPath: z.string(),
    preventApiAbuse: z.boolean(),
    backgroundColor: z.string(),
  }),
  /** Unix ms; null when the stock has no end (never seen, kept for safety). */
  availableEnd: z.number().nullable(),
  refreshedAt: z.number(),
});
export type StockView = z.infer<typeof stockViewSchema>;

/** What a code upload came to per code (§2.3), or `pending` while its call has no answer yet. */
export const CODE_RESULTS = ['pending', 'success', 'exist', 'duplicate', 'fail'] as const;
export type StockCodeResult = (typeof CODE_RESULTS)[number];
const countsSchema = z.strictObject(Object.fromEntries(CODE_RESULTS.map((r) => [r, z.number().int()])) as Record<StockCodeResult, z.ZodNumber>);

/** A file's codes that failed the checks before anything was sent (line, what, how to fix). */
export const codeFindingSchema = z.strictObject({ line: z.number().int().nullable(), path: z.string(), message: localizedSchema, severity: z.enum(['error', 'warning']) });

export const codeUploadReportSchema = z.strictObject({
  uploadId: z.string(),
  /** Codes in the file after checks. */
  codes: z.number().int(),
  /** Codes of the file planned by an earlier upload: not planned nor sent again. */
  alreadyPlanned: z.number().int(),
  /** Calls this upload committed, and sent (with replays under the same number). */
  planned: z.number().int(),
  calls: z.number().int(),
  replays: z.number().int(),
  unresolved: z.number().int(),
  refused: z.number().int(),
  /** The merchant as a whole was refused (signature, permission): nothing more was sent. */
  stopped: localizedSchema.nullable(),
  /** The stock's codes by result, this upload and earlier ones. */
  counts: countsSchema,
  /** This file's codes by result. */
  fileCounts: countsSchema,
  /** Errors stop the upload before anything is committed; warnings (a repeated line) do not. */
  findings: z.array(codeFindingSchema),
});
export type CodeUploadReportView = z.infer<typeof codeUploadReportSchema>;

export const codeRowSchema = z.strictObject({ code: z.string(), result: z.enum(CODE_RESULTS), reason: z.string().nullable() });
export type CodeRowView = z.infer<typeof codeRowSchema>;

/** One COUPON.SEND callback (§2.6), verified and decrypted in main. */
export const sendEventSchema = z.strictObject({
  id: z.string(),
  createTime: z.string(),
  couponCode: z.string(),
  openid: z.string(),
  sendTime: z.string(),
  /** BUSICOUPON_SEND_CHANNEL_*. */
  channel: z.string(),
  /** Where the callback would have been posted (the sandbox keeps it; no app can receive it). */
  notifyUrl: z.string().nullable(),
  /** The signature checked against the merchant's WeChat Pay key. */
  verified: z.boolean(),
});
export type SendEventView = z.infer<typeof sendEventSchema>;

/** Which budget dimension one PATCH changes (exactly one per call, §2.3). */
export const BUDGET_FIELDS = ['maxCoupons', 'maxCouponsByDay'] as const;
export type BudgetField = (typeof BUDGET_FIELDS)[number];

/** The modifiable fields (§2.3): stock_name, the logo and the merchant name are not among them. */
export const stockPatchSchema = z.strictObject({
  // Lengths are characters (§2.2); main counts them again with the shared limits.
  goodsName: z.string().min(1).max(15).optional(),
  comment: z.string().max(20).optional(),
  description: z.string().max(1000).optional(),
  useMethod: z.enum(['OFF_LINE', 'MINI_PROGRAMS', 'PAYMENT_CODE']).optional(),
  miniProgramsAppid: z.string().max(32).optional(),
  miniProgramsPath: z.string().max(128).optional(),
  preventApiAbuse: z.boolean().optional(),
  backgroundColor: z.string().regex(/^Color(0[1-9]0|100)$/).optional(),
});
export type StockPatch = z.infer<typeof stockPatchSchema>;

/** Error codes of the stocks domain. */
export const STOCK_ERROR_CODES = {
  unavailable: 'history_unavailable',
  account: 'account_unavailable',
  wechatpay: 'wechatpay_error',
  unknownOutcome: 'outcome_unknown',
  notUpload: 'not_merchant_upload',
  file: 'codes_file_unreadable',
  findings: 'codes_file_invalid',
  storage: 'storage_failed',
  noSandbox: 'events_sandbox_only',
  unchanged: 'nothing_to_change',
} as const;

export const stocksChannels = defineChannels('stocks', {
  /** GET stocks/{stock_id} now: state, send counts, budget and the modifiable fields. */
  'stocks:get': { request: z.strictObject(target), response: stockViewSchema },
  /** Reads the current value, commits the change, then PATCH …/budget with both (§2.3). */
  'stocks:budget': {
    request: z.strictObject({ ...target, field: z.enum(BUDGET_FIELDS), target: z.number().int().min(1).max(1_000_000_000) }),
    response: z.strictObject({ outcome: z.enum(['changed', 'unchanged']), from: z.number().int().nullable(), to: z.number().int(), stock: stockViewSchema }),
  },
  /** PATCH stocks/{stock_id} with the changed fields only, committed first (§2.3). */
  'stocks:modify': { request: z.strictObject({ ...target, patch: stockPatchSchema }), response: stockViewSchema },
  /**
   * A TXT/CSV/XLSX codes file (bytes as base64) to a MERCHANT_UPLOAD stock: checked, cut into calls
   * of 200, each call's upload_request_no committed before it is sent; `stocks:uploadProgress`
   * follows each answered call. Codes already planned are never planned or sent again.
   */
  'stocks:uploadCodes': {
    request: z.strictObject({ ...target, fileName: z.string().min(1).max(260), base64: z.string().max(27_000_000), uploadId: z.string().min(1).max(64) }),
    response: codeUploadReportSchema,
  },
  /** The stock's codes with their results, in upload order, a page at a time. */
  'stocks:codeResults': {
    request: z.strictObject({ ...target, offset: z.number().int().min(0).optional(), limit: z.number().int().min(1).max(5000).optional(), result: z.enum(CODE_RESULTS).optional() }),
    response: z.strictObject({ total: z.number().int(), counts: countsSchema, rows: z.array(codeRowSchema) }),
  },
  /** The COUPON.SEND callbacks of this stock the sandbox recorded (a desktop app has no notify URL); `unreadable`: notices that did not decrypt with the APIv3 key. */
  'stocks:events': {
    request: z.strictObject(target),
    response: z.strictObject({ source: z.enum(['sandbox']), events: z.array(sendEventSchema), unreadable: z.number().int() }),
  },
});

export const stocksEvents = defineEvents('stocks', {
  /** After each answered upload call. */
  'stocks:uploadProgress': z.strictObject({ uploadId: z.string(), stockId: z.string(), done: z.number().int(), total: z.number().int() }),
});
