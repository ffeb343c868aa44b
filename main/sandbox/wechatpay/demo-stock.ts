import { DEMO_MERCHANT } from './merchants';

const DAY_MS = 86_400_000;

/** RFC 3339 in China time for `ms` (what the merchant picked in China time, §2.2). */
function china(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

/** A create-stock body the simulator accepts: ¥20 off ¥100, valid from now for 30 days, codes uploaded by the merchant. */
export function demoStockBody(now: number, outRequestNo: string, mchid: string = DEMO_MERCHANT.mchid): Record<string, unknown> {
  return {
    stock_name: '满100减20 周末特惠',
    belong_merchant: mchid,
    comment: '沙盒示例批次',
    goods_name: '全场饮品',
    stock_type: 'NORMAL',
    coupon_use_rule: {
      coupon_available_time: { available_begin_time: china(now), available_end_time: china(now + 30 * DAY_MS) },
      fixed_normal_coupon: { discount_amount: 2000, transaction_minimum: 10000 },
      use_method: 'OFF_LINE',
    },
    stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1 },
    out_request_no: outRequestNo,
    display_pattern_info: { description: '每人限领一张,不与其他优惠同享', background_color: 'Color020' },
    coupon_code_mode: 'MERCHANT_UPLOAD',
  };
}
