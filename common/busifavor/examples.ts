import type { StockType } from './enums';
import type { StockCreateBody } from './schema';
import { MARKETING_IMAGE_HOST } from './limits';
import { toChinaRfc3339 } from './rfc3339';

/**
 * A valid create-stock body of each type, valid at `nowMs`: a month from tomorrow, weekday
 * lunch hours, an uploaded logo. Tests, the benchmark and the docs start from these.
 */
export function exampleStock(type: StockType, nowMs: number, mchid = '1900000109'): StockCreateBody {
  const day = 86_400;
  const start = Math.floor(nowMs / 1000 / day + 1) * day - 8 * 3600; // next China midnight
  const common = {
    stock_name: type === 'NORMAL' ? '满100减20元' : type === 'DISCOUNT' ? '全场八八折' : '9.9元换购咖啡',
    belong_merchant: mchid,
    comment: '春季活动',
    goods_name: '全场通用',
    out_request_no: `${mchid}20260501${type}0001`,
    coupon_code_mode: 'WECHATPAY_MODE' as const,
    stock_send_rule: { max_coupons: 1000, max_coupons_per_user: 1, prevent_api_abuse: true },
    display_pattern_info: {
      description: '每单限用一张，不与其他优惠同享',
      merchant_logo_url: `https://${MARKETING_IMAGE_HOST}/wxpaylogo/PiajxSqBRaEIPAeia7Imvtsr/0`,
      merchant_name: '好味咖啡',
      background_color: 'Color020' as const,
    },
    custom_entrance: { code_display_mode: 'QRCODE' as const },
  };
  const coupon_available_time = {
    available_begin_time: toChinaRfc3339(start),
    available_end_time: toChinaRfc3339(start + 31 * day - 1),
    available_week: { week_day: [1, 2, 3, 4, 5], available_day_time: [{ begin_time: 11 * 3600, end_time: 14 * 3600 }] },
  };
  const use = { coupon_available_time, use_method: 'OFF_LINE' as const };
  switch (type) {
    case 'NORMAL':
      return { ...common, stock_type: 'NORMAL', coupon_use_rule: { ...use, fixed_normal_coupon: { discount_amount: 2000, transaction_minimum: 10000 } } };
    case 'DISCOUNT':
      return { ...common, stock_type: 'DISCOUNT', coupon_use_rule: { ...use, discount_coupon: { discount_percent: 88, transaction_minimum: 1 } } };
    case 'EXCHANGE':
      return { ...common, stock_type: 'EXCHANGE', coupon_use_rule: { ...use, exchange_coupon: { exchange_price: 990, transaction_minimum: 3000 } } };
  }
}
