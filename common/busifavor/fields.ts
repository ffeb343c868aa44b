import { localized, type Localized } from '../i18n';
import { STOCK_COLOR_NAMES } from './colors';
import { CODE_DISPLAY_MODE_NAMES, COUPON_CODE_MODE_NAMES, STOCK_TYPE_NAMES, USE_METHOD_NAMES, type StockType } from './enums';
import * as L from './limits';

/**
 * Field metadata of the create-stock body, every field of §2.2: ONE source for the validator (keys,
 * JSON kinds, required, character limits, ranges), the labels in findings, and later the editor.
 * Patterns are rooted at the body, with `[]` for list items: 'coupon_use_rule.fixed_normal_coupon.
 * discount_amount', 'coupon_use_rule.coupon_available_time.available_week.week_day[]'.
 */

/** The JSON kind of a field; 'time' is an RFC 3339 text with a zone (§2.2). */
export type StockFieldJson = 'string' | 'int' | 'bool' | 'enum' | 'time' | 'object' | 'array';

/** How a number is entered and shown: 分 as 元, discount_percent as 折, seconds of the day as HH:mm:ss. */
export type StockFieldUnit = 'fen' | 'percentPaid' | 'daySeconds' | 'days' | 'count' | 'weekday';

export interface StockFieldMeta {
  path: string;
  json: StockFieldJson;
  label: Localized;
  required: boolean;
  /** Character budget (§2.2), from CHAR_LIMITS. */
  maxChars?: number;
  enumValues?: readonly string[];
  /** Must be a URL the marketing image upload returned (§2.2, §2.5); 'logo' has the logo's smaller budget. */
  image?: 'logo' | 'image';
  /** "暂未开放" (§2.2): accepted but ignored by WeChat Pay, so a warning [INF, §6.2]. */
  unopened?: boolean;
  unit?: StockFieldUnit;
  /** Inclusive integer bounds. */
  min?: number;
  max?: number;
  /** The rule object only this stock type may carry. */
  stockType?: StockType;
}

type Options = Partial<Omit<StockFieldMeta, 'path' | 'json' | 'label'>>;

function f(path: string, json: StockFieldJson, label: [zh: string, en: string], options: Options = {}): StockFieldMeta {
  const maxChars = (L.CHAR_LIMITS as Readonly<Record<string, number>>)[path];
  return { path, json, label: localized(label[0], label[1]), required: false, ...(maxChars === undefined ? {} : { maxChars }), ...options };
}

const req = { required: true } as const;
const amount = { unit: 'fen', min: L.MIN_AMOUNT_FEN, max: L.MAX_AMOUNT_FEN, required: true } as const;
const CUR = 'coupon_use_rule';
const TIME = `${CUR}.coupon_available_time`;
const WEEK = `${TIME}.available_week`;
const SEND = 'stock_send_rule';
const MP = 'custom_entrance.mini_programs_info';
const SHOW = 'display_pattern_info';

/** Every field of the create-stock body, containers included. */
export const STOCK_FIELDS: readonly StockFieldMeta[] = [
  f('stock_name', 'string', ['批次名称', 'Stock name'], req),
  f('belong_merchant', 'string', ['归属商户号', 'Owning merchant ID'], req),
  f('comment', 'string', ['批次备注', 'Internal note']),
  f('goods_name', 'string', ['适用商品范围', 'Applies to'], req),
  f('stock_type', 'enum', ['券类型', 'Coupon type'], { ...req, enumValues: STOCK_TYPE_NAMES }),
  f(CUR, 'object', ['核销规则', 'Redemption rules'], req),
  f(TIME, 'object', ['券可用时间', 'When the coupon is valid'], req),
  f(`${TIME}.available_begin_time`, 'time', ['开始时间', 'Start time'], req),
  f(`${TIME}.available_end_time`, 'time', ['结束时间', 'End time'], req),
  f(`${TIME}.available_day_after_receive`, 'int', ['领取后有效天数', 'Days valid after receipt'], { unit: 'days', min: L.MIN_DAYS_AFTER_RECEIVE }),
  f(`${TIME}.wait_days_after_receive`, 'int', ['领取后等待天数', 'Days before it takes effect'], { unit: 'days', min: 0, max: L.MAX_WAIT_DAYS }),
  // Listed by wechatpay-im only [UNCONFIRMED] (§2.2): accepted as an integer ≥ 1.
  f(`${TIME}.available_second_after_receive`, 'int', ['领取后有效秒数', 'Seconds valid after receipt'], { min: 1 }),
  f(WEEK, 'object', ['每周可用时间', 'Weekly schedule']),
  f(`${WEEK}.week_day`, 'array', ['每周可用日', 'Weekdays']),
  f(`${WEEK}.week_day[]`, 'int', ['可用日', 'Weekday'], { unit: 'weekday', min: L.MIN_WEEK_DAY, max: L.MAX_WEEK_DAY }),
  f(`${WEEK}.available_day_time`, 'array', ['当天可用时间段', 'Hours of the day']),
  f(`${WEEK}.available_day_time[]`, 'object', ['可用时间段', 'Time slot']),
  f(`${WEEK}.available_day_time[].begin_time`, 'int', ['时段开始', 'Slot start'], { ...req, unit: 'daySeconds', min: L.MIN_DAY_SECOND, max: L.MAX_DAY_SECOND }),
  f(`${WEEK}.available_day_time[].end_time`, 'int', ['时段结束', 'Slot end'], { ...req, unit: 'daySeconds', min: L.MIN_DAY_SECOND, max: L.MAX_DAY_SECOND }),
  f(`${TIME}.irregulary_avaliable_time`, 'array', ['不规则可用时间', 'Extra date ranges']),
  f(`${TIME}.irregulary_avaliable_time[]`, 'object', ['不规则时间段', 'Date range']),
  f(`${TIME}.irregulary_avaliable_time[].begin_time`, 'time', ['时间段开始', 'Range start'], req),
  f(`${TIME}.irregulary_avaliable_time[].end_time`, 'time', ['时间段结束', 'Range end'], req),
  f(`${CUR}.fixed_normal_coupon`, 'object', ['满减规则', 'Amount-off rule'], { stockType: 'NORMAL' }),
  f(`${CUR}.fixed_normal_coupon.discount_amount`, 'int', ['优惠金额', 'Amount off'], amount),
  f(`${CUR}.fixed_normal_coupon.transaction_minimum`, 'int', ['消费门槛', 'Minimum spend'], amount),
  f(`${CUR}.discount_coupon`, 'object', ['折扣规则', 'Discount rule'], { stockType: 'DISCOUNT' }),
  f(`${CUR}.discount_coupon.discount_percent`, 'int', ['折扣', 'Discount'], { ...req, unit: 'percentPaid', min: L.MIN_DISCOUNT_PERCENT, max: L.MAX_DISCOUNT_PERCENT }),
  f(`${CUR}.discount_coupon.transaction_minimum`, 'int', ['消费门槛', 'Minimum spend'], amount),
  f(`${CUR}.exchange_coupon`, 'object', ['换购规则', 'Exchange rule'], { stockType: 'EXCHANGE' }),
  f(`${CUR}.exchange_coupon.exchange_price`, 'int', ['换购价', 'Exchange price'], { ...amount, min: L.MIN_EXCHANGE_PRICE_FEN }),
  f(`${CUR}.exchange_coupon.transaction_minimum`, 'int', ['消费门槛', 'Minimum spend'], amount),
  f(`${CUR}.use_method`, 'enum', ['核销方式', 'How it is redeemed'], { ...req, enumValues: USE_METHOD_NAMES }),
  f(`${CUR}.mini_programs_appid`, 'string', ['核销小程序 AppID', 'Mini program AppID (redemption)']),
  f(`${CUR}.mini_programs_path`, 'string', ['核销小程序页面', 'Mini program page (redemption)']),
  f(SEND, 'object', ['发放规则', 'Issuing rules'], req),
  // "wechatpay-im marks required; SDK models optional" (§2.2): required, the stricter reading.
  f(`${SEND}.max_coupons`, 'int', ['发放总数', 'Total coupons'], { ...req, unit: 'count', min: L.MIN_MAX_COUPONS, max: L.MAX_MAX_COUPONS }),
  f(`${SEND}.max_coupons_per_user`, 'int', ['每人可领', 'Per customer'], { ...req, unit: 'count', min: L.MIN_PER_USER, max: L.MAX_PER_USER }),
  f(`${SEND}.max_coupons_by_day`, 'int', ['每日发放上限', 'Per day'], { unit: 'count', min: L.MIN_BY_DAY, max: L.MAX_BY_DAY }),
  f(`${SEND}.max_amount`, 'int', ['总预算', 'Total budget'], { unit: 'fen', unopened: true }),
  f(`${SEND}.max_amount_by_day`, 'int', ['每日预算', 'Daily budget'], { unit: 'fen', unopened: true }),
  f(`${SEND}.natural_person_limit`, 'bool', ['按实名限领', 'Limit per real person']),
  f(`${SEND}.prevent_api_abuse`, 'bool', ['防刷', 'Block suspicious accounts']),
  f(`${SEND}.transferable`, 'bool', ['可转赠', 'Transferable'], { unopened: true }),
  f(`${SEND}.shareable`, 'bool', ['可分享', 'Shareable'], { unopened: true }),
  f('out_request_no', 'string', ['商户请求单号', 'Request number'], req),
  f('custom_entrance', 'object', ['自定义入口', 'Custom entrance']),
  f(MP, 'object', ['小程序入口', 'Mini program entrance']),
  f(`${MP}.mini_programs_appid`, 'string', ['入口小程序 AppID', 'Entrance mini program AppID'], req),
  f(`${MP}.mini_programs_path`, 'string', ['入口小程序页面', 'Entrance mini program page'], req),
  f(`${MP}.entrance_words`, 'string', ['入口文案', 'Entrance words'], req),
  f(`${MP}.guiding_words`, 'string', ['引导文案', 'Guiding words']),
  f('custom_entrance.appid', 'string', ['公众号 AppID', 'Official account AppID']),
  f('custom_entrance.hall_id', 'string', ['营销馆 ID', 'Marketing hall ID']),
  f('custom_entrance.store_id', 'string', ['门店 ID', 'Store ID']),
  f('custom_entrance.code_display_mode', 'enum', ['券码展示方式', 'How the code is shown'], { enumValues: CODE_DISPLAY_MODE_NAMES }),
  f(SHOW, 'object', ['券样式', 'Coupon look']),
  f(`${SHOW}.description`, 'string', ['使用须知', 'Terms of use']),
  f(`${SHOW}.merchant_logo_url`, 'string', ['商户 Logo', 'Merchant logo'], { image: 'logo' }),
  f(`${SHOW}.merchant_name`, 'string', ['商户名称', 'Merchant name']),
  f(`${SHOW}.background_color`, 'enum', ['背景颜色', 'Background colour'], { enumValues: STOCK_COLOR_NAMES }),
  f(`${SHOW}.coupon_image_url`, 'string', ['券详情图片', 'Coupon picture'], { image: 'image' }),
  f(`${SHOW}.finder_info`, 'object', ['视频号信息', 'Channels video']),
  f(`${SHOW}.finder_info.finder_id`, 'string', ['视频号 ID', 'Channels ID'], req),
  f(`${SHOW}.finder_info.finder_video_id`, 'string', ['视频 ID', 'Video ID'], req),
  // 716×402 (§2.2); that it must come from the image upload like the others is [INF].
  f(`${SHOW}.finder_info.finder_video_cover_image_url`, 'string', ['视频封面', 'Video cover'], { ...req, image: 'image' }),
  f('coupon_code_mode', 'enum', ['券码模式', 'Code mode'], { ...req, enumValues: COUPON_CODE_MODE_NAMES }),
  f('notify_config', 'object', ['事件通知', 'Event notifications']),
  f('notify_config.notify_appid', 'string', ['通知 AppID', 'Notification AppID']),
  f('subsidy', 'bool', ['补差', 'Subsidy'], { unopened: true }),
];

const byPattern = new Map<string, StockFieldMeta>(STOCK_FIELDS.map((m) => [m.path, m]));

/** The metadata of a pattern such as 'coupon_use_rule.coupon_available_time.available_week.week_day[]'. */
export function stockFieldMeta(pattern: string): StockFieldMeta | undefined {
  return byPattern.get(pattern);
}

/** The pattern of a concrete path: `…available_day_time[1].end_time` → `…available_day_time[].end_time`. */
export function stockFieldPattern(path: string): string {
  return path.replace(/\[\d+\]/g, '[]');
}

/** Direct children of an object pattern ('' for the body). */
export function stockChildFields(parent: string): StockFieldMeta[] {
  const prefix = parent === '' ? '' : `${parent}.`;
  return STOCK_FIELDS.filter((m) => m.path.startsWith(prefix) && m.path.length > prefix.length && !m.path.slice(prefix.length).includes('.'));
}
