import { z } from 'zod';
import { advancedInfoSchema } from './schema-advanced-info';
import { baseInfoSchema, jsonInt } from './schema-base-info';

export * from './schema-base-info';
export * from './schema-advanced-info';
export type { CardType, CardTypeKey } from './card-types';

/**
 * The card/create body, mirroring the JSON exactly (wechat-card-api.md §1.4, §4.4):
 * `{ card: { card_type, <lower-case card_type>: { base_info, advanced_info?, <type fields> } } }`.
 * The discriminated union makes a type object under the wrong key (the "sash" trap,
 * product-landscape.md §2.8) a parse failure.
 */

const common = { base_info: baseInfoSchema, advanced_info: advancedInfoSchema.optional() };

/** GROUPON type object: deal_detail (团购详情). */
export const grouponSchema = z.strictObject({ ...common, deal_detail: z.string() });
/** CASH type object: least_cost and reduce_cost, both in 分. */
export const cashSchema = z.strictObject({ ...common, least_cost: jsonInt, reduce_cost: jsonInt });
/** DISCOUNT type object: discount is percent OFF (30 = 七折). */
export const discountSchema = z.strictObject({ ...common, discount: jsonInt });
/** GIFT type object: gift (兑换内容). */
export const giftSchema = z.strictObject({ ...common, gift: z.string() });
/** GENERAL_COUPON type object: default_detail (优惠详情). */
export const generalCouponSchema = z.strictObject({ ...common, default_detail: z.string() });

/** `card` of each type: card_type plus exactly its own lower-case key. */
export const cardSchema = z.discriminatedUnion('card_type', [
  z.strictObject({ card_type: z.literal('GROUPON'), groupon: grouponSchema }),
  z.strictObject({ card_type: z.literal('CASH'), cash: cashSchema }),
  z.strictObject({ card_type: z.literal('DISCOUNT'), discount: discountSchema }),
  z.strictObject({ card_type: z.literal('GIFT'), gift: giftSchema }),
  z.strictObject({ card_type: z.literal('GENERAL_COUPON'), general_coupon: generalCouponSchema }),
]);

/** The whole POST body of card/create. */
export const cardCreateBodySchema = z.strictObject({ card: cardSchema });

/** The POST body of card/create. */
export type CardCreateBody = z.infer<typeof cardCreateBodySchema>;
/** The `card` object, a union over the five types. */
export type Card = z.infer<typeof cardSchema>;
/** The GROUPON type object. */
export type GrouponCard = z.infer<typeof grouponSchema>;
/** The CASH type object. */
export type CashCard = z.infer<typeof cashSchema>;
/** The DISCOUNT type object. */
export type DiscountCard = z.infer<typeof discountSchema>;
/** The GIFT type object. */
export type GiftCard = z.infer<typeof giftSchema>;
/** The GENERAL_COUPON type object. */
export type GeneralCouponCard = z.infer<typeof generalCouponSchema>;
/** Any of the five type objects. */
export type TypeObject = GrouponCard | CashCard | DiscountCard | GiftCard | GeneralCouponCard;
