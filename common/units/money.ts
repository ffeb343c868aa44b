import { localized, type Localized } from '../i18n';
import { err, ok, type Result } from '../result';

/**
 * Money: merchants type 元, the API takes 分 (`least_cost` / `reduce_cost` "（单位为分）",
 * product-landscape.md §3.2). Conversion works on the decimal text, never on `yuan * 100`
 * (19.99 * 100 = 1998.9999999999998), and refuses a third decimal instead of rounding it away.
 * CASH limits (reduce_cost > 0, least_cost ≥ 0) belong to the validator, not here.
 */

/** The largest amount in 分 that is still an exact JavaScript integer. */
export const MAX_FEN = Number.MAX_SAFE_INTEGER;

/**
 * Folds full-width ASCII forms (U+FF01–FF5E: ０-９, ．, ，, －, ＋) and the ideographic space to
 * their half-width forms: a Chinese IME in full-width mode types these.
 */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * The shortest decimal text of a finite number without exponent notation (1e-7 → "0.0000001",
 * 1e21 → "1000000000000000000000"). `String(n)` is already the shortest round-trip form, so
 * 9.9 stays "9.9" and never becomes 9.9000000000000003552713678800500929355621337890625.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const sign = m[1] ?? '';
  const int = m[2] ?? '';
  const digits = int + (m[3] ?? '');
  const point = int.length + Number(m[4]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const notAnAmount = (shown: string): Localized =>
  localized(
    `“${shown}”不是有效金额，请输入以元为单位的数字，例如 9.9 或 ¥1,000.50`,
    `"${shown}" is not an amount; enter yuan (元) as a number, e.g. 9.9 or ¥1,000.50`,
  );

const MESSAGES = {
  empty: localized('请输入金额（元），例如 9.9', 'Enter an amount in yuan (元), e.g. 9.9'),
  negative: (shown: string) =>
    localized(`金额不能为负数：“${shown}”`, `The amount cannot be negative: "${shown}"`),
  decimals: (shown: string) =>
    localized(
      `“${shown}”超过两位小数。微信以分为单位（0.01 元），请最多保留两位小数，本工具不会自动四舍五入`,
      `"${shown}" has more than 2 decimals. Weixin counts in fen (0.01 yuan); use at most 2 decimals — the app never rounds for you`,
    ),
  grouping: (shown: string) =>
    localized(
      `“${shown}”的千位分隔符位置不对：逗号应每三位一组（如 1,000.50），也可以不写逗号`,
      `"${shown}" has misplaced thousands separators: commas group three digits (1,000.50), or leave them out`,
    ),
  tooLarge: (shown: string) =>
    localized(
      `金额“${shown}”太大，最多 ${formatYuan(MAX_FEN, { grouping: true })} 元`,
      `The amount "${shown}" is too large; the maximum is ${formatYuan(MAX_FEN, { grouping: true })} yuan`,
    ),
};

// Optional sign, optional ¥/￥, optional sign again ("¥-5"), the number, optional 元.
const AMOUNT_RE = /^([+\-\u2212]?)\s*(?:[¥\uFFE5]\s*)?([+\-\u2212]?)\s*([\d.,]+)\s*(?:元)?$/;
const BODY_RE = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;

/**
 * Parses an amount in 元 into integer 分. Accepts "9.9", "9.90", "¥9.9", "9.9元", " 1,000.5 ",
 * full-width digits and points (９．９), the IME full stop (9。9); a number goes through its
 * shortest decimal text (9.9 → 990). Refuses negatives, more than two significant decimals
 * (trailing zeros such as "9.900" are exact, so they pass), and amounts above {@link MAX_FEN}.
 */
export function parseYuan(input: string | number): Result<number, Localized> {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return err(notAnAmount(String(input)));
    return parseYuanText(plainDecimal(input), String(input));
  }
  return parseYuanText(input, input.trim());
}

function parseYuanText(raw: string, shown: string): Result<number, Localized> {
  const text = toHalfWidth(raw).replace(/。/g, '.').trim();
  if (text === '') return err(MESSAGES.empty);
  const m = AMOUNT_RE.exec(text);
  if (!m) return err(notAnAmount(shown));
  const [sign1 = '', sign2 = '', body = ''] = [m[1], m[2], m[3]];
  if (sign1 !== '' && sign2 !== '') return err(notAnAmount(shown));
  const body2 = BODY_RE.exec(body);
  if (!body2) {
    // Digits and commas with at most one point: the commas are what is wrong.
    const misgrouped = /^[\d,]+(?:\.\d*)?$/.test(body);
    return err(misgrouped ? MESSAGES.grouping(shown) : notAnAmount(shown));
  }
  const int = (body2[1] ?? '').replace(/,/g, '');
  let frac = body2[2] ?? '';
  if (int === '' && frac === '') return err(notAnAmount(shown));
  if (frac.length > 2) {
    if (/[1-9]/.test(frac.slice(2))) return err(MESSAGES.decimals(shown));
    frac = frac.slice(0, 2);
  }
  const fen = BigInt(int === '' ? '0' : int) * 100n + BigInt(frac.padEnd(2, '0'));
  if (fen > BigInt(MAX_FEN)) return err(MESSAGES.tooLarge(shown));
  const negative = (sign1 || sign2) === '-' || (sign1 || sign2) === '\u2212';
  if (negative && fen > 0n) return err(MESSAGES.negative(shown));
  return ok(Number(fen));
}

/** How {@link formatYuan} decorates the number. */
export interface FormatYuanOptions {
  /** 'none' → "9.90" (default), 'yen' → "¥9.90", 'yuan' → "9.90元". */
  unit?: 'none' | 'yen' | 'yuan';
  /** Drop trailing zeros of the decimals: "9.9", "10" instead of "9.90", "10.00". */
  trimZeros?: boolean;
  /** Group the integer part in threes: "1,000.50". */
  grouping?: boolean;
}

/**
 * Formats 分 as 元: "9.90", "¥9.90", "9.9元" (with `trimZeros`). Exact for every integer; a
 * non-integer (a malformed draft) is shown exactly too (9.5 分 → "0.095"), never rounded,
 * so a preview cannot hide a bad value.
 */
export function formatYuan(fen: number, options: FormatYuanOptions = {}): string {
  if (!Number.isFinite(fen)) return String(fen);
  const [digits = '0', decimals = ''] = plainDecimal(Math.abs(fen)).split('.');
  const padded = digits.padStart(3, '0');
  let int = padded.slice(0, -2).replace(/^0+(?=\d)/, '');
  let frac = padded.slice(-2) + decimals;
  if (options.trimZeros) frac = frac.replace(/0+$/, '');
  if (options.grouping) int = int.replace(/\B(?=(\d{3})+$)/g, ',');
  const number = frac === '' ? int : `${int}.${frac}`;
  const sign = fen < 0 ? '-' : '';
  switch (options.unit ?? 'none') {
    case 'yen':
      return `${sign}¥${number}`;
    case 'yuan':
      return `${sign}${number}元`;
    default:
      return `${sign}${number}`;
  }
}

/**
 * The shortest exact 元 text of an amount in 分 ("9.9", "10", "0.05"): what an input field
 * shows when a saved draft is reopened. `parseYuan(fenToYuanString(f))` gives back `f`.
 */
export function fenToYuanString(fen: number): string {
  return formatYuan(fen, { trimZeros: true });
}
