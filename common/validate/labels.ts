import { formatYuan } from '../units/money';
import { localized, type Localized } from '../i18n';
import { fieldForPath } from '../coupon/fields';

// Finding paths repeat across a batch (every coupon warns at the same field), so labels are cached.
const cache = new Map<string, Localized>();

/** The field's label for a finding path, with "第 n 项 / item n" when it sits in a list. */
export function labelFor(path: string): Localized {
  let label = cache.get(path);
  if (label === undefined) {
    if (cache.size >= 4096) cache.clear();
    label = computeLabel(path);
    cache.set(path, label);
  }
  return label;
}

function computeLabel(path: string): Localized {
  const meta = fieldForPath(path);
  return withItemNumber(meta?.label ?? localized(lastKey(path), lastKey(path)), path);
}

/** A field label with "（第 n 项）/ (item n)" when the path ends in a list item (or its field). */
export function withItemNumber(base: Localized, path: string): Localized {
  const index = /\[(\d+)\](?:\.[a-z_]+)?$/.exec(path);
  if (!index) return base;
  const n = Number(index[1]) + 1;
  return localized(`${base['zh-CN']}（第 ${n} 项）`, `${base.en} (item ${n})`);
}

/** The last key of a finding path ('body' for the body itself), the label of last resort. */
export function lastKey(path: string): string {
  const key = path.slice(path.lastIndexOf('.') + 1);
  return key === '' ? 'body' : key;
}

/** "a string", "a decimal number" …: what a JSON value is, for wrong-type messages. */
export function kindOf(value: unknown): Localized {
  if (value === null) return localized('null', 'null');
  if (Array.isArray(value)) return localized('列表', 'a list');
  switch (typeof value) {
    case 'string':
      return localized(`文本“${shorten(value)}”`, `the text "${shorten(value)}"`);
    case 'number':
      return Number.isInteger(value) ? localized(`整数 ${value}`, `the integer ${value}`) : localized(`小数 ${value}`, `the number ${value}`);
    case 'boolean':
      return localized(`布尔值 ${value}`, `the boolean ${value}`);
    case 'object':
      return localized('对象', 'an object');
    default:
      return localized('无法识别的值', 'an unreadable value');
  }
}

/** Cuts a long value for display so a 3 KB description does not flood the message. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** 分 → "12.50 元" / "¥12.50": money is shown in 元 (architecture.md "Names"). */
export function yuan(fen: number): Localized {
  return localized(formatYuan(fen, { unit: 'yuan' }), formatYuan(fen, { unit: 'yen' }));
}

/** Joins allowed values for a message, eliding after eight. */
export function listValues(values: readonly string[]): string {
  return values.length <= 8 ? values.join(', ') : `${values.slice(0, 8).join(', ')} …`;
}
