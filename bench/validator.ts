import fc from 'fast-check';
import { validateCoupon } from '../common/validate';
import { validCoupon } from '../test/support/coupon-arbitraries';
import type { Bench } from './index';
import { median, time } from './measure';

/**
 * validateCoupon against JSON.parse, both on the same 10,000 mixed-type coupons in the same run:
 * the validator runs on every keystroke and on whole batches, so it should cost about as much as
 * reading the JSON it checks. Prints µs per coupon (median of several rounds) and the ratio.
 */
const COUNT = 10_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 9;
const NOW_MS = Date.UTC(2026, 4, 1, 4, 0, 0);

export const bench: Bench = {
  name: `validator: validateCoupon vs JSON.parse on ${COUNT.toLocaleString('en')} coupons`,
  run() {
    const coupons = fc.sample(validCoupon(undefined, NOW_MS, { storeIds: [291710000, 291710001, 291710002] }), { numRuns: COUNT, seed: 20260501 });
    const texts = coupons.map((c) => JSON.stringify(c));
    const totalBytes = texts.reduce((n, t) => n + t.length, 0);
    let parsed: unknown[] = [];
    let errors = 0;
    const parseMs: number[] = [];
    const validateMs: number[] = [];
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      const p = time(() => {
        parsed = texts.map((t) => JSON.parse(t) as unknown);
      });
      const v = time(() => {
        errors = 0;
        for (const body of parsed) {
          for (const f of validateCoupon(body, { nowMs: NOW_MS })) if (f.severity === 'error') errors++;
        }
      });
      if (round >= WARMUP_ROUNDS) {
        parseMs.push(p);
        validateMs.push(v);
      }
    }
    const perParse = (median(parseMs) * 1000) / COUNT;
    const perValidate = (median(validateMs) * 1000) / COUNT;
    console.log(`coupons: ${COUNT} (mixed types), JSON text ${(totalBytes / COUNT).toFixed(0)} chars on average; errors found: ${errors} (expected 0)`);
    console.log(`JSON.parse      ${perParse.toFixed(2)} µs/coupon (median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up)`);
    console.log(`validateCoupon  ${perValidate.toFixed(2)} µs/coupon`);
    console.log(`ratio validateCoupon / JSON.parse = ${(perValidate / perParse).toFixed(2)}`);
  },
};
