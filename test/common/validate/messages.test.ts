import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FINDING_CODES, hasErrors, summarizeFindings, validateCoupon, type Finding } from '../../../common/validate';
import { mutation } from '../../support/coupon-arbitraries';
import { propertySeed } from '../../support/seed';
import { NOW_MS, coupon } from './fixtures';

const CJK = /[\u4e00-\u9fa5]/;

describe('finding messages', () => {
  it('are bilingual for every kind of mistake, and errors carry the table errcode', () => {
    const seed = propertySeed('messages are bilingual');
    const seen = new Set<string>();
    fc.assert(
      fc.property(mutation(undefined, NOW_MS, { storeIds: [291710000, 291710001] }), (m) => {
        for (const f of validateCoupon(m.body, { nowMs: NOW_MS, mode: m.mode, intent: { paycell: true, selfConsume: true } })) {
          seen.add(f.code);
          expect(CJK.test(f.message['zh-CN']), f.code).toBe(true);
          // English may quote the user's (Chinese) value, so it is checked for English words instead.
          expect(f.message.en, f.code).toMatch(/[A-Za-z]{3,}[^]*[A-Za-z]{3,}/);
          expect(f.message.en).not.toBe(f.message['zh-CN']);
          const spec: { severity: string; errcode?: number } = FINDING_CODES[f.code];
          expect(f.severity).toBe(spec.severity);
          if (spec.severity === 'error') expect(f.errcode).toBe(spec.errcode);
        }
      }),
      { seed, numRuns: 600 },
    );
    expect(seen.size).toBeGreaterThan(35);
  });

  it('say the limit, the actual value and what to do', () => {
    const [f] = validateCoupon(coupon('CASH', (h) => (h.base.sku = { quantity: 100_000_001 })), { nowMs: NOW_MS });
    expect(f?.message['zh-CN']).toBe('库存须在 1 到 100000000 之间，现在是 100000001：请填写范围内的数量');
    expect(f?.message.en).toBe('Stock must be between 1 and 100000000; it is 100000001: enter a number in range');
    expect(f).toMatchObject({ limit: 100_000_000, actual: 100_000_001 });
  });

  it('name list items by position', () => {
    const [f] = validateCoupon(coupon('CASH', (h) => (h.adv().text_image_list = [{ image_url: 'https://mmbiz.qpic.cn/a/0', text: '图' }, { image_url: 'https://mmbiz.qpic.cn/a/0' }])), { nowMs: NOW_MS });
    expect(f?.message['zh-CN']).toContain('图文描述（第 2 项）');
    expect(f?.message.en).toContain('Detail text (item 2)');
  });
});

describe('summaries', () => {
  const findings: Finding[] = validateCoupon(
    coupon('CASH', (h) => {
      h.base.title = '1000元面值充值卡哈哈';
      h.base.brand_name = '很长很长很长很长很长很长很长很长很长很长';
      h.base.get_limit = 0;
      h.date.end_timestamp = Number(h.date.end_timestamp) - 1;
    }),
    { nowMs: NOW_MS },
  );

  it('counts errors by errcode and findings by path', () => {
    expect(hasErrors(findings)).toBe(true);
    const s = summarizeFindings(findings);
    expect(s).toMatchObject({ errors: 3, warnings: 1 });
    expect({ ...s.byErrcode }).toEqual({ 45021: 2, 40097: 1 });
    expect(s.byPath['card.cash.base_info.title']).toBe(1);
  });

  it('sees no errors when there are only warnings', () => {
    const onlyWarnings = findings.filter((f) => f.severity === 'warning');
    expect(hasErrors(onlyWarnings)).toBe(false);
    expect(hasErrors([])).toBe(false);
  });

  it('counts a path named __proto__ like any other', () => {
    const s = summarizeFindings(validateCoupon({ card: {}, __proto__x: 1, ['__proto__']: 1 } as unknown, { nowMs: NOW_MS }));
    expect(s.errors).toBeGreaterThan(0);
    const parsed = validateCoupon(JSON.parse('{"__proto__": 1, "card": 1}'), { nowMs: NOW_MS });
    expect(summarizeFindings(parsed).byPath['__proto__']).toBe(1);
  });
});
