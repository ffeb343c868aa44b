import { z } from 'zod';
import { COUPON_COLOR_NAMES } from './colors';
import { CODE_TYPES, DATE_TYPES, DEPOSIT_MODE, enumValues } from './enums';

/**
 * The SHAPE of base_info as card/create takes it (wechat-card-api.md §1.4, §4.2, §4.3): strict
 * objects, JSON types and enums only. Byte limits, ranges and cross-field rules carry errcodes and
 * live in common/validate, which reports all of them at once instead of stopping at the first.
 */

/** A JSON integer of any size: z.int() would refuse integers beyond 2^53 the validator accepts. */
export const jsonInt = z.number().refine(Number.isInteger, { message: 'Expected an integer' });

/** date_info.type: the two strings, or the legacy numbers 1 and 2 (§4.3). */
export const dateTypeSchema = z.union([z.enum(enumValues(DATE_TYPES)), z.literal(1), z.literal(2)]);

/** date_info: which of the four numbers are required depends on type (see the validator). */
export const dateInfoSchema = z.strictObject({
  type: dateTypeSchema,
  begin_timestamp: z.number().optional(),
  end_timestamp: z.number().optional(),
  fixed_term: jsonInt.optional(),
  fixed_begin_term: jsonInt.optional(),
});

/** sku: only the stock. */
export const skuSchema = z.strictObject({ quantity: jsonInt });

/** base_info, shared by all five types, with every field of the official table. */
export const baseInfoSchema = z.strictObject({
  logo_url: z.string(),
  code_type: z.enum(enumValues(CODE_TYPES)),
  brand_name: z.string(),
  title: z.string(),
  sub_title: z.string().optional(),
  color: z.enum(COUPON_COLOR_NAMES),
  notice: z.string(),
  description: z.string(),
  sku: skuSchema,
  date_info: dateInfoSchema,
  use_custom_code: z.boolean().optional(),
  get_custom_code_mode: z.literal(DEPOSIT_MODE).optional(),
  bind_openid: z.boolean().optional(),
  service_phone: z.string().optional(),
  location_id_list: z.array(jsonInt).optional(),
  use_all_locations: z.boolean().optional(),
  center_title: z.string().optional(),
  center_sub_title: z.string().optional(),
  center_url: z.string().optional(),
  center_app_brand_user_name: z.string().optional(),
  center_app_brand_pass: z.string().optional(),
  custom_url_name: z.string().optional(),
  custom_url: z.string().optional(),
  custom_url_sub_title: z.string().optional(),
  custom_app_brand_user_name: z.string().optional(),
  custom_app_brand_pass: z.string().optional(),
  promotion_url_name: z.string().optional(),
  promotion_url: z.string().optional(),
  promotion_url_sub_title: z.string().optional(),
  promotion_app_brand_user_name: z.string().optional(),
  promotion_app_brand_pass: z.string().optional(),
  get_limit: jsonInt.optional(),
  use_limit: jsonInt.optional(),
  can_share: z.boolean().optional(),
  can_give_friend: z.boolean().optional(),
  need_push_on_view: z.boolean().optional(),
  source: z.string().optional(),
});

/** The validity block of a coupon. */
export type DateInfo = z.infer<typeof dateInfoSchema>;
/** date_info.type, string or legacy number. */
export type DateType = z.infer<typeof dateTypeSchema>;
/** The stock block. */
export type Sku = z.infer<typeof skuSchema>;
/** base_info of any coupon type. */
export type BaseInfo = z.infer<typeof baseInfoSchema>;
