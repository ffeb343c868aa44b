/**
 * The member card's own limits (wechatpay-merchant-coupons-and-member-cards.md §1.3, UTF-8 bytes as
 * for every Card-API text, wechat-card-api.md §4.1), keyed like BYTE_LIMITS by the path below
 * `card.member_card`. The decisions the docs leave open are in common/validate/RULES.md
 * ("Member cards"); the sandbox writes its own copy (main/sandbox/card-create/member-card-spec.ts).
 */
export const MEMBER_CARD_BYTE_LIMITS = {
  'member_card.background_pic_url': 128,
  // "会员卡特权说明,限制1024汉字" = string(3072).
  'member_card.prerogative': 3072,
  'member_card.activate_url': 128,
  'member_card.activate_app_brand_user_name': 128,
  'member_card.activate_app_brand_pass': 128,
  'member_card.wx_activate_after_submit_url': 128,
  'member_card.bonus_url': 128,
  'member_card.bonus_app_brand_user_name': 128,
  'member_card.bonus_app_brand_pass': 128,
  'member_card.bonus_cleared': 128,
  'member_card.bonus_rules': 128,
  'member_card.balance_url': 128,
  'member_card.balance_app_brand_user_name': 128,
  'member_card.balance_app_brand_pass': 128,
  'member_card.balance_rules': 128,
} as const;

/** custom_field1..3: "up to three header cells"; a fourth is 40124 "too many custom field!" (§1.3). */
export const MAX_CUSTOM_FIELDS = 3;
/** custom_cell1..3: entry rows (§1.3). */
export const MAX_CUSTOM_CELLS = 3;

const numbered = (prefix: string, count: number, limits: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => Object.entries(limits).map(([key, n]) => [`member_card.${prefix}${i + 1}.${key}`, n] as const)).flat(),
  );

/** The byte limits inside custom_field1..3 and custom_cell1..3 (§1.3). */
export const MEMBER_CARD_ITEM_BYTE_LIMITS: Readonly<Record<string, number>> = {
  // name_type is an enum and has no byte limit: the doc's string(24) is shorter than its own
  // FIELD_NAME_TYPE_SET_POINTS (26 bytes); the differential test found it.
  ...numbered('custom_field', MAX_CUSTOM_FIELDS, { name: 24, url: 128 }),
  ...numbered('custom_cell', MAX_CUSTOM_CELLS, { name: 15, tips: 18, url: 128, app_brand_user_name: 128, app_brand_pass: 128 }),
};

/** `discount` is percent off like the DISCOUNT coupon's: "10 means 9折" (§1.3); 1..99 [INF]. */
export const MIN_MEMBER_DISCOUNT = 1;
export const MAX_MEMBER_DISCOUNT = 99;

/** The header-cell names Weixin fills in itself (§1.3, spellings as the API has them, typos included). */
export const CUSTOM_FIELD_NAME_TYPES = [
  'FIELD_NAME_TYPE_LEVEL',
  'FIELD_NAME_TYPE_COUPON',
  'FIELD_NAME_TYPE_STAMP',
  'FIELD_NAME_TYPE_DISCOUNT',
  'FIELD_NAME_TYPE_ACHIEVEMEN',
  'FIELD_NAME_TYPE_MILEAGE',
  'FIELD_NAME_TYPE_SET_POINTS',
  'FIELD_NAME_TYPE_TIMS',
] as const;

/** The only validity type that is member-card only ("永久有效（会员卡类型专用）", wechat-card-api.md §4.3). */
export const DATE_TYPE_PERMANENT = 'DATE_TYPE_PERMANENT';

/** activate/updateuser per-member header values: "≤ 4 CJK / 12 bytes" (§1.4, §1.5). */
export const CUSTOM_FIELD_VALUE_BYTES = 12;
/** updateuser record_bonus / record_balance: "≤ 14 CJK" = 42 bytes (§1.5). */
export const RECORD_TEXT_BYTES = 42;
