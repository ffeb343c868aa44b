/**
 * Every limit of the 商家券 create-stock body (POST /v3/marketing/busifavor/stocks) in one place,
 * from wechatpay-merchant-coupons-and-member-cards.md §2.2 and fixed by the rules table in
 * common/validate-busifavor/RULES.md. The field metadata, the validator, the stocks file and the
 * generators read these; nothing else spells the numbers.
 */

/**
 * Length budgets in CHARACTERS: "一个中文汉字/英文字母/数字均占用一个字数" (§2.2) — unlike the Card
 * API's bytes. One SDK comment says UTF-8 bytes ([UNCONFIRMED], §6.3 probe 1), so the unit is a
 * validator option (see text-length.ts). `string(15)` fields (belong_merchant) count the same way.
 */
export const CHAR_LIMITS = {
  stock_name: 21,
  belong_merchant: 15,
  comment: 20,
  goods_name: 15,
  out_request_no: 128,
  'custom_entrance.mini_programs_info.entrance_words': 5,
  'custom_entrance.mini_programs_info.guiding_words': 6,
  'display_pattern_info.description': 1000,
  'display_pattern_info.merchant_name': 16,
} as const;

/** merchant_name "display ≤ 12" (§2.2): longer names pass but are cut in 卡包, so a warning. */
export const MERCHANT_NAME_DISPLAY_CHARS = 12;

/** fixed_normal_coupon / discount_coupon / exchange_coupon amounts in 分 (§2.2). */
export const MIN_AMOUNT_FEN = 1;
export const MAX_AMOUNT_FEN = 10_000_000;
/** exchange_price may be 0 (a free item), unlike the other amounts (§2.2). */
export const MIN_EXCHANGE_PRICE_FEN = 0;

/**
 * discount_percent is the percentage PAID: "88 means 12 % off (88折)" (§2.2). Its range is not in
 * the sheet [INF]: 1..99, i.e. 0.1折 to 9.9折, as a whole percent (the field is an integer).
 */
export const MIN_DISCOUNT_PERCENT = 1;
export const MAX_DISCOUNT_PERCENT = 99;

/** stock_send_rule (§2.2). */
export const MIN_MAX_COUPONS = 1;
export const MAX_MAX_COUPONS = 1_000_000_000;
export const MIN_PER_USER = 1;
export const MAX_PER_USER = 100;
export const MIN_BY_DAY = 1;
export const MAX_BY_DAY = 1_000_000_000;

/**
 * "validity at most 1 year" (§2.2), read as available_end_time − available_begin_time ≤ 365 days
 * [INF]: the stricter reading, so a leap-day year is refused offline rather than by WeChat Pay.
 */
export const MAX_VALIDITY_SECONDS = 365 * 86_400;

/** wait_days_after_receive ≤ 30 and only with available_day_after_receive (§2.2, §6.2). */
export const MAX_WAIT_DAYS = 30;
/** available_day_after_receive: at least one day [INF]; no upper bound beyond the validity. */
export const MIN_DAYS_AFTER_RECEIVE = 1;

/** available_week: week_day 0 = Sunday … 6; day-time slots in seconds of the day 1 … 86399, ≤ 2 (§2.2). */
export const MIN_WEEK_DAY = 0;
export const MAX_WEEK_DAY = 6;
export const MIN_DAY_SECOND = 1;
export const MAX_DAY_SECOND = 86_399;
export const MAX_DAY_TIME_SLOTS = 2;

/** The host of every URL the marketing image upload returns (§2.5: `wxpaylogo.qpic.cn`). */
export const MARKETING_IMAGE_HOST = 'wxpaylogo.qpic.cn';

/** Image files the upload takes (§2.5) and the per-slot size budgets (§2.2). */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'bmp', 'png'] as const;
export const LOGO_EXTENSIONS = ['jpg', 'jpeg', 'png'] as const;
export const MAX_LOGO_BYTES = 1024 * 1024 - 1; // "< 1 MB"
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024; // "≤ 2 MB"
