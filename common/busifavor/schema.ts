import { z } from 'zod';
import { jsonInt } from '../coupon/schema-base-info';
import { STOCK_COLOR_NAMES } from './colors';
import { CODE_DISPLAY_MODE_NAMES, COUPON_CODE_MODE_NAMES, USE_METHOD_NAMES } from './enums';

/**
 * The SHAPE of the create-stock body, POST /v3/marketing/busifavor/stocks (§2.2): strict objects,
 * JSON types, enums, and exactly one rule object matching stock_type ("三选一"). Character limits,
 * ranges, times and cross-field rules are the validator's (common/validate-busifavor), which
 * reports all of them at once, in both languages, instead of stopping at the first.
 */

/** A time slot within a day, in seconds of the day (1 … 86399); an array item, never a lone object (WxJava #3574). */
export const dayTimeSchema = z.strictObject({ begin_time: jsonInt, end_time: jsonInt });

/** An extra date range, RFC 3339 with zone. */
export const irregularTimeSchema = z.strictObject({ begin_time: z.string(), end_time: z.string() });

/** coupon_use_rule.coupon_available_time. */
export const availableTimeSchema = z.strictObject({
  available_begin_time: z.string(),
  available_end_time: z.string(),
  available_day_after_receive: jsonInt.optional(),
  wait_days_after_receive: jsonInt.optional(),
  available_second_after_receive: jsonInt.optional(),
  available_week: z.strictObject({ week_day: z.array(jsonInt).optional(), available_day_time: z.array(dayTimeSchema).optional() }).optional(),
  irregulary_avaliable_time: z.array(irregularTimeSchema).optional(),
});

/** NORMAL: amount off and minimum spend, both in 分. */
export const fixedNormalCouponSchema = z.strictObject({ discount_amount: jsonInt, transaction_minimum: jsonInt });
/** DISCOUNT: discount_percent is the percentage PAID (88 = 八八折); minimum spend in 分. */
export const discountCouponSchema = z.strictObject({ discount_percent: jsonInt, transaction_minimum: jsonInt });
/** EXCHANGE: the price of the item and the minimum spend, in 分. */
export const exchangeCouponSchema = z.strictObject({ exchange_price: jsonInt, transaction_minimum: jsonInt });

const useRuleCommon = {
  coupon_available_time: availableTimeSchema,
  use_method: z.enum(USE_METHOD_NAMES),
  mini_programs_appid: z.string().optional(),
  mini_programs_path: z.string().optional(),
};

export const stockSendRuleSchema = z.strictObject({
  max_coupons: jsonInt,
  max_coupons_per_user: jsonInt,
  max_coupons_by_day: jsonInt.optional(),
  max_amount: jsonInt.optional(),
  max_amount_by_day: jsonInt.optional(),
  natural_person_limit: z.boolean().optional(),
  prevent_api_abuse: z.boolean().optional(),
  transferable: z.boolean().optional(),
  shareable: z.boolean().optional(),
});

export const customEntranceSchema = z.strictObject({
  mini_programs_info: z
    .strictObject({ mini_programs_appid: z.string(), mini_programs_path: z.string(), entrance_words: z.string(), guiding_words: z.string().optional() })
    .optional(),
  appid: z.string().optional(),
  hall_id: z.string().optional(),
  store_id: z.string().optional(),
  code_display_mode: z.enum(CODE_DISPLAY_MODE_NAMES).optional(),
});

export const displayPatternSchema = z.strictObject({
  description: z.string().optional(),
  merchant_logo_url: z.string().optional(),
  merchant_name: z.string().optional(),
  background_color: z.enum(STOCK_COLOR_NAMES).optional(),
  coupon_image_url: z.string().optional(),
  finder_info: z.strictObject({ finder_id: z.string(), finder_video_id: z.string(), finder_video_cover_image_url: z.string() }).optional(),
});

const bodyCommon = {
  stock_name: z.string(),
  belong_merchant: z.string(),
  comment: z.string().optional(),
  goods_name: z.string(),
  stock_send_rule: stockSendRuleSchema,
  out_request_no: z.string(),
  custom_entrance: customEntranceSchema.optional(),
  display_pattern_info: displayPatternSchema.optional(),
  coupon_code_mode: z.enum(COUPON_CODE_MODE_NAMES),
  notify_config: z.strictObject({ notify_appid: z.string().optional() }).optional(),
  subsidy: z.boolean().optional(),
};

/** The whole body; stock_type picks the one rule object coupon_use_rule may hold. */
export const stockCreateBodySchema = z.discriminatedUnion('stock_type', [
  z.strictObject({ ...bodyCommon, stock_type: z.literal('NORMAL'), coupon_use_rule: z.strictObject({ ...useRuleCommon, fixed_normal_coupon: fixedNormalCouponSchema }) }),
  z.strictObject({ ...bodyCommon, stock_type: z.literal('DISCOUNT'), coupon_use_rule: z.strictObject({ ...useRuleCommon, discount_coupon: discountCouponSchema }) }),
  z.strictObject({ ...bodyCommon, stock_type: z.literal('EXCHANGE'), coupon_use_rule: z.strictObject({ ...useRuleCommon, exchange_coupon: exchangeCouponSchema }) }),
]);

/** The create-stock request body. */
export type StockCreateBody = z.infer<typeof stockCreateBodySchema>;
/** Its coupon_use_rule, a union over the three stock types. */
export type CouponUseRule = StockCreateBody['coupon_use_rule'];

/** The 200 answer: `{stock_id, create_time}` (§2.2). */
export const stockCreatedSchema = z.object({ stock_id: z.string(), create_time: z.string() });
export type StockCreated = z.infer<typeof stockCreatedSchema>;
