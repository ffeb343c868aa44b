import { z } from 'zod';
import { advancedInfoSchema } from './schema-advanced-info';
import { baseInfoSchema, dateInfoSchema, dateTypeSchema, jsonInt } from './schema-base-info';
import { CUSTOM_FIELD_NAME_TYPES, DATE_TYPE_PERMANENT } from './limits-member-card';

/**
 * The SHAPE of a member card's card/create body (wechatpay-merchant-coupons-and-member-cards.md §1.3;
 * base_info as wechat-card-api.md §4.2): strict objects and JSON types; the byte limits and
 * the activation / points / stored-value rules carry errcodes and live in common/validate.
 */

/** base_info of a member card: the coupon's, plus DATE_TYPE_PERMANENT (member cards only, wechat-card-api.md §4.3). */
export const memberBaseInfoSchema = baseInfoSchema.extend({
  date_info: dateInfoSchema.extend({ type: z.union([dateTypeSchema, z.literal(DATE_TYPE_PERMANENT)]) }),
});

/** bonus_rule: amounts in 分, points as counts (§1.3, WxJava BonusRule). */
export const bonusRuleSchema = z.strictObject({
  cost_money_unit: jsonInt.optional(),
  increase_bonus: jsonInt.optional(),
  max_increase_bonus: jsonInt.optional(),
  init_increase_bonus: jsonInt.optional(),
  cost_bonus_unit: jsonInt.optional(),
  reduce_money: jsonInt.optional(),
  least_money_to_use_bonus: jsonInt.optional(),
  max_reduce_bonus: jsonInt.optional(),
});

/** One header cell: a preset name_type or a free name, and a link. */
export const customFieldSchema = z.strictObject({
  name_type: z.enum(CUSTOM_FIELD_NAME_TYPES).optional(),
  name: z.string().optional(),
  url: z.string().optional(),
});

/** One entry row. */
export const customCellSchema = z.strictObject({
  name: z.string(),
  tips: z.string().optional(),
  url: z.string().optional(),
  app_brand_user_name: z.string().optional(),
  app_brand_pass: z.string().optional(),
});

const text = z.string().optional();

/** The `member_card` object. */
export const memberCardSchema = z.strictObject({
  base_info: memberBaseInfoSchema,
  advanced_info: advancedInfoSchema.optional(),
  background_pic_url: text,
  prerogative: z.string(),
  discount: jsonInt.optional(),
  auto_activate: z.boolean().optional(),
  wx_activate: z.boolean().optional(),
  wx_activate_after_submit: z.boolean().optional(),
  wx_activate_after_submit_url: text,
  activate_url: text,
  activate_app_brand_user_name: text,
  activate_app_brand_pass: text,
  supply_bonus: z.boolean(),
  bonus_url: text,
  bonus_app_brand_user_name: text,
  bonus_app_brand_pass: text,
  bonus_cleared: text,
  bonus_rules: text,
  bonus_rule: bonusRuleSchema.optional(),
  supply_balance: z.boolean(),
  balance_url: text,
  balance_app_brand_user_name: text,
  balance_app_brand_pass: text,
  balance_rules: text,
  custom_field1: customFieldSchema.optional(),
  custom_field2: customFieldSchema.optional(),
  custom_field3: customFieldSchema.optional(),
  custom_cell1: customCellSchema.optional(),
  custom_cell2: customCellSchema.optional(),
  custom_cell3: customCellSchema.optional(),
});

/** The card/create body of a member card. */
export const memberCardCreateBodySchema = z.strictObject({
  card: z.strictObject({ card_type: z.literal('MEMBER_CARD'), member_card: memberCardSchema }),
});

/** The `member_card` object. */
export type MemberCard = z.infer<typeof memberCardSchema>;
/** A member card's card/create body. */
export type MemberCardCreateBody = z.infer<typeof memberCardCreateBodySchema>;
