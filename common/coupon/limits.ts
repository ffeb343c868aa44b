/**
 * Every numeric limit of card/create in one place, as fixed by the decisions table in
 * common/validate/RULES.md (shared with the sandbox) and wechat-card-api.md §4. The field metadata, the
 * validator and the generators all read these; nothing else spells the numbers.
 */

/**
 * UTF-8 byte budgets (`string(N)` in the official tables; §4.1: bytes, not characters), keyed by
 * field path pattern. sub_title 54 is inferred from "18个汉字" (§4.2); deal_detail 3072 follows
 * the guide's `string( 3072 )` (§4.4 notes one SDK says 24).
 */
export const BYTE_LIMITS = {
  'base_info.logo_url': 128,
  'base_info.brand_name': 36,
  'base_info.title': 27,
  'base_info.sub_title': 54,
  'base_info.notice': 48,
  'base_info.description': 3072,
  'base_info.service_phone': 24,
  'base_info.center_title': 18,
  'base_info.center_sub_title': 24,
  'base_info.center_url': 128,
  'base_info.center_app_brand_user_name': 128,
  'base_info.center_app_brand_pass': 128,
  'base_info.custom_url_name': 15,
  'base_info.custom_url': 128,
  'base_info.custom_url_sub_title': 18,
  'base_info.custom_app_brand_user_name': 128,
  'base_info.custom_app_brand_pass': 128,
  'base_info.promotion_url_name': 15,
  'base_info.promotion_url': 128,
  'base_info.promotion_url_sub_title': 18,
  'base_info.promotion_app_brand_user_name': 128,
  'base_info.promotion_app_brand_pass': 128,
  'base_info.source': 36,
  'groupon.deal_detail': 3072,
  'gift.gift': 3072,
  'general_coupon.default_detail': 3072,
  'advanced_info.use_condition.accept_category': 512,
  'advanced_info.use_condition.reject_category': 512,
  'advanced_info.use_condition.object_use_for': 512,
  'advanced_info.abstract.abstract': 24,
  'advanced_info.abstract.icon_url_list[]': 128,
  'advanced_info.text_image_list[].image_url': 128,
  'advanced_info.text_image_list[].text': 512,
} as const;

/** sku.quantity ceiling: "卡券库存的数量，上限为100000000" (§4.2). */
export const MAX_QUANTITY = 100_000_000;
/** Normal-mode stock floor; deposit mode must be exactly 0 instead (§4.2). */
export const MIN_QUANTITY = 1;

/**
 * The last usable timestamp: "must specify a time stamp earlier than January 19, 2038" (guide notes;
 * §4.3). The timestamps are China time (§4.3 "东八区时间"), so the last second is 2038-01-18 23:59:59
 * +08:00, a little below the signed 32-bit ceiling 2147483647 (2038-01-19 11:14:07 China time).
 */
export const MAX_TIMESTAMP = 2_147_443_199;

/** JSON integers Weixin reads into 32-bit ints (the guide types them "int"): anything outside is refused. */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;
/** A timestamp at or above this is milliseconds, which Weixin answers with 40079 (§4.3). */
export const MILLISECONDS_FLOOR = 100_000_000_000;

/** fixed_term "不支持填写0" (current doc, §4.3 and §7.3). */
export const MIN_FIXED_TERM = 1;
/** fixed_begin_term 0 = valid on the day of receipt. */
export const MIN_FIXED_BEGIN_TERM = 0;

/** get_limit / use_limit must be at least 1 when present. */
export const MIN_PER_USER_LIMIT = 1;

/** discount is percent OFF: "填30就是七折"; 1..99 ([INF] §4.4). */
export const MIN_DISCOUNT = 1;
export const MAX_DISCOUNT = 99;

/** CASH reduce_cost (分) must be positive; least_cost (分) 0 means "no threshold" (§4.4). */
export const MIN_REDUCE_COST = 1;
export const MIN_LEAST_COST = 0;

/** time_limit hours and minutes. */
export const MAX_HOUR = 23;
export const MAX_MINUTE = 59;

/** "Only one cover image URL is allowed" (§4.6); a second gives 45020. */
export const MAX_ABSTRACT_ICONS = 1;

/** The Weixin image CDN host that uploadimg returns (§1.3); other hosts give 40141 (§4.6). */
export const IMAGE_CDN_HOST = 'mmbiz.qpic.cn';
