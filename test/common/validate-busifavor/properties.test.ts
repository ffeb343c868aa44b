import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stockCreateBodySchema } from '../../../common/busifavor/schema';
import { STOCK_FINDING_CODES, hasErrors, validateStock } from '../../../common/validate-busifavor';
import { withoutNulls } from '../../../common/validate/nulls';
import { propertySeed } from '../../support/seed';
import { NOW_MS, stock, type Loose } from './fixtures';

/** Every object/array slot of a body, as a path of keys. */
function slots(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [path, ...value.flatMap((v, i) => slots(v, [...path, i]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([k, v]) => slots(v, [...path, k]))];
  return [path];
}

const jsonValue = fc.oneof(fc.integer({ min: -5, max: 20_000_000 }), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ maxLength: 40 }), fc.boolean(), fc.constant(null), fc.constant([]), fc.constant({}), fc.constantFrom('Color030', 'COLOR030', 'NORMAL', 'DISCOUNT', 'SELF_CONSUME', '2026-05-02T00:00:00+08:00', '2026-05-02T00:00:00', 'https://wxpaylogo.qpic.cn/x/0'));

/** A valid stock with one to three random edits: a value replaced, a key added or a key deleted. */
const mutated = fc
  .tuple(fc.constantFrom('NORMAL', 'DISCOUNT', 'EXCHANGE' as const), fc.array(fc.tuple(fc.nat(), fc.constantFrom('set', 'add', 'delete' as const), fc.constantFrom('x', 'comment', 'discount_coupon', 'week_day', 'stock_type'), jsonValue), { minLength: 1, maxLength: 3 }))
  .map(([type, edits]) =>
    stock(type, (b) => {
      for (const [pick, op, key, generated] of edits) {
        // A copy: fc.constant({}) hands out one shared instance, so inserting it twice (set, then
        // add into it) built a cycle and slots() overflowed the stack (seed 767059365).
        const value: unknown = structuredClone(generated);
        const all = slots(b).filter((p) => p.length > 0);
        const path = all[pick % all.length] as (string | number)[];
        const parent = path.slice(0, -1).reduce<Loose>((node, k) => node[k] as Loose, b);
        const last = String(path[path.length - 1]);
        const inList = Array.isArray(parent as unknown); // as unknown: keep `parent` un-narrowed below
        if (op === 'set') parent[last] = value;
        else if (op === 'delete' && !inList) delete parent[last];
        else if (op === 'add') {
          const child: unknown = parent[last];
          if (typeof child === 'object' && child !== null && !Array.isArray(child)) (child as Loose)[key] = value;
        }
      }
    }),
  );

describe('validateStock on mutated stocks', () => {
  it('never throws; findings are bilingual with the table severity; no errors means the zod model accepts the body', () => {
    const seed = propertySeed('busifavor totality');
    fc.assert(
      fc.property(mutated, (body) => {
        const found = validateStock(body, { nowMs: NOW_MS });
        for (const f of found) {
          expect(f.message['zh-CN']).toMatch(/[\u4e00-\u9fa5]/);
          expect(f.message.en).not.toBe(f.message['zh-CN']);
          const spec: { severity: string; errcode?: string } = STOCK_FINDING_CODES[f.code];
          expect(f.severity).toBe(spec.severity);
        }
        if (!hasErrors(found)) expect(stockCreateBodySchema.safeParse(withoutNulls(body)).success).toBe(true);
      }),
      { seed, numRuns: 1500 },
    );
  });
});
