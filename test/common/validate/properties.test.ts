import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CARD_TYPES } from '../../../common/coupon/card-types';
import { exampleCoupon } from '../../../common/coupon/examples';
import { cardCreateBodySchema } from '../../../common/coupon/schema';
import { hasErrors, normalizeCardBody, validateCoupon } from '../../../common/validate';
import { MUTATION_KINDS, mutation, validCoupon } from '../../support/coupon-arbitraries';
import { propertySeed } from '../../support/seed';

const STORES = [291710000, 291710001, 291710002];
/** Any instant from 2020 to 2037, so "now" never sits at a convenient place. */
const anyNow = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2037, 0, 1) });
const errorsOf = (body: unknown, nowMs: number, mode: 'draft' | 'submit' = 'submit') =>
  validateCoupon(body, { nowMs, mode }).filter((f) => f.severity === 'error');

describe('valid coupons validate clean', () => {
  it.each(CARD_TYPES)('%s: no errors, and the zod schema parses it', (type) => {
    const seed = propertySeed(`valid ${type}`);
    fc.assert(
      fc.property(anyNow.chain((now) => validCoupon(type, now, { storeIds: STORES }).map((body) => ({ now, body }))), ({ now, body }) => {
        expect(errorsOf(body, now)).toEqual([]);
        expect(cardCreateBodySchema.safeParse(body).success).toBe(true);
      }),
      { seed, numRuns: 150 },
    );
  });

  it('drafts with local images are clean in draft mode and refused only for those images on submit', () => {
    const seed = propertySeed('valid drafts with local images');
    fc.assert(
      fc.property(validCoupon(undefined, Date.UTC(2026, 4, 1), { localImages: true }), (body) => {
        const now = Date.UTC(2026, 4, 1);
        expect(errorsOf(body, now, 'draft')).toEqual([]);
        for (const f of errorsOf(body, now, 'submit')) expect([f.code, f.errcode]).toEqual(['image_not_uploaded', 40141]);
      }),
      { seed, numRuns: 150 },
    );
  });
});

describe('each single mutation gives exactly the expected error', () => {
  it('across all kinds and types', () => {
    const seed = propertySeed('single mutations');
    fc.assert(
      fc.property(anyNow.chain((now) => mutation(undefined, now, { storeIds: STORES }).map((m) => ({ now, m }))), ({ now, m }) => {
        const found = errorsOf(m.body, now, m.mode).map((f) => [f.path, f.code, f.errcode]);
        expect(found, m.kind).toEqual([[m.expectedPath, m.expectedCode, m.expectedErrcode]]);
      }),
      { seed, numRuns: 1500 },
    );
  });

  it.each(MUTATION_KINDS)('kind %s', (kind) => {
    const seed = propertySeed(`mutation ${kind}`);
    fc.assert(
      fc.property(mutation(undefined, Date.UTC(2026, 4, 1, 4), { storeIds: STORES, kinds: [kind] }), (m) => {
        const found = errorsOf(m.body, Date.UTC(2026, 4, 1, 4), m.mode).map((f) => [f.path, f.code, f.errcode]);
        expect(found).toEqual([[m.expectedPath, m.expectedCode, m.expectedErrcode]]);
      }),
      { seed, numRuns: 40 },
    );
  });

  it('also when the drafts hold local images and are checked in draft mode', () => {
    const seed = propertySeed('mutations of drafts');
    const now = Date.UTC(2026, 4, 1, 4);
    fc.assert(
      fc.property(mutation(undefined, now, { localImages: true }), (m) => {
        expect(m.mode).toBe('draft');
        expect(errorsOf(m.body, now, m.mode).map((f) => [f.path, f.code])).toEqual([[m.expectedPath, m.expectedCode]]);
      }),
      { seed, numRuns: 300 },
    );
  });
});

describe('totality: validateCoupon never throws', () => {
  const now = Date.UTC(2026, 4, 1, 4);
  const check = (body: unknown, mode?: 'draft' | 'submit') => {
    const found = validateCoupon(body, { nowMs: now, mode });
    expect(Array.isArray(found)).toBe(true);
    return found;
  };

  it('on anything at all', () => {
    const seed = propertySeed('totality anything');
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withNullPrototype: true, withBoxedValues: true, withObjectString: true }), fc.constantFrom<'draft' | 'submit'>('draft', 'submit'), (body, mode) => {
        check(body, mode);
      }),
      { seed, numRuns: 2000 },
    );
  });

  it('on any JSON text', () => {
    const seed = propertySeed('totality json');
    fc.assert(fc.property(fc.oneof(fc.json(), fc.string()), (text) => void check(text)), { seed, numRuns: 1000 });
  });

  it('on a valid coupon with any subtree replaced by junk, and then agrees with the zod schema', () => {
    const seed = propertySeed('totality deep junk');
    const junkAt = fc.tuple(validCoupon(undefined, now, { storeIds: STORES }), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.anything({ withNullPrototype: true, withSparseArray: true }));
    fc.assert(
      fc.property(junkAt, ([valid, steps, junk]) => {
        const body = structuredClone(valid) as unknown;
        let holder = body as Record<string, unknown>;
        for (const [i, step] of steps.entries()) {
          const keys = Object.keys(holder);
          const key = keys[step % Math.max(1, keys.length)] ?? 'x';
          const next = holder[key];
          if (i === steps.length - 1 || typeof next !== 'object' || next === null) {
            holder[key] = junk;
            break;
          }
          holder = next as Record<string, unknown>;
        }
        const found = check(body);
        // The validator is at least as strict as the schema: clean ⇒ the schema parses the body as
        // Weixin reads it (null fields are absent, a rule shared with the sandbox).
        if (!hasErrors(found)) expect(cardCreateBodySchema.safeParse(normalizeCardBody(body)).success).toBe(true);
      }),
      { seed, numRuns: 1500 },
    );
  });

  it('on exotic in-memory values: throwing getters and proxies give an "unreadable" error', () => {
    const body = exampleCoupon('CASH', now) as unknown as { card: Record<string, unknown> };
    Object.defineProperty(body.card, 'cash', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(check(body).map((f) => [f.code, f.errcode])).toEqual([['unreadable', 47001]]);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(check({ card: trap }).map((f) => f.code)).toContain('unreadable');
  });

  it('with an odd injected clock', () => {
    for (const nowMs of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      expect(Array.isArray(validateCoupon(exampleCoupon('GIFT', now), { nowMs }))).toBe(true);
    }
  });
});
