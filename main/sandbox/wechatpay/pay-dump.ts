import type { VerificationMode } from './merchants';
import type { CallbackRecord, HeldCoupon, PayState } from './pay-state';
import { stockState } from './stock-handlers';

/** One stock as the dump shows it. */
export interface StockDump {
  readonly stockId: string;
  /** The create body exactly as received. */
  readonly rawBody: string;
  /** The stock now (after modifications). */
  readonly body: unknown;
  readonly state: string;
  readonly createTime: number;
  readonly maxCoupons: number;
  readonly maxCouponsByDay: number | undefined;
  readonly codes: readonly { readonly code: string; readonly status: string; readonly openid?: string }[];
  readonly totalSent: number;
}

/** One merchant in the dump: no private key, no APIv3 key. */
export interface MerchantDump {
  readonly mchid: string;
  readonly mode: VerificationMode;
  readonly stocks: readonly StockDump[];
  readonly coupons: readonly HeldCoupon[];
  readonly callbacks: readonly CallbackRecord[];
  readonly notifyUrl: string | undefined;
  readonly images: readonly string[];
}

/** The WeChat Pay part of the dump. */
export function buildPayDump(pay: PayState, now: number): Record<string, MerchantDump> {
  const out: Record<string, MerchantDump> = {};
  for (const [mchid, merchant] of pay.merchants) {
    out[mchid] = {
      mchid,
      mode: merchant.config.mode,
      stocks: [...merchant.stocks.values()].map((s) => ({
        stockId: s.stockId,
        rawBody: s.rawBody,
        body: s.body,
        state: stockState({ now, merchant }, s),
        createTime: s.createTime,
        maxCoupons: s.maxCoupons,
        maxCouponsByDay: s.maxCouponsByDay,
        codes: [...s.codes.values()].map((c) => ({ code: c.code, status: c.status, ...(c.openid ? { openid: c.openid } : {}) })),
        totalSent: s.totalSent,
      })),
      coupons: [...merchant.coupons.values()],
      callbacks: merchant.callbacks,
      notifyUrl: merchant.notify?.url,
      images: [...merchant.images],
    };
  }
  return out;
}
