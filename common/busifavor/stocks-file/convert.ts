import { localized, type Localized } from '../../i18n';
import { ok, type Result } from '../../result';
import { isLocalImageRef, localImageRef } from '../../coupon/local-image';
import { isObj, type Obj } from '../../validate/report';
import { parseChinaTimeInput, toChinaRfc3339 } from '../rfc3339';
import { RULE_KEYS } from '../enums';
import { dayTimeToSeconds, foldEnum, yuanToFen, zheToPercentPaid } from './units';

/**
 * One stock of a stocks file → a create-stock body. The file mirrors the body (§2.2) key for key,
 * except where the unit differs: amounts are `…_yuan` in 元 (so an API example's 分 can never be read
 * as 元), the discount is `discount_zhe` in 折, times are China wall-clock times, day-time slots
 * "11:00", images a URL or a local file. Everything else is copied; the validator judges it.
 */

/** A problem in what the merchant wrote, at its path within the stock (`coupon_use_rule.…`). */
export interface InputProblem {
  path: string;
  code: 'input_amount' | 'input_discount' | 'input_time' | 'input_day_time' | 'input_image';
  message: Localized;
}

/** A local image file named in the stock, to upload at run time. */
export interface LocalImageFile {
  /** Its path within the stock, e.g. `display_pattern_info.merchant_logo_url`. */
  path: string;
  file: string;
  hash: string;
}

/** Reads a local image for a slot: its SHA-256 hex, or why it cannot be used (size, type, missing). */
export type ImageReader = (file: string, slot: 'logo' | 'image') => Result<string, Localized>;

type Convert = (value: unknown) => Result<number, Localized> | undefined;

/** input key → body key per rule object / send rule, with its converter and problem code. */
const RENAMES: readonly { parent: string; from: string; to: string; convert: Convert; code: InputProblem['code'] }[] = [
  ...RULE_KEYS.map((rule) => ({ parent: `coupon_use_rule.${rule}`, from: 'transaction_minimum_yuan', to: 'transaction_minimum', convert: yuanToFen, code: 'input_amount' as const })),
  { parent: 'coupon_use_rule.fixed_normal_coupon', from: 'discount_amount_yuan', to: 'discount_amount', convert: yuanToFen, code: 'input_amount' },
  { parent: 'coupon_use_rule.exchange_coupon', from: 'exchange_price_yuan', to: 'exchange_price', convert: yuanToFen, code: 'input_amount' },
  { parent: 'coupon_use_rule.discount_coupon', from: 'discount_zhe', to: 'discount_percent', convert: zheToPercentPaid, code: 'input_discount' },
  { parent: 'stock_send_rule', from: 'max_amount_yuan', to: 'max_amount', convert: yuanToFen, code: 'input_amount' },
  { parent: 'stock_send_rule', from: 'max_amount_by_day_yuan', to: 'max_amount_by_day', convert: yuanToFen, code: 'input_amount' },
];

/** Body pattern → the key the merchant wrote, to point findings at the file. */
export const INPUT_KEY_OF: ReadonlyMap<string, string> = new Map(RENAMES.map((r) => [`${r.parent}.${r.to}`, r.from]));

const ENUM_AT: readonly [parent: string, key: string][] = [
  ['', 'stock_type'],
  ['', 'coupon_code_mode'],
  ['coupon_use_rule', 'use_method'],
  ['custom_entrance', 'code_display_mode'],
  ['display_pattern_info', 'background_color'],
];
const IMAGES: readonly [parent: string, key: string, slot: 'logo' | 'image'][] = [
  ['display_pattern_info', 'merchant_logo_url', 'logo'],
  ['display_pattern_info', 'coupon_image_url', 'image'],
  ['display_pattern_info.finder_info', 'finder_video_cover_image_url', 'image'],
];

const segmentCache = new Map<string, readonly string[]>();

function objAt(root: Obj, parent: string): Obj | undefined {
  let segments = segmentCache.get(parent);
  if (segments === undefined) {
    segments = parent === '' ? [] : parent.split('.');
    segmentCache.set(parent, segments);
  }
  let node: unknown = root;
  for (const key of segments) node = isObj(node) ? node[key] : undefined;
  return isObj(node) ? node : undefined;
}

const join = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/** Converts one (defaults-merged) stock; `stock` is a copy the conversion may change. */
export function convertStock(stock: Obj, images: ImageReader | undefined): { body: Obj; problems: InputProblem[]; files: LocalImageFile[] } {
  const problems: InputProblem[] = [];
  const files: LocalImageFile[] = [];
  for (const [parent, key] of ENUM_AT) {
    const holder = objAt(stock, parent);
    if (holder && key in holder) holder[key] = foldEnum(key, holder[key]);
  }
  for (const r of RENAMES) {
    const holder = objAt(stock, r.parent);
    if (!holder) continue;
    if (r.to in holder) {
      // The API's unit (分, percent) written where the file takes 元 / 折: refused, never guessed.
      problems.push({ path: join(r.parent, r.to), code: r.code, message: apiUnitKey(r.to, r.from) });
      delete holder[r.to];
    }
    if (!(r.from in holder)) continue;
    const value = holder[r.from];
    delete holder[r.from];
    const converted = value === null ? undefined : r.convert(value);
    if (converted === undefined) holder[r.to] = value;
    else if (converted.ok) holder[r.to] = converted.value;
    else problems.push({ path: join(r.parent, r.from), code: r.code, message: converted.error });
  }
  convertTimes(stock, problems);
  for (const [parent, key, slot] of IMAGES) {
    const holder = objAt(stock, parent);
    const value = holder?.[key];
    if (!holder || typeof value !== 'string' || value === '' || /^https?:\/\//i.test(value) || isLocalImageRef(value)) continue;
    const read = images?.(value, slot);
    if (read === undefined) continue; // no reader: the validator says it is not an uploaded URL
    if (read.ok) {
      holder[key] = localImageRef(read.value);
      files.push({ path: join(parent, key), file: value, hash: read.value.toLowerCase() });
    } else problems.push({ path: join(parent, key), code: 'input_image', message: read.error });
  }
  return { body: stock, problems, files };
}

const TIME = 'coupon_use_rule.coupon_available_time';

// A batch repeats the same few dates thousands of times: China time → RFC 3339 is cached (bounded).
const rfcCache = new Map<string, Result<string, Localized>>();

function chinaToRfc(text: string, endOfDay: boolean): Result<string, Localized> {
  const key = `${endOfDay ? 'e' : 'b'}${text}`;
  let result = rfcCache.get(key);
  if (result === undefined) {
    if (rfcCache.size >= 1024) rfcCache.clear();
    const parsed = parseChinaTimeInput(text, endOfDay);
    result = parsed.ok ? ok(toChinaRfc3339(parsed.value)) : parsed;
    rfcCache.set(key, result);
  }
  return result;
}

function convertTimes(stock: Obj, problems: InputProblem[]): void {
  const time = objAt(stock, TIME);
  if (!time) return;
  const toRfc = (holder: Obj, key: string, path: string, endOfDay: boolean) => {
    const value = holder[key];
    if (typeof value !== 'string') return;
    const parsed = chinaToRfc(value, endOfDay);
    if (parsed.ok) holder[key] = parsed.value;
    else problems.push({ path, code: 'input_time', message: parsed.error });
  };
  toRfc(time, 'available_begin_time', `${TIME}.available_begin_time`, false);
  toRfc(time, 'available_end_time', `${TIME}.available_end_time`, true);
  const ranges = time.irregulary_avaliable_time;
  if (Array.isArray(ranges)) {
    ranges.forEach((range, i) => {
      if (!isObj(range)) return;
      toRfc(range, 'begin_time', `${TIME}.irregulary_avaliable_time[${i}].begin_time`, false);
      toRfc(range, 'end_time', `${TIME}.irregulary_avaliable_time[${i}].end_time`, true);
    });
  }
  const week = time.available_week;
  const slots = isObj(week) ? week.available_day_time : undefined;
  if (!Array.isArray(slots)) return;
  slots.forEach((slot, i) => {
    if (!isObj(slot)) return;
    for (const key of ['begin_time', 'end_time']) {
      const converted = dayTimeToSeconds(slot[key]);
      if (converted?.ok) slot[key] = converted.value;
      else if (converted) problems.push({ path: `${TIME}.available_week.available_day_time[${i}].${key}`, code: 'input_day_time', message: converted.error });
    }
  });
}

function apiUnitKey(apiKey: string, fileKey: string): Localized {
  const unit = fileKey.endsWith('_zhe') ? localized('折', '折 (8.8 = 12% off)') : localized('元', 'yuan (元)');
  return localized(
    `批次文件中不写“${apiKey}”（接口单位）：请改用“${fileKey}”，以${unit['zh-CN']}填写`,
    `A stocks file does not take "${apiKey}" (the API's unit): write "${fileKey}" in ${unit.en} instead`,
  );
}
