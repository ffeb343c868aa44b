import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_TYPES } from '../../../common/coupon/card-types';
import { GUIDE_GROUPON_EXAMPLE_TEXT, exampleCoupon, exampleDateRange } from '../../../common/coupon/examples';
import { cardCreateBodySchema } from '../../../common/coupon/schema';
import { isEndOfChinaDay } from '../../../common/units/china-time';
import { validateCoupon } from '../../../common/validate';
import { propertySeed } from '../../support/seed';

const NOW = Date.UTC(2026, 4, 1, 4);

describe('example coupons', () => {
  it.each(CARD_TYPES)('%s is complete and valid: no errors and no warnings', (type) => {
    const body = exampleCoupon(type, NOW);
    expect(body.card.card_type).toBe(type);
    expect(validateCoupon(body, { nowMs: NOW })).toEqual([]);
    expect(cardCreateBodySchema.safeParse(body).success).toBe(true);
    expect(JSON.stringify(body)).toMatch(/mmbiz\.qpic\.cn/);
  });

  it('stays valid whenever it is made, and ends at 23:59:59 China time in the future', () => {
    const seed = propertySeed('examples at any now');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2037, 0, 1) }), fc.constantFrom(...CARD_TYPES), (now, type) => {
        expect(validateCoupon(exampleCoupon(type, now), { nowMs: now })).toEqual([]);
        const { begin_timestamp, end_timestamp } = exampleDateRange(now);
        expect(isEndOfChinaDay(end_timestamp)).toBe(true);
        expect(end_timestamp * 1000).toBeGreaterThan(now);
        expect(begin_timestamp * 1000).toBeLessThanOrEqual(now);
      }),
      { seed, numRuns: 300 },
    );
  });

  it('returns a fresh object each time, so drafts never share state', () => {
    const a = exampleCoupon('CASH', NOW);
    const b = exampleCoupon('CASH', NOW);
    expect(a).toEqual(b);
    expect(a).not.toBe(b);
    expect(a.card).not.toBe(b.card);
  });
});

describe("the guide's GROUPON example text", () => {
  it('is the verbatim, malformed text of the creation guide', () => {
    expect(GUIDE_GROUPON_EXAMPLE_TEXT.startsWith('{\n"card": {\n"card_type": "GROUPON",')).toBe(true);
    expect(GUIDE_GROUPON_EXAMPLE_TEXT.endsWith('\n}\n}}')).toBe(true);
    expect(GUIDE_GROUPON_EXAMPLE_TEXT).toContain('"center_sub_title": "Words under the button\n"center_url": "www.qq.com",');
    expect(GUIDE_GROUPON_EXAMPLE_TEXT).toContain('"description": "Using with other coupons is not allowed\\nAsk the merchant');
    expect(GUIDE_GROUPON_EXAMPLE_TEXT).toContain('{\n"type": "HOLIDAY"\n}');
    expect(GUIDE_GROUPON_EXAMPLE_TEXT).toHaveLength(2618);
    expect(() => JSON.parse(GUIDE_GROUPON_EXAMPLE_TEXT)).toThrow();
  });
});
