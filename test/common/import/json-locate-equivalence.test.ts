import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseJsonLocated } from '../../../common/import/json-locate';
import { propertySeed } from '../../support/seed';

/** Deep equality that also checks key order, prototypes and -0: "identical results" to JSON.parse. */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => sameJson(x, b[i]));
  if (a !== null && typeof a === 'object') {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameJson(ra[k], rb[k]));
  }
  return a === b;
}

/**
 * Our verdict must match JSON.parse's: same value when it accepts, a located error when it
 * throws. The one deliberate difference: a leading byte-order mark is stripped first.
 */
function agreesWithJsonParse(text: string): void {
  let expected: { ok: true; value: unknown } | { ok: false };
  try {
    expected = { ok: true, value: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    expected = { ok: false };
  }
  const actual = parseJsonLocated(text);
  expect(actual.ok, `verdict for ${JSON.stringify(text)}`).toBe(expected.ok);
  if (actual.ok && expected.ok) expect(sameJson(actual.value, expected.value), `value for ${JSON.stringify(text)}`).toBe(true);
  if (!actual.ok) {
    expect(actual.error.offset).toBeGreaterThanOrEqual(0);
    expect(actual.error.offset).toBeLessThanOrEqual(text.length);
    expect(actual.error.line).toBeGreaterThanOrEqual(1);
    expect(actual.error.column).toBeGreaterThanOrEqual(1);
  }
}

const indent = fc.constantFrom<string | number | undefined>(undefined, 0, 2, '\t', '\r\n ');
// JSON's own syntax, plus whitespace JSON does not allow (\v \f NBSP U+2028 BOM U+3000) and look-alikes.
const syntaxChars = fc.constantFrom(...'{}[],:"\\ \n\t\r\v\f\u00a0\u2028\ufeff\u3000\u00000123456789-+.eEtrufalsnu/\'“，'.split(''));

describe('parseJsonLocated gives exactly what JSON.parse gives', () => {
  it('on fc.json() texts', () => {
    const seed = propertySeed('json-locate vs JSON.parse: fc.json');
    fc.assert(fc.property(fc.json(), agreesWithJsonParse), { seed, numRuns: 1000 });
  });

  it('on fc.jsonValue() values stringified with any indentation', () => {
    const seed = propertySeed('json-locate vs JSON.parse: fc.jsonValue');
    fc.assert(
      fc.property(fc.jsonValue(), indent, (value, space) => agreesWithJsonParse(JSON.stringify(value, null, space))),
      { seed, numRuns: 1000 },
    );
  });

  it('on texts with unicode, escapes and "__proto__" keys', () => {
    const seed = propertySeed('json-locate vs JSON.parse: unicode');
    const key = fc.oneof(fc.string({ unit: 'binary' }), fc.constant('__proto__'), fc.constant('constructor'));
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(fc.property(value, indent, (v, space) => agreesWithJsonParse(JSON.stringify(v, null, space) ?? 'null')), {
      seed,
      numRuns: 1000,
    });
  });

  it('on valid JSON with one character deleted, inserted or replaced', () => {
    const seed = propertySeed('json-locate vs JSON.parse: mutations');
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.constantFrom('delete', 'insert', 'replace'), syntaxChars, (text, at, op, ch) => {
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        const mutated =
          op === 'delete' ? text.slice(0, i) + text.slice(i + 1) : op === 'insert' ? text.slice(0, i) + ch + text.slice(i) : text.slice(0, i) + ch + text.slice(i + 1);
        agreesWithJsonParse(mutated);
      }),
      { seed, numRuns: 3000 },
    );
  });

  it('on short strings made of JSON syntax characters', () => {
    const seed = propertySeed('json-locate vs JSON.parse: syntax soup');
    fc.assert(fc.property(fc.string({ unit: syntaxChars, maxLength: 24 }), agreesWithJsonParse), { seed, numRuns: 5000 });
  });
});
