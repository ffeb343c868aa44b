import { localized, type Localized } from '../../i18n';
import { err, ok, type Result } from '../../result';
import { parseYuan } from '../../units/money';
import { parseZhe } from '../../units/discount';
import { CODE_DISPLAY_MODE_NAMES, COUPON_CODE_MODE_NAMES, STOCK_TYPE_NAMES, USE_METHOD_NAMES, type StockType } from '../enums';
import { stockColorFolded } from '../colors';

/**
 * Merchant units → API units for the stocks file: 元 → 分 (exact, on the decimal text), 折 → the
 * percent PAID that discount_percent takes (§2.2: 88 = 八八折), "11:00" → seconds of the day.
 */

/** 元 (number or text, "9.9", "¥1,000") → 分. */
export function yuanToFen(value: unknown): Result<number, Localized> | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  return parseYuan(value);
}

/**
 * 折 → discount_percent. 8.8, "8.8", "八八折", "88折" and, in this 折 field, a bare 88 all mean
 * 八八折 → 88: a whole 11 … 99 cannot be a 折 value below 10, so it is the shop spelling of two
 * digits. 10 (no discount) and 0 (free) are refused by the discount parser with their own message.
 */
export function zheToPercentPaid(value: unknown): Result<number, Localized> | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = String(value).trim();
  const parsed = /^\d{2}$/.test(text) && Number(text) > 10 ? parseZhe(`${text}折`) : parseZhe(value);
  return parsed.ok ? ok(100 - parsed.value) : parsed;
}

const HMS = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

/** "11:00" / "11:00:30" → seconds of the day (24:00 → 86400, which the range rule refuses); integers pass. */
export function dayTimeToSeconds(value: unknown): Result<number, Localized> | undefined {
  if (typeof value === 'number') return ok(value);
  if (typeof value !== 'string') return undefined;
  const m = HMS.exec(value.trim());
  const [h, mi, s] = m ? [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)] : [NaN, NaN, NaN];
  if (!m || h > 24 || mi > 59 || s > 59 || (h === 24 && mi + s > 0)) {
    return err(localized(`“${value}”不是有效的钟点：请写成 11:00 或 11:00:00`, `"${value}" is not a time of day: write 11:00 or 11:00:00`));
  }
  return ok(h * 3600 + mi * 60 + s);
}

const STOCK_TYPE_WORDS: Readonly<Record<string, StockType>> = { 满减券: 'NORMAL', 折扣券: 'DISCOUNT', 换购券: 'EXCHANGE' };

/** Enum values typed in another case (or the stock types' Chinese names) → the documented spelling. */
export function foldEnum(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (key === 'background_color') return stockColorFolded(value) ?? value;
  if (key === 'stock_type' && STOCK_TYPE_WORDS[value.trim()]) return STOCK_TYPE_WORDS[value.trim()];
  const lists: Readonly<Record<string, readonly string[]>> = {
    stock_type: STOCK_TYPE_NAMES,
    coupon_code_mode: COUPON_CODE_MODE_NAMES,
    use_method: USE_METHOD_NAMES,
    code_display_mode: CODE_DISPLAY_MODE_NAMES,
  };
  const upper = value.trim().toUpperCase();
  return lists[key]?.includes(upper) ? upper : value;
}
