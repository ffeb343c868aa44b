import { describe, expect, it } from 'vitest';
import { chunkCouponCodes, parseCouponCodes } from '../../../common/busifavor/coupon-codes';

describe('coupon code lists (§2.3)', () => {
  it('keeps valid codes in file order, once, with their lines; Windows files and a BOM read alike', () => {
    const list = parseCouponCodes('\uFEFFABC-001\r\nabc_002\r\n\r\nA1 B2/C3=D4|E5\\F6\r\nABC-001\r\n');
    expect(list.codes).toEqual([
      { code: 'ABC-001', line: 1 },
      { code: 'abc_002', line: 2 },
      { code: 'A1 B2/C3=D4|E5\\F6', line: 4 },
    ]);
    expect(list.findings.map((f) => [f.path, f.code, f.line])).toEqual([['codes[4]', 'code_duplicate', 5]]);
    expect(list.findings[0]?.message['zh-CN']).toBe('第 5 行的券码“ABC-001”与第 1 行重复：只上传一次');
  });

  it('names the bad character and its column, and counts 32 characters as the limit', () => {
    const list = parseCouponCodes(`${'A'.repeat(32)}\n券码1\n${'B'.repeat(33)}`);
    expect(list.codes).toHaveLength(1);
    expect(list.findings.map((f) => [f.code, f.line, f.limit ?? null, f.actual ?? null])).toEqual([
      ['code_charset', 2, null, null],
      ['code_too_long', 3, 32, 33],
    ]);
    expect(list.findings[0]?.message.en).toContain('character 1 "券"');
  });

  it('uploads in calls of at most 200', () => {
    const codes = Array.from({ length: 401 }, (_, i) => `C${i}`);
    expect(chunkCouponCodes(codes).map((c) => c.length)).toEqual([200, 200, 1]);
    expect(chunkCouponCodes(codes).flat()).toEqual(codes);
  });
});
