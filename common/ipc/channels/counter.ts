import { z } from 'zod';
import { defineChannels, defineEvents } from '../define';
import { localizedSchema } from '../localized-schema';

/**
 * The 核销台 (wechatpay-merchant-coupons-and-member-cards.md §2.3 coupons/use): the renderer sends a
 * merchant account id and the scanned code; main holds the keys, commits the use_request_no before
 * the call and answers in a cashier's words. `stockId` is optional: main finds the stock of a code
 * it uploaded, and a WECHATPAY_MODE coupon needs none (stock_id is required only for MERCHANT_UPLOAD
 * and MERCHANT_API stocks).
 */
const account = z.string().min(1).max(64);
// coupon_code: 1–32 characters (§2.3 couponcodes); a scanner may add a line end, main trims it.
const code = z.string().trim().min(1).max(34);
const stockId = z.string().regex(/^\d{1,20}$/);

/** The coupon as the result shows it (from GET stocks/{stock_id}, cached); null when it could not be read. */
export const counterCouponSchema = z.strictObject({
  stockId: z.string(),
  name: z.string(),
  /** "满100减20", "8.5折", "换购价 9.9 元": the value in merchant words. */
  value: localizedSchema,
});

/** One line of the recent redemptions. */
export const counterRedemptionSchema = z.strictObject({
  useRequestNo: z.string(),
  code: z.string(),
  stockId: z.string(),
  stockName: z.string().nullable(),
  state: z.enum(['pending', 'used', 'already_used', 'refused']),
  /** WeChat Pay's use time (RFC 3339, +08:00), or the time it was asked. */
  at: z.string(),
  error: z.string().nullable(),
});
export type CounterRedemptionView = z.infer<typeof counterRedemptionSchema>;

/** Why a code was refused, for the one-line reason and the colour. */
export const counterReasonSchema = z.enum(['already_used', 'expired', 'not_this_shop', 'wrong_stock', 'unknown_code', 'stock_required', 'account', 'other']);
export type CounterReason = z.infer<typeof counterReasonSchema>;

export const counterRedeemResultSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('used'), code: z.string(), at: z.string().nullable(), coupon: counterCouponSchema.nullable(), message: localizedSchema }),
  z.strictObject({ kind: z.literal('refused'), code: z.string(), reason: counterReasonSchema, at: z.string().nullable(), coupon: counterCouponSchema.nullable(), message: localizedSchema, detail: z.string().nullable() }),
  /** No answer even after replays under the same number: kept, checked again before anything else. */
  z.strictObject({ kind: z.literal('unknown'), code: z.string(), message: localizedSchema }),
]);
export type CounterRedeemResult = z.infer<typeof counterRedeemResultSchema>;

/** A stock of this merchant from the history, for the stock picker. */
export const counterStockSchema = z.strictObject({ stockId: z.string(), name: z.string().nullable() });

export const counterChannels = defineChannels('counter', {
  /** Redeems one code; the same code while its first redemption is in flight waits for it. */
  'counter:redeem': { request: z.strictObject({ merchantAccountId: account, stockId: stockId.optional(), code }), response: counterRedeemResultSchema },
  /** The merchant's redemption log, newest first. */
  'counter:recent': {
    request: z.strictObject({ merchantAccountId: account, limit: z.number().int().min(1).max(500).optional() }),
    response: z.strictObject({ redemptions: z.array(counterRedemptionSchema) }),
  },
  /** The merchant's stocks in the history. */
  'counter:stocks': { request: z.strictObject({ merchantAccountId: account }), response: z.strictObject({ stocks: z.array(counterStockSchema) }) },
  /** Settles redemptions left without an answer, each under its own number (never a new one). */
  'counter:reconcile': { request: z.strictObject({ merchantAccountId: account }), response: z.strictObject({ settled: z.number().int(), stillUnknown: z.number().int() }) },
});

export const counterEvents = defineEvents('counter', {});
