import type { StockType } from '../../../common/busifavor/enums';
import { exampleStock } from '../../../common/busifavor/examples';
import { validateStock, type StockFinding, type StockValidateContext } from '../../../common/validate-busifavor';

/** 2026-05-01 12:00:00 China time: the injected "now". */
export const NOW_MS = Date.UTC(2026, 4, 1, 4, 0, 0);

// The cases write wrong types into deep fields on purpose; a typed body would forbid exactly that.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = Record<string, any>;
type Obj = Loose;

/** A fresh valid example stock of `type`, changed by `edit`. */
export function stock(type: StockType, edit: (b: Obj) => void = () => {}): Obj {
  const body = structuredClone(exampleStock(type, NOW_MS)) as Obj;
  edit(body);
  return body;
}

export function findings(body: unknown, ctx: Partial<StockValidateContext> = {}): StockFinding[] {
  return validateStock(body, { nowMs: NOW_MS, ...ctx });
}

/** A stocks-file stock of `type` (元, 折, China times), valid at NOW_MS, changed by `edit`. */
export function stockInput(edit: (s: Obj) => void = () => {}, type: StockType = 'NORMAL'): Obj {
  const rule: Obj = {
    NORMAL: { fixed_normal_coupon: { discount_amount_yuan: 20, transaction_minimum_yuan: '100' } },
    DISCOUNT: { discount_coupon: { discount_zhe: '八八折', transaction_minimum_yuan: 0.01 } },
    EXCHANGE: { exchange_coupon: { exchange_price_yuan: '9.9', transaction_minimum_yuan: 30 } },
  }[type];
  const s: Obj = {
    stock_name: '满100减20元',
    goods_name: '全场通用',
    stock_type: type,
    coupon_use_rule: {
      coupon_available_time: {
        available_begin_time: '2026-05-02',
        available_end_time: '2026-06-01',
        available_week: { week_day: [1, 2, 3, 4, 5], available_day_time: [{ begin_time: '11:00', end_time: '14:00' }] },
      },
      use_method: 'OFF_LINE',
      ...rule,
    },
    stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1 },
    display_pattern_info: { merchant_logo_url: 'https://wxpaylogo.qpic.cn/wxpaylogo/abc/0', background_color: 'color020' },
    belong_merchant: '1900000109',
  };
  edit(s);
  return s;
}
