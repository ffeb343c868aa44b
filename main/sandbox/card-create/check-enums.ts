import { COUPON_COLOR_NAMES } from '../../../common/coupon/colors';
import { wxError, type WxError } from '../errors';
import { collect, isAbsent, isInt, isPlainObject, objectAt, own } from './access';
import { nodePath, type CardHead } from './context';
import { BUSINESS_SERVICES, CODE_TYPES, DEPOSIT_MODE, TIME_LIMIT_TYPES } from './spec';

const COLORS: ReadonlySet<string> = new Set(COUPON_COLOR_NAMES);

/** Enumerations (decisions table, 40097): code_type, color, get_custom_code_mode, business_service, time_limit type. */
export function checkEnums(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  const enums: readonly (readonly [string, ReadonlySet<string>])[] = [
    ['base_info.code_type', CODE_TYPES],
    ['base_info.color', COLORS],
    ['base_info.get_custom_code_mode', new Set([DEPOSIT_MODE])],
    ['advanced_info.business_service.*', BUSINESS_SERVICES],
    ['advanced_info.time_limit.*.type', TIME_LIMIT_TYPES],
  ];
  for (const [dotted, allowed] of enums) {
    for (const { value, path } of collect(head.node, dotted, at)) {
      if (typeof value !== 'string' || !allowed.has(value)) return wxError(40097, path);
    }
  }
  return undefined;
}

/** Argument ranges that Weixin answers with 40097 "invalid args" (decisions table). */
export function checkArgs(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  const baseInfo = objectAt(head.node, 'base_info') ?? {};
  // §4.2: deposit mode only with use_custom_code = true.
  if (!isAbsent(own(baseInfo, 'get_custom_code_mode')) && own(baseInfo, 'use_custom_code') !== true) {
    return wxError(40097, `${at}.base_info.get_custom_code_mode`);
  }
  for (const field of ['get_limit', 'use_limit']) {
    const value = own(baseInfo, field);
    if (isInt(value) && value < 1) return wxError(40097, `${at}.base_info.${field}`);
  }
  const special = typeRanges(head);
  if (special) return special;
  const ranges: readonly (readonly [string, number])[] = [
    ['begin_hour', 23], ['end_hour', 23], ['begin_minute', 59], ['end_minute', 59],
  ];
  for (const { value: item, path } of collect(head.node, 'advanced_info.time_limit.*', at)) {
    if (!isPlainObject(item)) continue;
    for (const [field, max] of ranges) {
      const value = own(item, field);
      if (isInt(value) && (value < 0 || value > max)) return wxError(40097, `${path}.${field}`);
    }
  }
  return undefined;
}

/** DISCOUNT 1..99 percent off ("填30就是七折"); CASH reduce_cost > 0 and least_cost ≥ 0 (§4.4). */
function typeRanges(head: CardHead): WxError | undefined {
  const at = nodePath(head);
  const node = head.node;
  if (head.cardType === 'DISCOUNT') {
    const discount = own(node, 'discount');
    if (isInt(discount) && (discount < 1 || discount > 99)) return wxError(40097, `${at}.discount`);
  }
  if (head.cardType === 'CASH') {
    const reduce = own(node, 'reduce_cost');
    if (isInt(reduce) && reduce <= 0) return wxError(40097, `${at}.reduce_cost`);
    const least = own(node, 'least_cost');
    if (isInt(least) && least < 0) return wxError(40097, `${at}.least_cost`);
  }
  return undefined;
}
