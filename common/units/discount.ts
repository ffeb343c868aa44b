import { localized, type Locale, type Localized } from '../i18n';
import { err, ok, type Result } from '../result';
import { plainDecimal, toHalfWidth } from './money';

/**
 * Discounts: merchants think in 折 ("7.5折" = pay 75 %), Weixin's DISCOUNT `discount` field is
 * percent OFF ("填30就是七折", product-landscape.md §3.3; the validator enforces 1..99, §4.4).
 * So 折 = (100 − percentOff) / 10, and only 折 with at most one decimal map to a whole percent.
 */

/** Smallest and largest `discount` (percent off) Weixin accepts. */
export const MIN_PERCENT_OFF = 1;
export const MAX_PERCENT_OFF = 99;

const NUMERALS = '零一二三四五六七八九';
const NUMERAL_VALUE: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const DIGIT = '[零〇一二两三四五六七八九]';
const CHINESE_ONE = new RegExp(`^(${DIGIT})折$`);
const CHINESE_TWO = new RegExp(`^(${DIGIT})点?(${DIGIT})折$`);
const HALF_PRICE = new Set(['半价', '对折']);
const NO_DISCOUNT = new Set(['十折', '原价', '全价', '不打折', '无折扣']);
const FREE = new Set(['零折', '免费']);

const MESSAGES = {
  empty: localized('请输入折扣，例如 7.5 或 七五折', 'Enter a discount in 折, e.g. 7.5 (= 25% off)'),
  junk: (shown: string) =>
    localized(
      `“${shown}”不是有效折扣，请输入 0.1 到 9.9 之间的折数，例如 7、7.5、七五折`,
      `"${shown}" is not a discount; enter 折 between 0.1 and 9.9, e.g. 7 (30% off) or 7.5 (25% off)`,
    ),
  noDiscount: (shown: string) =>
    localized(
      `“${shown}”等于原价（十折），不是折扣；折扣券至少要打 9.9 折`,
      `"${shown}" is full price (10折), not a discount; the smallest discount is 9.9折 (1% off)`,
    ),
  free: (shown: string) =>
    localized(
      `“${shown}”等于免费（零折），微信折扣最多减免 99%（0.1 折）；免费请改用兑换券 (GIFT)`,
      `"${shown}" means free (0折); Weixin allows at most 99% off (0.1折) — use a gift coupon (GIFT) for free items`,
    ),
  tooManyDecimals: (shown: string) =>
    localized(
      `“${shown}”不是整数百分比：微信的 discount 以 1% 为单位，折数最多一位小数，例如 7.5 或 7.6`,
      `"${shown}" is not a whole percent: Weixin's discount is a whole percent off, so 折 takes at most one decimal, e.g. 7.5 or 7.6`,
    ),
  outOfRange: (shown: string) =>
    localized(
      `“${shown}”不在 0.1 到 9.9 折之间。如果想打七五折，请输入 7.5 或“75折”`,
      `"${shown}" is outside 0.1–9.9折. For 25% off type 7.5 (or "75折")`,
    ),
  negative: (shown: string) =>
    localized(`折扣不能为负数：“${shown}”`, `A discount cannot be negative: "${shown}"`),
};

/** Percent off (1..99) from tenths of 折 (75 = 7.5折), or the reason it is not a valid discount. */
function fromTenths(tenths: number, shown: string): Result<number, Localized> {
  if (tenths === 0) return err(MESSAGES.free(shown));
  if (tenths === 100) return err(MESSAGES.noDiscount(shown));
  if (tenths > 100) return err(MESSAGES.outOfRange(shown));
  return ok(100 - tenths);
}

/**
 * Parses a 折 value into Weixin's percent off. Accepts numbers in (0, 10) with at most one
 * decimal ("7" → 30, "7.5" → 25, "9.9" → 1, "0.1" → 99), an optional 折 suffix and 打 prefix,
 * the shop spelling of two digits with 折 ("75折" = 7.5折, "95折" = 9.5折), and Chinese numerals
 * ("七折", "七五折", "七点五折", "八八折", "九折", "半价", "对折"). Refuses 10 (no discount),
 * 0 (free), and "7.55" (not a whole percent), each with its own message.
 */
export function parseZhe(input: string | number): Result<number, Localized> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return err(MESSAGES.junk(String(input)));
    return parseZheText(plainDecimal(input), String(input));
  }
  return parseZheText(input, input.trim());
}

function parseZheText(raw: string, shown: string): Result<number, Localized> {
  const text = toHalfWidth(raw).replace(/。/g, '.').replace(/\s+/g, '').replace(/^打/, '');
  if (text === '') return err(MESSAGES.empty);
  if (HALF_PRICE.has(text)) return ok(50);
  if (NO_DISCOUNT.has(text)) return err(MESSAGES.noDiscount(shown));
  if (FREE.has(text)) return err(MESSAGES.free(shown));

  const one = CHINESE_ONE.exec(text);
  if (one) return fromTenths((NUMERAL_VALUE[one[1] ?? ''] ?? 0) * 10, shown);
  const two = CHINESE_TWO.exec(text);
  if (two) {
    const [a = 0, b = 0] = [NUMERAL_VALUE[two[1] ?? ''], NUMERAL_VALUE[two[2] ?? '']];
    return fromTenths(a * 10 + b, shown);
  }

  const m = /^([+\-\u2212]?)(\d+)(?:\.(\d*))?(折)?$/.exec(text);
  if (!m) return err(MESSAGES.junk(shown));
  const [sign = '', int = '', fracRaw, suffix] = [m[1], m[2], m[3], m[4]];
  if ((sign === '-' || sign === '\u2212') && /[1-9]/.test(int + (fracRaw ?? ''))) {
    return err(MESSAGES.negative(shown));
  }
  if (fracRaw === undefined && suffix !== undefined && Number(int) > 10 && Number(int) < 100) {
    // "75折" / "95折": shops write 七五折 with digits. "10折" keeps its meaning, full price.
    return fromTenths(Number(int), shown);
  }
  const frac = (fracRaw ?? '').replace(/0+$/, '');
  if (frac.length > 1) return err(MESSAGES.tooManyDecimals(shown));
  const whole = Number(int);
  if (whole > 10) return err(MESSAGES.outOfRange(shown));
  return fromTenths(whole * 10 + Number(frac === '' ? '0' : frac), shown);
}

/**
 * Parses percent off as typed in the English UI ("25", "25%", "25% off") into Weixin's
 * `discount`: a whole number from 1 to 99.
 */
export function parsePercentOff(input: string | number): Result<number, Localized> {
  const shown = typeof input === 'number' ? String(input) : input.trim();
  const text = typeof input === 'number' ? plainDecimal(input) : toHalfWidth(input).trim().toLowerCase();
  const m = /^(\d+(?:\.\d*)?)\s*%?\s*(?:off)?$/.exec(text);
  const value = m ? Number(m[1]) : NaN;
  if (Number.isInteger(value) && value >= MIN_PERCENT_OFF && value <= MAX_PERCENT_OFF) return ok(value);
  return err(
    localized(
      `“${shown}”不是有效的减免百分比，请输入 1 到 99 的整数（30 即七折）`,
      `"${shown}" is not a valid percent off; enter a whole number from 1 to 99 (30 = 30% off = 7折)`,
    ),
  );
}

/** 折 for a percent off: 30 → 7, 25 → 7.5, 1 → 9.9 (integer arithmetic, then one division). */
export function percentOffToZhe(percentOff: number): number {
  return (100 - percentOff) / 10;
}

/**
 * Chinese numerals for the coupon preview: 30 → "七折", 25 → "七五折", 12 → "八八折",
 * 95 → "零点五折". Falls back to digits ("7.25折") for a percent off that is not whole.
 */
export function formatZheChinese(percentOff: number): string {
  const tenths = 100 - percentOff;
  if (!Number.isInteger(tenths) || tenths < 1 || tenths > 99) return `${plainDecimal(percentOffToZhe(percentOff))}折`;
  const a = NUMERALS[Math.floor(tenths / 10)] ?? '';
  const b = NUMERALS[tenths % 10] ?? '';
  if (tenths < 10) return `零点${b}折`;
  return tenths % 10 === 0 ? `${a}折` : `${a}${b}折`;
}

/** The discount for a label: zh-CN "7.5折", en "25% off". */
export function formatZhe(percentOff: number, locale: Locale): string {
  return locale === 'en' ? `${plainDecimal(percentOff)}% off` : `${plainDecimal(percentOffToZhe(percentOff))}折`;
}

/** Both languages at once, for texts built from {@link Localized} parts. */
export function zheLocalized(percentOff: number): Localized {
  return localized(formatZhe(percentOff, 'zh-CN'), formatZhe(percentOff, 'en'));
}
