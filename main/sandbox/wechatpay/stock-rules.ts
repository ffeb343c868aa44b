// The simulator's own create-stock rules, written from wechatpay-merchant-coupons-and-member-cards.md
// §2.2 and §6.2 without the app's validator (common/), so a differential test between them means
// something. The first broken rule answers, as the real API does, with a message naming the pointer.
import { invalidRequest, paramError, type PayReply } from './pay-envelope';

/** What a rule check needs besides the body. */
export interface StockRuleContext {
  readonly mchid: string;
  /** media_url values this merchant's uploads returned (§2.2: images must come from there). */
  readonly images: ReadonlySet<string>;
  readonly colorCase: 'exact' | 'insensitive';
  /** AppIDs bound to the mchid: entrances and mini programs must use one of them (§2.2 custom_entrance). */
  readonly boundAppids: ReadonlySet<string>;
}

/** The community-observed text for an AppID the caller's mchid is not bound to (§2.2 [OBS 2020-12-08]). */
export const UNBOUND_APPID = '传入的小程序appid或商户appid,必须与调用方商户号存在关联关系';

/** The first AppID in the body the merchant is not bound to. */
export function unboundAppid(body: Obj, ctx: StockRuleContext): Check {
  const entrance = isObj(body.custom_entrance) ? body.custom_entrance : {};
  const mini = isObj(entrance.mini_programs_info) ? entrance.mini_programs_info : {};
  const rule = isObj(body.coupon_use_rule) ? body.coupon_use_rule : {};
  for (const appid of [mini.mini_programs_appid, entrance.appid, rule.mini_programs_appid]) {
    if (typeof appid === 'string' && appid !== '' && !ctx.boundAppids.has(appid)) return invalidRequest(UNBOUND_APPID);
  }
  return undefined;
}

type Obj = Record<string, unknown>;
type Check = PayReply | undefined;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Lengths count characters (§2.2 "一个中文汉字/英文字母/数字均占用一个字数"): code points here. */
const chars = (s: string): number => [...s].length;
const ptr = (path: string) => `输入源"/body/${path}"`;

const COLORS = ['Color010', 'Color020', 'Color030', 'Color040', 'Color050', 'Color060', 'Color070', 'Color080', 'Color090', 'Color100'];
/** RFC 3339 with a zone (§2.2). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
const YEAR_MS = 365 * 86_400_000;

function required(o: Obj, key: string, path: string, label: string): Check {
  return o[key] === undefined || o[key] === null ? paramError(`${ptr(path)}映射到字段"${label}"必填性规则校验失败,此字段为必填项`) : undefined;
}

function text(o: Obj, key: string, path: string, label: string, max: number, need: boolean): Check {
  const value = o[key];
  if (value === undefined || value === null) return need ? required(o, key, path, label) : undefined;
  if (typeof value !== 'string') return paramError(`无法将 JSON 输入源"/body/${path}"映射到字符串字段"${label}"中,此字段需要 JSON 字符串`, value);
  if (need && value === '') return required({}, key, path, label);
  const n = chars(value);
  return n > max ? paramError(`${ptr(path)}映射到字符串字段"${label}"规则校验失败,字数 ${n},大于最大值 ${max}`, value) : undefined;
}

function integer(o: Obj, key: string, path: string, label: string, min: number, max: number, need: boolean): Check {
  const value = o[key];
  if (value === undefined || value === null) return need ? required(o, key, path, label) : undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) return paramError(`无法将 JSON 输入源"/body/${path}"映射到数值字段"${label}"中,此字段需要 JSON 整数`, value);
  if (value < min) return paramError(`${ptr(path)}映射到数值字段"${label}"规则校验失败,值低于最小值 ${min}`, value);
  if (value > max) return paramError(`${ptr(path)}映射到数值字段"${label}"规则校验失败,值高于最大值 ${max}`, value);
  return undefined;
}

function oneOf(o: Obj, key: string, path: string, label: string, values: readonly string[], need: boolean): Check {
  const value = o[key];
  if (value === undefined || value === null) return need ? required(o, key, path, label) : undefined;
  return typeof value === 'string' && values.includes(value) ? undefined : paramError(`${ptr(path)}映射到枚举字段"${label}"规则校验失败,值不在可选范围内`, value);
}

function object(o: Obj, key: string, path: string, label: string, need: boolean): { check: Check; value: Obj | undefined } {
  const value = o[key];
  if (value === undefined || value === null) return { check: need ? required(o, key, path, label) : undefined, value: undefined };
  if (!isObj(value)) return { check: paramError(`无法将 JSON 输入源"/body/${path}"映射到对象字段"${label}"中,此字段需要 JSON 对象`, value), value: undefined };
  return { check: undefined, value };
}

function array(o: Obj, key: string, path: string, label: string): { check: Check; value: unknown[] | undefined } {
  const value = o[key];
  if (value === undefined || value === null) return { check: undefined, value: undefined };
  // The message WxJava #3574 met for a single day-time object (§2.7).
  if (!Array.isArray(value)) return { check: paramError(`无法将 JSON 输入源"/body/${path}"映射到多重字段"${label}"中,此字段需要 JSON 数组对象`, value), value: undefined };
  return { check: undefined, value };
}

function time(o: Obj, key: string, path: string, label: string, need: boolean): { check: Check; ms: number | undefined } {
  const value = o[key];
  if (value === undefined || value === null) return { check: need ? required(o, key, path, label) : undefined, ms: undefined };
  if (typeof value !== 'string' || !RFC3339.test(value) || Number.isNaN(Date.parse(value))) {
    return { check: paramError(`${ptr(path)}映射到时间字段"${label}"规则校验失败,需要 RFC 3339 格式并带时区,如 2026-12-03T10:00:00+08:00`, value), ms: undefined };
  }
  return { check: undefined, ms: Date.parse(value) };
}

const first = (...checks: (() => Check)[]): Check => {
  for (const check of checks) {
    const found = check();
    if (found) return found;
  }
  return undefined;
};

function checkSlots(slots: unknown[], path: string, label: string, isTime: boolean): Check {
  for (const [i, slot] of slots.entries()) {
    const at = `${path}/${i}`;
    if (!isObj(slot)) return paramError(`无法将 JSON 输入源"/body/${at}"映射到对象字段"${label}"中,此字段需要 JSON 对象`, slot);
    if (isTime) {
      const begin = time(slot, 'begin_time', `${at}/begin_time`, '开始时间', true);
      const end = time(slot, 'end_time', `${at}/end_time`, '结束时间', true);
      const found = begin.check ?? end.check;
      if (found) return found;
      if ((begin.ms ?? 0) >= (end.ms ?? 0)) return invalidRequest(`${at}: 开始时间必须早于结束时间`);
    } else {
      const found = first(
        () => integer(slot, 'begin_time', `${at}/begin_time`, '当天可用开始时间', 1, 86_399, true),
        () => integer(slot, 'end_time', `${at}/end_time`, '当天可用结束时间', 1, 86_399, true),
      );
      if (found) return found;
      if ((slot.begin_time as number) >= (slot.end_time as number)) return invalidRequest(`${at}: 当天可用开始时间必须早于结束时间`);
    }
  }
  return undefined;
}

function checkAvailableTime(rule: Obj): Check {
  const base = 'coupon_use_rule/coupon_available_time';
  const holder = object(rule, 'coupon_available_time', base, '券可核销时间', true);
  if (holder.check || !holder.value) return holder.check;
  const t = holder.value;
  const begin = time(t, 'available_begin_time', `${base}/available_begin_time`, '开始时间', true);
  if (begin.check) return begin.check;
  const end = time(t, 'available_end_time', `${base}/available_end_time`, '结束时间', true);
  if (end.check) return end.check;
  if ((begin.ms ?? 0) >= (end.ms ?? 0)) return invalidRequest('券可核销开始时间必须早于结束时间');
  if ((end.ms ?? 0) - (begin.ms ?? 0) > YEAR_MS) return invalidRequest('券的可核销时间跨度不能超过1年');
  const relative = first(
    () => integer(t, 'available_day_after_receive', `${base}/available_day_after_receive`, '生效后N天内有效', 1, 365, false),
    () => integer(t, 'wait_days_after_receive', `${base}/wait_days_after_receive`, '领取后N天开始生效', 0, 30, false),
  );
  if (relative) return relative;
  if (t.wait_days_after_receive !== undefined && t.available_day_after_receive === undefined) {
    return invalidRequest('填写领取后N天开始生效(wait_days_after_receive)时,必须同时填写生效后N天内有效(available_day_after_receive)');
  }
  const week = object(t, 'available_week', `${base}/available_week`, '固定周期有效时间段', false);
  if (week.check) return week.check;
  if (week.value) {
    const days = array(week.value, 'week_day', `${base}/available_week/week_day`, '可用星期数');
    if (days.check) return days.check;
    for (const [i, day] of (days.value ?? []).entries()) {
      if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) {
        return paramError(`${ptr(`${base}/available_week/week_day/${i}`)}映射到数值字段"可用星期数"规则校验失败,取值范围 0~6`, day);
      }
    }
    const slots = array(week.value, 'available_day_time', `${base}/available_week/available_day_time`, '当天可用时间段');
    if (slots.check) return slots.check;
    if (slots.value) {
      if (slots.value.length > 2) return paramError(`${ptr(`${base}/available_week/available_day_time`)}映射到多重字段"当天可用时间段"规则校验失败,最多 2 个时间段`);
      if (!days.value || days.value.length === 0) return paramError(`${ptr(`${base}/available_week/week_day`)}映射到字段"可用星期数"必填性规则校验失败,填写当天可用时间段时必填`);
      const found = checkSlots(slots.value, `${base}/available_week/available_day_time`, '当天可用时间段', false);
      if (found) return found;
    }
  }
  const irregular = array(t, 'irregulary_avaliable_time', `${base}/irregulary_avaliable_time`, '无规律的有效时间段');
  return irregular.check ?? (irregular.value ? checkSlots(irregular.value, `${base}/irregulary_avaliable_time`, '无规律的有效时间段', true) : undefined);
}

const RULE_OBJECTS = { NORMAL: 'fixed_normal_coupon', DISCOUNT: 'discount_coupon', EXCHANGE: 'exchange_coupon' } as const;
const AMOUNT_MAX = 10_000_000;

function checkUseRule(body: Obj): Check {
  const holder = object(body, 'coupon_use_rule', 'coupon_use_rule', '核销规则', true);
  if (holder.check || !holder.value) return holder.check;
  const rule = holder.value;
  const found = checkAvailableTime(rule);
  if (found) return found;
  const stockType = body.stock_type as keyof typeof RULE_OBJECTS;
  const present = Object.values(RULE_OBJECTS).filter((key) => rule[key] !== undefined && rule[key] !== null);
  const wanted = RULE_OBJECTS[stockType];
  if (present.length !== 1 || present[0] !== wanted) {
    return invalidRequest(`批次类型为 ${stockType} 时,coupon_use_rule 中须且仅须填写 ${wanted}(三选一)`);
  }
  const base = `coupon_use_rule/${wanted}`;
  const typed = object(rule, wanted, base, '优惠规则', true);
  if (typed.check || !typed.value) return typed.check;
  const v = typed.value;
  const amounts =
    stockType === 'NORMAL'
      ? first(() => integer(v, 'discount_amount', `${base}/discount_amount`, '优惠金额', 1, AMOUNT_MAX, true), () => integer(v, 'transaction_minimum', `${base}/transaction_minimum`, '消费门槛', 1, AMOUNT_MAX, true))
      : stockType === 'DISCOUNT'
        ? first(() => integer(v, 'discount_percent', `${base}/discount_percent`, '折扣比例', 1, 99, true), () => integer(v, 'transaction_minimum', `${base}/transaction_minimum`, '消费门槛', 1, AMOUNT_MAX, true))
        : first(() => integer(v, 'exchange_price', `${base}/exchange_price`, '单品换购价', 0, AMOUNT_MAX, true), () => integer(v, 'transaction_minimum', `${base}/transaction_minimum`, '消费门槛', 1, AMOUNT_MAX, true));
  if (amounts) return amounts;
  return checkUseMethod(rule);
}

/** use_method and its mini-program fields; shared with modify, which may change them (§2.3). */
export function checkUseMethod(rule: Obj): Check {
  const found = oneOf(rule, 'use_method', 'coupon_use_rule/use_method', '核销方式', ['OFF_LINE', 'MINI_PROGRAMS', 'PAYMENT_CODE', 'SELF_CONSUME'], true);
  if (found) return found;
  // §2.2 [OBS]: SELF_CONSUME is "当前暂不支持".
  if (rule.use_method === 'SELF_CONSUME') return invalidRequest('核销方式 SELF_CONSUME 当前暂不支持');
  if (rule.use_method !== 'MINI_PROGRAMS') return undefined;
  return first(
    () => text(rule, 'mini_programs_appid', 'coupon_use_rule/mini_programs_appid', '核销小程序AppID', 32, true),
    () => text(rule, 'mini_programs_path', 'coupon_use_rule/mini_programs_path', '核销小程序path', 128, true),
  );
}

function checkSendRule(body: Obj): Check {
  const holder = object(body, 'stock_send_rule', 'stock_send_rule', '发放规则', true);
  if (holder.check || !holder.value) return holder.check;
  const r = holder.value;
  return first(
    // Required here as wechatpay-im marks it (§2.2 "yes*"; decisions table).
    () => integer(r, 'max_coupons', 'stock_send_rule/max_coupons', '批次总发放个数', 1, 1_000_000_000, true),
    () => integer(r, 'max_coupons_per_user', 'stock_send_rule/max_coupons_per_user', '用户最大可领个数', 1, 100, true),
    () => integer(r, 'max_coupons_by_day', 'stock_send_rule/max_coupons_by_day', '单天发放上限个数', 1, 1_000_000_000, false),
  );
}

/** custom_entrance and display_pattern_info, shared with modify (§2.2, §2.3). */
export function checkPresentation(body: Obj, ctx: StockRuleContext): Check {
  const entrance = object(body, 'custom_entrance', 'custom_entrance', '自定义入口', false);
  if (entrance.check) return entrance.check;
  if (entrance.value) {
    const e = entrance.value;
    const mini = object(e, 'mini_programs_info', 'custom_entrance/mini_programs_info', '小程序入口', false);
    if (mini.check) return mini.check;
    const found = first(
      () => (mini.value ? text(mini.value, 'mini_programs_appid', 'custom_entrance/mini_programs_info/mini_programs_appid', '商家小程序AppID', 32, true) : undefined),
      () => (mini.value ? text(mini.value, 'mini_programs_path', 'custom_entrance/mini_programs_info/mini_programs_path', '商家小程序path', 128, true) : undefined),
      () => (mini.value ? text(mini.value, 'entrance_words', 'custom_entrance/mini_programs_info/entrance_words', '入口文案', 5, true) : undefined),
      () => (mini.value ? text(mini.value, 'guiding_words', 'custom_entrance/mini_programs_info/guiding_words', '引导文案', 6, false) : undefined),
      () => oneOf(e, 'code_display_mode', 'custom_entrance/code_display_mode', 'code展示模式', ['NOT_SHOW', 'BARCODE', 'QRCODE'], false),
    );
    if (found) return found;
  }
  const display = object(body, 'display_pattern_info', 'display_pattern_info', '样式信息', false);
  if (display.check || !display.value) return display.check;
  const d = display.value;
  const found = first(
    () => text(d, 'description', 'display_pattern_info/description', '使用须知', 1000, false),
    () => text(d, 'merchant_name', 'display_pattern_info/merchant_name', '商户名称', 16, false),
  );
  if (found) return found;
  const color = d.background_color;
  if (color !== undefined && color !== null) {
    const known = typeof color === 'string' && (ctx.colorCase === 'exact' ? COLORS.includes(color) : COLORS.some((c) => c.toLowerCase() === color.toLowerCase()));
    if (!known) return paramError(`${ptr('display_pattern_info/background_color')}映射到枚举字段"背景颜色"规则校验失败,可选 Color010~Color100`, color);
  }
  for (const key of ['merchant_logo_url', 'coupon_image_url'] as const) {
    const url = d[key];
    if (url === undefined || url === null) continue;
    if (typeof url !== 'string' || !ctx.images.has(url)) return invalidRequest(`display_pattern_info.${key} 必须是图片上传API(营销图片上传)返回的 media_url`);
  }
  return undefined;
}

/** The first broken create-stock rule, or undefined when the body would create a stock (§2.2, §6.2). */
export function checkCreateStock(body: Obj, ctx: StockRuleContext): Check {
  return first(
    () => text(body, 'stock_name', 'stock_name', '商家券批次名称', 21, true),
    () => text(body, 'belong_merchant', 'belong_merchant', '批次归属商户号', 15, true),
    () => (body.belong_merchant !== ctx.mchid ? invalidRequest('批次创建方商户与归属方商户无关系') : undefined),
    () => text(body, 'comment', 'comment', '批次备注', 20, false),
    () => text(body, 'goods_name', 'goods_name', '适用商品范围', 15, true),
    () => oneOf(body, 'stock_type', 'stock_type', '批次类型', ['NORMAL', 'DISCOUNT', 'EXCHANGE'], true),
    () => checkUseRule(body),
    () => checkSendRule(body),
    () => text(body, 'out_request_no', 'out_request_no', '商户请求单号', 128, true),
    () => checkPresentation(body, ctx),
    () => unboundAppid(body, ctx),
    () => oneOf(body, 'coupon_code_mode', 'coupon_code_mode', '券code模式', ['WECHATPAY_MODE', 'MERCHANT_API', 'MERCHANT_UPLOAD'], true),
  );
}
