// The member card's field catalogue, written from wechatpay-merchant-coupons-and-member-cards.md §1.3
// and the "Member cards" table of common/validate/RULES.md. Deliberately independent of common/coupon
// (the differential test compares the two).
import type { ObjectSpec } from './spec';

/** The card type this file describes, and its object key. */
export const MEMBER_CARD_TYPE = 'MEMBER_CARD';
export const MEMBER_CARD_KEY = 'member_card';

const CUSTOM_FIELD: ObjectSpec = { name_type: 'string', name: 'string', url: 'string' };
const CUSTOM_CELL: ObjectSpec = { name: 'string', tips: 'string', url: 'string', app_brand_user_name: 'string', app_brand_pass: 'string' };
const BONUS_RULE: ObjectSpec = {
  cost_money_unit: 'int', increase_bonus: 'int', max_increase_bonus: 'int', init_increase_bonus: 'int',
  cost_bonus_unit: 'int', reduce_money: 'int', least_money_to_use_bonus: 'int', max_reduce_bonus: 'int',
};

/** member_card's own keys beside base_info and advanced_info (§1.3). */
export const MEMBER_FIELDS: ObjectSpec = {
  background_pic_url: 'string', prerogative: 'string', discount: 'int',
  auto_activate: 'bool', wx_activate: 'bool', wx_activate_after_submit: 'bool', wx_activate_after_submit_url: 'string',
  activate_url: 'string', activate_app_brand_user_name: 'string', activate_app_brand_pass: 'string',
  supply_bonus: 'bool', bonus_url: 'string', bonus_app_brand_user_name: 'string', bonus_app_brand_pass: 'string',
  bonus_cleared: 'string', bonus_rules: 'string', bonus_rule: { object: BONUS_RULE },
  supply_balance: 'bool', balance_url: 'string', balance_app_brand_user_name: 'string', balance_app_brand_pass: 'string',
  balance_rules: 'string',
  custom_field1: { object: CUSTOM_FIELD }, custom_field2: { object: CUSTOM_FIELD }, custom_field3: { object: CUSTOM_FIELD },
  custom_cell1: { object: CUSTOM_CELL }, custom_cell2: { object: CUSTOM_CELL }, custom_cell3: { object: CUSTOM_CELL },
};

/** Required member_card keys (41011): "prerogative (required)", "supply_bonus / supply_balance (required)". */
export const MEMBER_REQUIRED: readonly string[] = ['prerogative', 'supply_bonus', 'supply_balance'];

/**
 * Byte limits (§1.3 `string(N)`), relative to the member_card node; `custom_*N` items expand below.
 * name_type has none: the doc says string(24), yet its own FIELD_NAME_TYPE_SET_POINTS is 26 bytes,
 * so it is judged as an enum only (found by the differential test; RULES.md).
 */
export const MEMBER_BYTE_LIMITS: readonly (readonly [string, number])[] = [
  ['background_pic_url', 128], ['prerogative', 3072], ['activate_url', 128], ['activate_app_brand_user_name', 128],
  ['activate_app_brand_pass', 128], ['wx_activate_after_submit_url', 128], ['bonus_url', 128],
  ['bonus_app_brand_user_name', 128], ['bonus_app_brand_pass', 128], ['bonus_cleared', 128], ['bonus_rules', 128],
  ['balance_url', 128], ['balance_app_brand_user_name', 128], ['balance_app_brand_pass', 128], ['balance_rules', 128],
  ...[1, 2, 3].flatMap((n) => [[`custom_field${n}.name`, 24], [`custom_field${n}.url`, 128]] as const),
  ...[1, 2, 3].flatMap((n) => [
    [`custom_cell${n}.name`, 15], [`custom_cell${n}.tips`, 18], [`custom_cell${n}.url`, 128],
    [`custom_cell${n}.app_brand_user_name`, 128], [`custom_cell${n}.app_brand_pass`, 128],
  ] as const),
];

/** custom_field name_type values (§1.3, spelt as the API spells them). */
export const NAME_TYPES: ReadonlySet<string> = new Set([
  'FIELD_NAME_TYPE_LEVEL', 'FIELD_NAME_TYPE_COUPON', 'FIELD_NAME_TYPE_STAMP', 'FIELD_NAME_TYPE_DISCOUNT',
  'FIELD_NAME_TYPE_ACHIEVEMEN', 'FIELD_NAME_TYPE_MILEAGE', 'FIELD_NAME_TYPE_SET_POINTS', 'FIELD_NAME_TYPE_TIMS',
]);

/** Floors of bonus_rule's integers: the four that make a rule must be ≥ 1, the caps and extras ≥ 0. */
export const BONUS_RULE_FLOORS: Readonly<Record<string, number>> = {
  cost_money_unit: 1, increase_bonus: 1, cost_bonus_unit: 1, reduce_money: 1,
  max_increase_bonus: 0, init_increase_bonus: 0, least_money_to_use_bonus: 0, max_reduce_bonus: 0,
};
