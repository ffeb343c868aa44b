// The card/create field catalogue, written from wechat-card-api.md §4 and the decisions table of
// common/validate/RULES.md. Deliberately independent of common/coupon (a differential test compares the two).
import { MEMBER_FIELDS } from './member-card-spec';

/** The five coupon types this sandbox creates (§4.4). */
export const COUPON_TYPES = ['GROUPON', 'CASH', 'DISCOUNT', 'GIFT', 'GENERAL_COUPON'] as const;
export type CouponType = (typeof COUPON_TYPES)[number];

/** What card/create accepts: the five coupons and the member card (member-card-spec.ts). */
export type CreatableType = CouponType | 'MEMBER_CARD';

/** Other Weixin card types (§4.4): their lower-case keys beside a coupon's key are "extra type keys". */
const OTHER_CARD_TYPES = ['SCENIC_TICKET', 'MOVIE_TICKET', 'BOARDING_PASS', 'MEETING_TICKET', 'BUS_TICKET', 'LUCKY_MONEY', 'GENERAL_CARD'];

/** The lower-case keys of the types card/create accepts (the five coupons and member_card): a null one is absent. */
export const COUPON_TYPE_KEYS: ReadonlySet<string> = new Set([...COUPON_TYPES, 'MEMBER_CARD'].map((t) => t.toLowerCase()));

/** Every lower-case type key. */
export const TYPE_KEYS: ReadonlySet<string> = new Set([...COUPON_TYPES, 'MEMBER_CARD', ...OTHER_CARD_TYPES].map((t) => t.toLowerCase()));

/**
 * JSON types the type step checks; `number` is any JSON number (integer-ness and range are a later
 * step's errcode, e.g. timestamps' 40079); `any` leaves the value to a later step (the date type).
 */
export type FieldSpec = 'string' | 'int' | 'number' | 'bool' | 'any' | { readonly object: ObjectSpec } | { readonly array: FieldSpec };
export type ObjectSpec = Readonly<Record<string, FieldSpec>>;

const TEXT_IMAGE_ITEM: ObjectSpec = { image_url: 'string', text: 'string' };
const TIME_LIMIT_ITEM: ObjectSpec = { type: 'string', begin_hour: 'int', begin_minute: 'int', end_hour: 'int', end_minute: 'int' };
// Decisions table: a timestamp that is not a JSON number is a wrong JSON type (47001), like any
// string where an int belongs (aligned with the client validator by the differential test); a
// number that is not a usable timestamp (fraction, negative, milliseconds, past 2038) and a bad
// date type are 40079 (dates step).
const DATE_INFO: ObjectSpec = { type: 'any', begin_timestamp: 'number', end_timestamp: 'number', fixed_term: 'int', fixed_begin_term: 'int' };
const SKU: ObjectSpec = { quantity: 'int' };

/** base_info keys (§4.2 table). */
export const BASE_INFO: ObjectSpec = {
  logo_url: 'string', code_type: 'string', brand_name: 'string', title: 'string', sub_title: 'string',
  color: 'string', notice: 'string', description: 'string', sku: { object: SKU }, date_info: { object: DATE_INFO },
  use_custom_code: 'bool', get_custom_code_mode: 'string', bind_openid: 'bool', service_phone: 'string',
  location_id_list: { array: 'int' }, use_all_locations: 'bool',
  center_title: 'string', center_sub_title: 'string', center_url: 'string',
  center_app_brand_user_name: 'string', center_app_brand_pass: 'string',
  custom_url_name: 'string', custom_url: 'string', custom_url_sub_title: 'string',
  custom_app_brand_user_name: 'string', custom_app_brand_pass: 'string',
  promotion_url_name: 'string', promotion_url: 'string', promotion_url_sub_title: 'string',
  promotion_app_brand_user_name: 'string', promotion_app_brand_pass: 'string',
  get_limit: 'int', use_limit: 'int', can_share: 'bool', can_give_friend: 'bool', need_push_on_view: 'bool',
  source: 'string',
};

const USE_CONDITION: ObjectSpec = {
  accept_category: 'string', reject_category: 'string', least_cost: 'int', object_use_for: 'string',
  can_use_with_other_discount: 'bool',
};
const ABSTRACT: ObjectSpec = { abstract: 'string', icon_url_list: { array: 'string' } };

/** advanced_info keys (§4.6). */
export const ADVANCED_INFO: ObjectSpec = {
  use_condition: { object: USE_CONDITION }, abstract: { object: ABSTRACT },
  text_image_list: { array: { object: TEXT_IMAGE_ITEM } }, time_limit: { array: { object: TIME_LIMIT_ITEM } },
  business_service: { array: 'string' }, share_friends: 'bool',
};

/** Each type's own fields beside base_info and advanced_info (§4.4). */
export const SPECIAL_FIELDS: Readonly<Record<CreatableType, ObjectSpec>> = {
  GROUPON: { deal_detail: 'string' },
  CASH: { least_cost: 'int', reduce_cost: 'int' },
  DISCOUNT: { discount: 'int' },
  GIFT: { gift: 'string' },
  GENERAL_COUPON: { default_detail: 'string' },
  // Its required keys are member-card-spec.ts's MEMBER_REQUIRED, checked by check-member-card.ts.
  MEMBER_CARD: MEMBER_FIELDS,
};

/** The type object's spec, e.g. the `cash` node. */
export function typeNodeSpec(type: CreatableType): ObjectSpec {
  return { base_info: { object: BASE_INFO }, advanced_info: { object: ADVANCED_INFO }, ...SPECIAL_FIELDS[type] };
}

/** Required base_info fields (decisions table, 41011). */
export const REQUIRED_BASE_INFO = ['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description', 'sku', 'date_info'] as const;

/** UTF-8 byte limits (§4.1; decisions table). Paths are relative to the type node; `*` walks an array. */
export const BYTE_LIMITS: readonly (readonly [string, number])[] = [
  ['base_info.logo_url', 128], ['base_info.brand_name', 36], ['base_info.title', 27], ['base_info.sub_title', 54],
  ['base_info.notice', 48], ['base_info.description', 3072], ['base_info.service_phone', 24],
  ['base_info.center_title', 18], ['base_info.center_sub_title', 24], ['base_info.center_url', 128],
  ['base_info.center_app_brand_user_name', 128], ['base_info.center_app_brand_pass', 128],
  ['base_info.custom_url_name', 15], ['base_info.custom_url', 128], ['base_info.custom_url_sub_title', 18],
  ['base_info.custom_app_brand_user_name', 128], ['base_info.custom_app_brand_pass', 128],
  ['base_info.promotion_url_name', 15], ['base_info.promotion_url', 128], ['base_info.promotion_url_sub_title', 18],
  ['base_info.promotion_app_brand_user_name', 128], ['base_info.promotion_app_brand_pass', 128],
  ['base_info.source', 36], ['deal_detail', 3072], ['gift', 3072], ['default_detail', 3072],
  ['advanced_info.use_condition.accept_category', 512], ['advanced_info.use_condition.reject_category', 512],
  ['advanced_info.use_condition.object_use_for', 512], ['advanced_info.abstract.abstract', 24],
  ['advanced_info.abstract.icon_url_list.*', 128], ['advanced_info.text_image_list.*.image_url', 128],
  ['advanced_info.text_image_list.*.text', 512],
];

/** §4.2 code_type values. */
export const CODE_TYPES: ReadonlySet<string> = new Set([
  'CODE_TYPE_TEXT', 'CODE_TYPE_BARCODE', 'CODE_TYPE_QRCODE', 'CODE_TYPE_ONLY_QRCODE', 'CODE_TYPE_ONLY_BARCODE', 'CODE_TYPE_NONE',
]);

/** The one get_custom_code_mode value (§4.2). */
export const DEPOSIT_MODE = 'GET_CUSTOM_CODE_MODE_DEPOSIT';

/** §4.6 business_service values. */
export const BUSINESS_SERVICES: ReadonlySet<string> = new Set([
  'BIZ_SERVICE_DELIVER', 'BIZ_SERVICE_FREE_PARK', 'BIZ_SERVICE_WITH_PET', 'BIZ_SERVICE_FREE_WIFI',
]);

/** time_limit[].type: the weekdays, plus HOLIDAY which the creation guide's own example uses. */
export const TIME_LIMIT_TYPES: ReadonlySet<string> = new Set([
  'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'HOLIDAY',
]);

/** sku.quantity ceiling (§4.2: "上限为100000000"). */
export const MAX_QUANTITY = 100_000_000;

/** The last timestamp (§4.3; the guide: "earlier than January 19, 2038", China time): 2038-01-18 23:59:59 +08:00. */
export const MAX_TIMESTAMP = 2_147_443_199;

/** A JSON "int" field holds a signed 32-bit integer (§4.2 types); larger values are a wrong value (47001). */
export const INT32_RANGE = { min: -2_147_483_648, max: 2_147_483_647 } as const;
