import { RULE_KEYS, STOCK_TYPES, isStockType } from '../busifavor/enums';
import { MAX_DAY_TIME_SLOTS, MAX_VALIDITY_SECONDS, MERCHANT_NAME_DISPLAY_CHARS } from '../busifavor/limits';
import { parseRfc3339 } from '../busifavor/rfc3339';
import { textLength } from '../busifavor/text-length';
import { has, isInt, isObj, type Obj } from '../validate/report';
import { stockLabelFor } from './labels';
import { shown, stockText } from './messages';
import type { StockFindingReporter } from './report';

/**
 * The cross-field rules of the create-stock body (RULES.md), read over the null-free view after the
 * structure walk: values of the wrong type were reported there and are skipped here.
 */

const CUR = 'coupon_use_rule';
const TIME = `${CUR}.coupon_available_time`;
const WEEK = `${TIME}.available_week`;

/** "三选一" (§2.2): exactly the rule object of stock_type; the others are refused. */
export function checkRuleObject(body: Obj, r: StockFindingReporter): void {
  const rule = body.coupon_use_rule;
  const type = body.stock_type;
  if (!isObj(rule) || !isStockType(type)) return;
  const expected = STOCK_TYPES[type].rule;
  if (!has(rule, expected)) r.add(`${CUR}.${expected}`, 'rule_missing', stockText.ruleMissing(type, STOCK_TYPES[type].label, expected));
  for (const key of RULE_KEYS) {
    if (key !== expected && has(rule, key)) r.add(`${CUR}.${key}`, 'rule_extra', stockText.ruleExtra(key, type, expected));
  }
  const normal = rule.fixed_normal_coupon;
  if (type === 'NORMAL' && isObj(normal) && isInt(normal.discount_amount) && isInt(normal.transaction_minimum) && normal.discount_amount > normal.transaction_minimum) {
    r.add(`${CUR}.fixed_normal_coupon.discount_amount`, 'amount_over_minimum', stockText.amountOverMinimum(normal.discount_amount, normal.transaction_minimum));
  }
}

function seconds(holder: Obj, key: string): number | undefined {
  const value = holder[key];
  if (typeof value !== 'string') return undefined;
  const parsed = parseRfc3339(value);
  return parsed.ok ? parsed.value : undefined;
}

/** Validity (§2.2): begin before end, at most one year, end in the future; the receipt-relative days. */
export function checkTimes(body: Obj, r: StockFindingReporter): void {
  const rule = body.coupon_use_rule;
  const time = isObj(rule) ? rule.coupon_available_time : undefined;
  if (!isObj(time)) return;
  const begin = seconds(time, 'available_begin_time');
  const end = seconds(time, 'available_end_time');
  const beginPath = `${TIME}.available_begin_time`;
  const endPath = `${TIME}.available_end_time`;
  const nowS = Math.floor(r.nowMs / 1000);
  if (end !== undefined && end <= nowS) r.add(endPath, 'end_in_past', stockText.endInPast(stockLabelFor(endPath), end, nowS));
  if (begin !== undefined && end !== undefined) {
    if (begin >= end) r.add(beginPath, 'begin_not_before_end', stockText.beginNotBeforeEnd(stockLabelFor(beginPath), stockLabelFor(endPath), begin, end));
    else if (end - begin > MAX_VALIDITY_SECONDS) {
      r.add(endPath, 'validity_over_year', stockText.validityOverYear(begin, end, begin + MAX_VALIDITY_SECONDS), { limit: MAX_VALIDITY_SECONDS, actual: end - begin });
    }
  }
  if (has(time, 'wait_days_after_receive') && !has(time, 'available_day_after_receive')) {
    r.add(`${TIME}.wait_days_after_receive`, 'wait_days_alone', stockText.waitDaysAlone());
  }
  const ranges = time.irregulary_avaliable_time;
  if (Array.isArray(ranges)) {
    ranges.forEach((range, i) => {
      if (!isObj(range)) return;
      const path = `${TIME}.irregulary_avaliable_time[${i}]`;
      const [b, e] = [seconds(range, 'begin_time'), seconds(range, 'end_time')];
      if (b === undefined || e === undefined) return;
      if (b >= e) r.add(`${path}.begin_time`, 'begin_not_before_end', stockText.beginNotBeforeEnd(stockLabelFor(`${path}.begin_time`), stockLabelFor(`${path}.end_time`), b, e));
      else if (begin !== undefined && end !== undefined && (b < begin || e > end)) r.add(path, 'irregular_outside', stockText.irregularOutside(stockLabelFor(path)));
    });
  }
  checkWeek(time, r);
}

/** available_week (§2.2): slots are a list of at most 2, each start before its end, and need week_day. */
function checkWeek(time: Obj, r: StockFindingReporter): void {
  const week = time.available_week;
  if (!isObj(week)) return;
  const days = Array.isArray(week.week_day) ? week.week_day : [];
  const seen = new Set<number>();
  days.forEach((day, i) => {
    if (!isInt(day)) return;
    if (seen.has(day)) r.add(`${WEEK}.week_day[${i}]`, 'week_day_duplicate', stockText.weekDayDuplicate(day));
    seen.add(day);
  });
  const slots = week.available_day_time;
  if (!Array.isArray(slots)) return;
  if (slots.length > MAX_DAY_TIME_SLOTS) {
    r.add(`${WEEK}.available_day_time`, 'day_time_too_many', stockText.dayTimeTooMany(slots.length, MAX_DAY_TIME_SLOTS), { limit: MAX_DAY_TIME_SLOTS, actual: slots.length });
  }
  if (slots.length > 0 && days.length === 0) r.add(`${WEEK}.week_day`, 'day_time_needs_week_day', stockText.dayTimeNeedsWeekDay());
  slots.forEach((slot, i) => {
    if (!isObj(slot) || !isInt(slot.begin_time) || !isInt(slot.end_time) || slot.begin_time < slot.end_time) return;
    const path = `${WEEK}.available_day_time[${i}]`;
    r.add(`${path}.begin_time`, 'day_time_order', stockText.dayTimeOrder(stockLabelFor(path), shown(slot.begin_time, 'daySeconds'), shown(slot.end_time, 'daySeconds')));
  });
}

/** use_method (§2.2): SELF_CONSUME is "当前暂不支持"; the mini-program fields go with MINI_PROGRAMS only. */
export function checkUseMethod(body: Obj, r: StockFindingReporter): void {
  const rule = body.coupon_use_rule;
  if (!isObj(rule)) return;
  const method = rule.use_method;
  if (method === 'SELF_CONSUME') r.add(`${CUR}.use_method`, 'self_consume_unsupported', stockText.selfConsumeUnsupported());
  for (const key of ['mini_programs_appid', 'mini_programs_path'] as const) {
    const path = `${CUR}.${key}`;
    const given = typeof rule[key] === 'string' && rule[key] !== '';
    if (method === 'MINI_PROGRAMS' && !given && !(typeof rule[key] !== 'string' && has(rule, key))) r.add(path, 'mini_program_missing', stockText.miniProgramMissing(stockLabelFor(path)));
    else if (method !== 'MINI_PROGRAMS' && typeof method === 'string' && given) r.add(path, 'mini_program_unused', stockText.miniProgramUnused(stockLabelFor(path)));
  }
}

/** Issuing, display and merchant hints. */
export function checkSendAndShow(body: Obj, r: StockFindingReporter): void {
  const send = body.stock_send_rule;
  if (isObj(send) && isInt(send.max_coupons) && isInt(send.max_coupons_per_user) && send.max_coupons >= 1 && send.max_coupons_per_user > send.max_coupons) {
    r.add('stock_send_rule.max_coupons_per_user', 'per_user_over_total', stockText.perUserOverTotal(send.max_coupons_per_user, send.max_coupons), { limit: send.max_coupons, actual: send.max_coupons_per_user });
  }
  const show = body.display_pattern_info;
  const name = isObj(show) ? show.merchant_name : undefined;
  if (typeof name === 'string') {
    const length = textLength(name, 'code-points');
    if (length > MERCHANT_NAME_DISPLAY_CHARS && length <= 16) {
      r.add('display_pattern_info.merchant_name', 'merchant_name_cut', stockText.merchantNameCut(length, MERCHANT_NAME_DISPLAY_CHARS), { limit: MERCHANT_NAME_DISPLAY_CHARS, actual: length });
    }
  }
  const owner = body.belong_merchant;
  if (r.mchid !== undefined && typeof owner === 'string' && owner !== '' && owner !== r.mchid) {
    r.add('belong_merchant', 'belong_merchant_other', stockText.belongMerchantOther(owner, r.mchid));
  }
}
