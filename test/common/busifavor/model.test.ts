import { describe, expect, it } from 'vitest';
import { exampleStock } from '../../../common/busifavor/examples';
import { findStockImageRefs, replaceStockImageRefs } from '../../../common/busifavor/images';
import { parseChinaTimeInput, parseRfc3339, toChinaRfc3339 } from '../../../common/busifavor/rfc3339';
import { stockCreateBodySchema } from '../../../common/busifavor/schema';
import { codePointLength, textLength } from '../../../common/busifavor/text-length';
import { STOCK_COLOR_NAMES, stockColorFolded } from '../../../common/busifavor/colors';
import { findings, NOW_MS, stock } from '../validate-busifavor/fixtures';

describe('character lengths (§2.2)', () => {
  const name21 = '一二三四五六七八九十一二三四五六七八九十一';
  it('count code points: 21 CJK pass stock_name, an emoji is one character', () => {
    expect(codePointLength(name21)).toBe(21);
    expect(codePointLength('🎉a')).toBe(2);
    expect(findings(stock('NORMAL', (b) => (b.stock_name = name21)))).toEqual([]);
    expect(findings(stock('NORMAL', (b) => (b.stock_name = `${'🎉'.repeat(21)}`)))).toEqual([]);
    expect(findings(stock('NORMAL', (b) => (b.stock_name = `${name21}a`))).map((f) => [f.code, f.limit, f.actual])).toEqual([['too_long', 21, 22]]);
  });
  it('switch to UTF-8 bytes for the unconfirmed reading', () => {
    expect(textLength(name21, 'utf8-bytes')).toBe(63);
    const found = findings(stock('NORMAL', (b) => (b.stock_name = name21)), { lengthUnit: 'utf8-bytes' });
    expect(found.map((f) => [f.path, f.code, f.limit, f.actual])).toEqual([['stock_name', 'too_long', 21, 63]]);
    expect(found[0]?.message['zh-CN']).toContain('字节');
  });
});

describe('RFC 3339 times in China time', () => {
  it('sends picked China times with +08:00 and reads any zone', () => {
    const s = parseChinaTimeInput('2026-05-01 09:30');
    expect(s.ok && toChinaRfc3339(s.value)).toBe('2026-05-01T09:30:00+08:00');
    expect(parseRfc3339('2026-05-01T01:30:00Z')).toEqual(parseRfc3339('2026-05-01T09:30:00+08:00'));
    expect(parseRfc3339('2026-05-01T09:30:00.120+08:00')).toEqual(parseRfc3339('2026-05-01T09:30:00+08:00'));
    const end = parseChinaTimeInput('2026-05-31', true);
    expect(end.ok && toChinaRfc3339(end.value)).toBe('2026-05-31T23:59:59+08:00');
  });
  it('refuses a time without a zone or an impossible date', () => {
    expect(parseRfc3339('2026-05-01T09:30:00')).toEqual({ ok: false, error: 'no_zone' });
    expect(parseRfc3339('2026-02-29T00:00:00+08:00')).toEqual({ ok: false, error: 'invalid' });
    expect(parseChinaTimeInput('明天').ok).toBe(false);
  });
});

describe('the zod model', () => {
  it('parses the examples and refuses a rule object of another stock type', () => {
    for (const type of ['NORMAL', 'DISCOUNT', 'EXCHANGE'] as const) expect(stockCreateBodySchema.safeParse(exampleStock(type, NOW_MS)).success).toBe(true);
    const wrong = stock('NORMAL', (b) => (b.coupon_use_rule = { ...b.coupon_use_rule, discount_coupon: { discount_percent: 88, transaction_minimum: 1 } }));
    expect(stockCreateBodySchema.safeParse(wrong).success).toBe(false);
    const hex = stock('NORMAL', (b) => (b.display_pattern_info.background_color = '#63b359'));
    expect(stockCreateBodySchema.safeParse(hex).success).toBe(false);
  });
  it('has the 10 colours, folded from another case', () => {
    expect(STOCK_COLOR_NAMES).toHaveLength(10);
    expect(stockColorFolded('COLOR030')).toBe('Color030');
    expect(stockColorFolded('Color081')).toBeUndefined();
  });
});

describe('local images', () => {
  it('are found in the image slots and swapped for the uploaded URL', () => {
    const hash = 'b'.repeat(64);
    const body = stock('NORMAL', (b) => (b.display_pattern_info.coupon_image_url = `local-image:${hash}`));
    expect(findStockImageRefs(body)).toEqual([{ path: 'display_pattern_info.coupon_image_url', hash }]);
    expect(findings(body, { mode: 'draft' })).toEqual([]);
    const url = 'https://wxpaylogo.qpic.cn/wxpaylogo/xyz/0';
    const done = replaceStockImageRefs(body, (h) => (h === hash ? url : undefined)) as typeof body;
    expect(done.display_pattern_info.coupon_image_url).toBe(url);
    expect(body.display_pattern_info.coupon_image_url).toBe(`local-image:${hash}`);
    expect(findings(done)).toEqual([]);
  });
});
