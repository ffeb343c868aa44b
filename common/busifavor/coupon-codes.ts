import { localized, type Localized } from '../i18n';
import { FindingReporter } from '../validate/report';
import { shorten } from '../validate/labels';
import { STOCK_FINDING_CODES, type StockErrcode, type StockFindingCode } from '../validate-busifavor/codes';
import type { StockFinding } from '../validate-busifavor/types';

/**
 * Coupon codes a MERCHANT_UPLOAD stock is filled with (§2.3 `…/couponcodes`): each 1–32 characters
 * from 0-9 a-z A-Z, space and `- _ \ / = |`; at most 200 per call; never more in total than the
 * stock's max_coupons. A codes file has one code per line, as merchants export them from a till.
 */

/** Per-call and per-code limits (§2.3). */
export const MAX_CODES_PER_UPLOAD = 200;
export const MAX_CODE_LENGTH = 32;
export const MAX_UPLOAD_REQUEST_NO = 128;

/** The documented charset; the code is matched per character so the first bad one can be named. */
const CODE_CHAR = /^[0-9a-zA-Z \-_\\/=|]$/;

/** One code and the line it came from (1-based). */
export interface CouponCodeLine {
  code: string;
  line: number;
}

/** A code-list finding: the stock finding shape, at `codes[i]`, with its line. */
export type CodeFinding = StockFinding & { line?: number };

/** The codes to upload (valid, first occurrence only, in file order) and every finding. */
export interface CouponCodeList {
  codes: CouponCodeLine[];
  findings: CodeFinding[];
}

/**
 * Reads a codes file: one code per line; a BOM and Windows line ends are dropped, blank lines
 * skipped. A duplicate is kept once (a warning naming both lines); an invalid code is not uploaded.
 * `maxCoupons` (the stock's max_coupons) bounds the total.
 */
export function parseCouponCodes(text: string, options: { maxCoupons?: number } = {}): CouponCodeList {
  const r = new FindingReporter<StockFindingCode, StockErrcode>(STOCK_FINDING_CODES, { nowMs: 0 });
  const lineOf: (number | undefined)[] = [];
  // Paths are `codes[i]` with i the 0-based line index, so path and "第 n 行" name the same line.
  const add = (line: number, code: StockFindingCode, message: Localized, extra: { limit?: number; actual?: number } = {}) => {
    r.add(line === 0 ? 'codes' : `codes[${line - 1}]`, code, message, extra);
    lineOf.push(line === 0 ? undefined : line);
  };
  const codes: CouponCodeLine[] = [];
  const firstLine = new Map<string, number>();
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((code, i) => {
    const line = i + 1;
    if (code.trim() === '') return;
    const chars = [...code];
    if (chars.length > MAX_CODE_LENGTH) return add(line, 'code_too_long', codeText.tooLong(line, code, chars.length), { limit: MAX_CODE_LENGTH, actual: chars.length });
    const bad = chars.findIndex((ch) => !CODE_CHAR.test(ch));
    if (bad >= 0) return add(line, 'code_charset', codeText.charset(line, code, chars[bad] as string, bad + 1));
    const seen = firstLine.get(code);
    if (seen !== undefined) return add(line, 'code_duplicate', codeText.duplicate(line, code, seen));
    if (code !== code.trim()) add(line, 'code_edge_space', codeText.edgeSpace(line, code));
    firstLine.set(code, line);
    codes.push({ code, line });
  });
  if (codes.length === 0 && r.findings.every((f) => f.severity !== 'error')) add(0, 'codes_empty', codeText.empty());
  const max = options.maxCoupons;
  if (max !== undefined && codes.length > max) add(0, 'codes_over_stock', codeText.overStock(codes.length, max), { limit: max, actual: codes.length });
  const findings = r.findings.map((f, i): CodeFinding => {
    const line = lineOf[i];
    return line === undefined ? f : { ...f, line };
  });
  return { codes, findings };
}

/** The codes in upload calls of at most 200 (§2.3), in file order. */
export function chunkCouponCodes<T>(codes: readonly T[], size = MAX_CODES_PER_UPLOAD): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < codes.length; i += size) chunks.push(codes.slice(i, i + size));
  return chunks;
}

const show = (code: string) => shorten(code, 40);

const codeText = {
  empty: (): L => localized('券码文件中没有券码：请每行写一个券码', 'The codes file has no code: write one code per line'),
  tooLong: (line: number, code: string, length: number): L =>
    localized(`第 ${line} 行的券码“${show(code)}”有 ${length} 个字符，最多 ${MAX_CODE_LENGTH} 个：请缩短`, `Line ${line}: the code "${show(code)}" has ${length} characters, at most ${MAX_CODE_LENGTH}: shorten it`),
  charset: (line: number, code: string, ch: string, column: number): L =>
    localized(
      `第 ${line} 行的券码“${show(code)}”第 ${column} 个字符“${ch}”不允许：券码只能由数字、英文字母、空格和 - _ \\ / = | 组成`,
      `Line ${line}: character ${column} "${ch}" of the code "${show(code)}" is not allowed: codes use only digits, letters, space and - _ \\ / = |`,
    ),
  duplicate: (line: number, code: string, first: number): L =>
    localized(`第 ${line} 行的券码“${show(code)}”与第 ${first} 行重复：只上传一次`, `Line ${line}: the code "${show(code)}" repeats line ${first}: it is uploaded once`),
  edgeSpace: (line: number, code: string): L =>
    localized(`第 ${line} 行的券码“${show(code)}”首尾有空格，空格也算券码的一部分：确认顾客出示的券码也带空格，否则请删除`, `Line ${line}: the code "${show(code)}" starts or ends with a space, which is part of the code: remove it unless customers' codes have it too`),
  overStock: (count: number, max: number): L =>
    localized(`有 ${count} 个券码，超过了批次的发放总数 ${max}：请减少券码，或先增加批次库存`, `There are ${count} codes, more than the stock's ${max} coupons: remove codes, or raise the stock's budget first`),
};
type L = Localized;
