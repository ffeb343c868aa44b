import { firstValidDay } from '../../common/validate/guide-rules';
import fc from 'fast-check';
import { CARD_TYPES, typeKey, type CardType } from '../../common/coupon/card-types';
import { COUPON_COLOR_NAMES } from '../../common/coupon/colors';
import { BUSINESS_SERVICES, CODE_TYPES, DEPOSIT_MODE, TIME_LIMIT_TYPES, enumValues } from '../../common/coupon/enums';
import { BYTE_LIMITS, MAX_QUANTITY, MAX_TIMESTAMP } from '../../common/coupon/limits';
import { localImageRef } from '../../common/coupon/local-image';
import type { AdvancedInfo, BaseInfo, CardCreateBody, DateInfo } from '../../common/coupon/schema';
import { CHINA_OFFSET_SECONDS } from '../../common/units/china-time';
import { truncateUtf8, utf8ByteLength } from '../../common/text/utf8';

/**
 * fast-check arbitraries for card/create bodies: valid coupons of every type (optional fields
 * varied, texts up to each byte limit exactly, both validity types, deposit mode …). Mutations
 * live in coupon-mutations below. Store ids are a parameter so the differential test can use
 * the sandbox's seeded poi_ids (the sandbox refuses unknown ones with 40098).
 */

/** Options for the generators. */
export interface CouponArbOptions {
  /** poi_ids a location_id_list may use; empty (the default) = never a store list. */
  storeIds?: readonly number[];
  /** Put `local-image:` references in some image fields (validate those in 'draft' mode). */
  localImages?: boolean;
}

const DAY = 86_400;

// Text pieces by UTF-8 size: ASCII 1, Latin-1 2, CJK and full-width punctuation 3, emoji 4+.
const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c));
const latin = fc.constantFrom('é', 'ñ', 'ü', 'ß', 'Ω', '¥');
const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const fullWidth = fc.constantFrom('，', '。', '！', '？', '：', '（', '）', '【', '】', '、', '１', 'Ａ', '～');
const emoji = fc.constantFrom('😀', '🎉', '☕', '🍲', '🧧', '👍🏻', '👨‍👩‍👧', '🇨🇳');
const piece = fc.oneof({ arbitrary: cjk, weight: 4 }, { arbitrary: ascii, weight: 3 }, fullWidth, emoji, latin);

/** A string of exactly `bytes` UTF-8 bytes, mixing CJK, emoji, full-width and ASCII. */
export function textWithBytes(bytes: number): fc.Arbitrary<string> {
  return fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => {
    const unit = parts.join('');
    const repeated = unit.repeat(Math.ceil(bytes / Math.max(1, utf8ByteLength(unit))) + 1);
    const cut = truncateUtf8(repeated, bytes);
    return cut + 'a'.repeat(bytes - utf8ByteLength(cut));
  });
}

/** A string of `min`..`max` UTF-8 bytes; often exactly `max`, the boundary that matters. */
export function textUpTo(max: number, min = 1): fc.Arbitrary<string> {
  const free = fc.array(piece, { maxLength: Math.min(40, max) }).map((parts) => {
    const cut = truncateUtf8(parts.join(''), max);
    const size = utf8ByteLength(cut);
    return size >= min ? cut : cut + 'x'.repeat(min - size);
  });
  return fc.oneof({ arbitrary: free, weight: 3 }, { arbitrary: textWithBytes(max), weight: 1 });
}

const limit = (pattern: keyof typeof BYTE_LIMITS) => BYTE_LIMITS[pattern];

/** An uploadimg-style URL on mmbiz.qpic.cn, up to 128 bytes (sometimes exactly 128). */
export const cdnImageUrl: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('http', 'https'), fc.constantFrom('mmbiz', 'mmbiz_jpg', 'mmbiz_png'), fc.stringMatching(/^[A-Za-z0-9]{1,120}$/))
  .map(([scheme, dir, id]) => {
    const head = `${scheme}://mmbiz.qpic.cn/${dir}/`;
    return `${head}${id.slice(0, 128 - head.length - 2)}/0`;
  });

function imageArb(opts: CouponArbOptions): fc.Arbitrary<string> {
  if (!opts.localImages) return cdnImageUrl;
  const local = fc.stringMatching(/^[0-9a-f]{64}$/).map(localImageRef);
  return fc.oneof(cdnImageUrl, local);
}

/** Unix seconds of 23:59:59 China time on day index `day` (days since 1970-01-01 China). */
const endOfDay = (day: number) => day * DAY + DAY - 1 - CHINA_OFFSET_SECONDS;

/** A valid end_timestamp after `nowMs`: mostly 23:59:59 China time, sometimes any second. */
export function futureEnd(nowMs: number): fc.Arbitrary<number> {
  const nowSeconds = Math.floor(nowMs / 1000);
  const firstDay = Math.ceil((nowSeconds + 1 - (DAY - 1) + CHINA_OFFSET_SECONDS) / DAY);
  const lastDay = Math.floor((MAX_TIMESTAMP + CHINA_OFFSET_SECONDS - (DAY - 1)) / DAY);
  const soon = fc.integer({ min: firstDay, max: Math.min(lastDay, firstDay + 400) }).map(endOfDay);
  const far = fc.integer({ min: firstDay, max: lastDay }).map(endOfDay);
  const anySecond = fc.integer({ min: nowSeconds + 1, max: MAX_TIMESTAMP });
  return fc.oneof({ arbitrary: soon, weight: 4 }, { arbitrary: far, weight: 1 }, { arbitrary: anySecond, weight: 1 });
}

/** A valid date_info of either type (legacy numbers now and then: a warning, not an error). */
export function dateInfoArb(nowMs: number): fc.Arbitrary<DateInfo> {
  const range = fc
    .tuple(futureEnd(nowMs), fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom<DateInfo['type']>('DATE_TYPE_FIX_TIME_RANGE', 'DATE_TYPE_FIX_TIME_RANGE', 1))
    .map(([end, f, type]) => ({ type, begin_timestamp: Math.min(end - 1, Math.floor((end - 1) * f)), end_timestamp: end }));
  const term = fc.record(
    {
      type: fc.constantFrom<DateInfo['type']>('DATE_TYPE_FIX_TERM', 'DATE_TYPE_FIX_TERM', 2),
      fixed_term: fc.integer({ min: 1, max: 3650 }),
      fixed_begin_term: fc.integer({ min: 0, max: 365 }),
      end_timestamp: futureEnd(nowMs),
    },
    { requiredKeys: ['type', 'fixed_term', 'fixed_begin_term'] },
  )
    // A card received now must have a valid day before the common end (fixed_begin_term_no_valid_day).
    .map((info) => (info.end_timestamp !== undefined && firstValidDay(Math.floor(nowMs / 1000), info.fixed_begin_term ?? 0) >= info.end_timestamp ? { ...info, fixed_begin_term: 0 } : info));
  return fc.oneof(range, term);
}

/** Which stores a coupon uses: none, all, or some of the allowed ids. */
function storesArb(opts: CouponArbOptions): fc.Arbitrary<Partial<BaseInfo>> {
  const ids = opts.storeIds ?? [];
  const choices: fc.Arbitrary<Partial<BaseInfo>>[] = [fc.constant({}), fc.constant({ use_all_locations: true })];
  if (ids.length > 0) {
    choices.push(
      fc.record(
        { location_id_list: fc.subarray([...ids], { minLength: 1 }), use_all_locations: fc.constant(false) },
        { requiredKeys: ['location_id_list'] },
      ),
    );
  }
  return fc.oneof(...choices);
}

const optionalText = (pattern: keyof typeof BYTE_LIMITS) => textUpTo(limit(pattern));

/** A valid base_info. */
export function baseInfoArb(nowMs: number, opts: CouponArbOptions = {}): fc.Arbitrary<BaseInfo> {
  const fields = fc.record(
    {
      logo_url: imageArb(opts),
      code_type: fc.constantFrom(...enumValues(CODE_TYPES)),
      brand_name: textUpTo(limit('base_info.brand_name')),
      title: textUpTo(limit('base_info.title')),
      sub_title: optionalText('base_info.sub_title'),
      color: fc.constantFrom(...COUPON_COLOR_NAMES),
      notice: textUpTo(limit('base_info.notice')),
      description: textUpTo(limit('base_info.description')),
      date_info: dateInfoArb(nowMs),
      bind_openid: fc.boolean(),
      service_phone: optionalText('base_info.service_phone'),
      center_title: optionalText('base_info.center_title'),
      center_sub_title: optionalText('base_info.center_sub_title'),
      center_url: optionalText('base_info.center_url'),
      center_app_brand_user_name: appUserName,
      center_app_brand_pass: optionalText('base_info.center_app_brand_pass'),
      custom_url_name: optionalText('base_info.custom_url_name'),
      custom_url: optionalText('base_info.custom_url'),
      custom_url_sub_title: optionalText('base_info.custom_url_sub_title'),
      custom_app_brand_user_name: appUserName,
      custom_app_brand_pass: optionalText('base_info.custom_app_brand_pass'),
      promotion_url_name: optionalText('base_info.promotion_url_name'),
      promotion_url: optionalText('base_info.promotion_url'),
      promotion_url_sub_title: optionalText('base_info.promotion_url_sub_title'),
      promotion_app_brand_user_name: appUserName,
      promotion_app_brand_pass: optionalText('base_info.promotion_app_brand_pass'),
      get_limit: fc.integer({ min: 1, max: 1000 }),
      use_limit: fc.integer({ min: 1, max: 1000 }),
      can_share: fc.boolean(),
      can_give_friend: fc.boolean(),
      source: optionalText('base_info.source'),
    },
    { requiredKeys: ['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description', 'date_info'] },
  );
  const stock = fc.oneof(
    { arbitrary: fc.integer({ min: 1, max: MAX_QUANTITY }).map((quantity) => ({ sku: { quantity } })), weight: 4 },
    fc.record({ sku: fc.constant({ quantity: 0 }), use_custom_code: fc.constant(true), get_custom_code_mode: fc.constant(DEPOSIT_MODE) }),
    fc.record({ sku: fc.integer({ min: 1, max: MAX_QUANTITY }).map((quantity) => ({ quantity })), use_custom_code: fc.boolean() }),
  );
  return fc.tuple(fields.map(withGuideRules), stock, storesArb(opts)).map(([f, s, stores]) => ({ ...f, ...s, ...stores }) as BaseInfo);
}

/** A Mini Program original ID as card/create wants it (gh_…@app). */
const appUserName = fc.stringMatching(/^[0-9a-f]{12}$/).map((id) => `gh_${id}@app`);

/** The guide's rules on a generated base_info: a page path only with its user name, a "use now" entry for CODE_TYPE_NONE. */
function withGuideRules<T extends Record<string, unknown>>(fields: T): T {
  const out: Record<string, unknown> = { ...fields };
  for (const entry of ['center', 'custom', 'promotion']) {
    if (!out[`${entry}_app_brand_user_name`]) delete out[`${entry}_app_brand_pass`];
  }
  if (out.code_type === 'CODE_TYPE_NONE' && !out.center_url && !out.center_app_brand_user_name) out.center_url = 'https://shop.example/use';
  return out as T;
}

const slot = fc.record({
  type: fc.constantFrom(...enumValues(TIME_LIMIT_TYPES)),
  begin_hour: fc.integer({ min: 0, max: 23 }),
  begin_minute: fc.integer({ min: 0, max: 59 }),
  end_hour: fc.integer({ min: 0, max: 23 }),
  end_minute: fc.integer({ min: 0, max: 59 }),
}, { requiredKeys: [] });

/** A valid advanced_info; GENERAL_COUPON always gets at least one picture-text item (§4.6). */
export function advancedInfoArb(type: CardType, opts: CouponArbOptions = {}): fc.Arbitrary<AdvancedInfo> {
  const conditionKeys = {
    accept_category: type === 'CASH' ? optionalText('advanced_info.use_condition.accept_category') : fc.constant(undefined),
    reject_category: type === 'CASH' ? optionalText('advanced_info.use_condition.reject_category') : fc.constant(undefined),
    least_cost: type === 'CASH' || type === 'GIFT' ? fc.integer({ min: 0, max: 1_000_000 }) : fc.constant(undefined),
    object_use_for: type === 'GIFT' ? optionalText('advanced_info.use_condition.object_use_for') : fc.constant(undefined),
    can_use_with_other_discount: fc.boolean(),
  };
  const condition = fc.record(conditionKeys, { requiredKeys: [] }).map((c) => JSON.parse(JSON.stringify(c)) as AdvancedInfo['use_condition']);
  const item = fc.record({ image_url: imageArb(opts), text: textUpTo(limit('advanced_info.text_image_list[].text')) });
  const general = type === 'GENERAL_COUPON';
  return fc.record(
    {
      use_condition: condition,
      abstract: fc.record({ abstract: optionalText('advanced_info.abstract.abstract'), icon_url_list: fc.tuple(imageArb(opts)) }, { requiredKeys: ['icon_url_list'] }),
      text_image_list: fc.array(item, { minLength: general ? 1 : 0, maxLength: 3 }),
      time_limit: fc.array(slot, { maxLength: 3 }),
      business_service: fc.subarray(enumValues(BUSINESS_SERVICES)),
    },
    { requiredKeys: general ? ['text_image_list'] : [] },
  );
}

/** The fields beside base_info for one type. */
function typeFieldsArb(type: CardType): fc.Arbitrary<Record<string, unknown>> {
  switch (type) {
    case 'GROUPON':
      return fc.record({ deal_detail: textUpTo(limit('groupon.deal_detail')) });
    case 'CASH':
      return fc.record({ least_cost: fc.integer({ min: 0, max: 10_000_000 }), reduce_cost: fc.integer({ min: 1, max: 10_000_000 }) });
    case 'DISCOUNT':
      return fc.record({ discount: fc.integer({ min: 1, max: 99 }) });
    case 'GIFT':
      return fc.record({ gift: textUpTo(limit('gift.gift')) });
    case 'GENERAL_COUPON':
      return fc.record({ default_detail: textUpTo(limit('general_coupon.default_detail')) });
  }
}

/**
 * Valid card/create bodies (no errors at `nowMs`; warnings such as a legacy date type may occur).
 * `type` undefined mixes all five. `nowMs` must be before 2038-01-18 so a future end exists.
 */
export function validCoupon(type: CardType | undefined, nowMs: number, opts: CouponArbOptions = {}): fc.Arbitrary<CardCreateBody> {
  if (type === undefined) return fc.constantFrom(...CARD_TYPES).chain((t) => validCoupon(t, nowMs, opts));
  const general = type === 'GENERAL_COUPON';
  return fc
    .tuple(baseInfoArb(nowMs, opts), general ? advancedInfoArb(type, opts) : fc.option(advancedInfoArb(type, opts), { nil: undefined }), typeFieldsArb(type))
    .map(([base_info, advanced_info, own]) => {
      const typeObject = { base_info, ...(advanced_info ? { advanced_info } : {}), ...own };
      return { card: { card_type: type, [typeKey(type)]: typeObject } } as unknown as CardCreateBody;
    });
}

export { mutation, MUTATION_KINDS, type Mutated, type MutationKind } from './coupon-mutations';
