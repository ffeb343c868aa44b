import { z } from 'zod';
import { BUSINESS_SERVICES, TIME_LIMIT_TYPES, enumValues } from './enums';
import { jsonInt } from './schema-base-info';

/** advanced_info.use_condition (§4.6): which fields suit which type is a validator warning. */
export const useConditionSchema = z.strictObject({
  accept_category: z.string().optional(),
  reject_category: z.string().optional(),
  least_cost: jsonInt.optional(),
  object_use_for: z.string().optional(),
  can_use_with_other_discount: z.boolean().optional(),
});

/** advanced_info.abstract: the cover; exactly one icon is a validator rule (45020). */
export const abstractSchema = z.strictObject({
  abstract: z.string().optional(),
  icon_url_list: z.array(z.string()).optional(),
});

/** One picture-and-text item of the detail page. */
export const textImageSchema = z.strictObject({
  image_url: z.string().optional(),
  text: z.string().optional(),
});

/** One displayed usage time slot ("只控制显示，不控制实际使用逻辑", §4.6). */
export const timeLimitSchema = z.strictObject({
  type: z.enum(enumValues(TIME_LIMIT_TYPES)).optional(),
  begin_hour: jsonInt.optional(),
  begin_minute: jsonInt.optional(),
  end_hour: jsonInt.optional(),
  end_minute: jsonInt.optional(),
});

/** advanced_info, shared by all five types. */
export const advancedInfoSchema = z.strictObject({
  use_condition: useConditionSchema.optional(),
  abstract: abstractSchema.optional(),
  text_image_list: z.array(textImageSchema).optional(),
  time_limit: z.array(timeLimitSchema).optional(),
  business_service: z.array(z.enum(enumValues(BUSINESS_SERVICES))).optional(),
  share_friends: z.boolean().optional(),
});

/** Usage conditions shown on the coupon. */
export type UseCondition = z.infer<typeof useConditionSchema>;
/** The cover block. */
export type Abstract = z.infer<typeof abstractSchema>;
/** A detail-page item. */
export type TextImage = z.infer<typeof textImageSchema>;
/** A displayed time slot. */
export type TimeLimit = z.infer<typeof timeLimitSchema>;
/** advanced_info of any coupon type. */
export type AdvancedInfo = z.infer<typeof advancedInfoSchema>;
