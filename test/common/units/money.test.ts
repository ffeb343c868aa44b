import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_FEN, fenToYuanString, formatYuan, parseYuan, plainDecimal, toHalfWidth } from '../../../common/units/money';
import { propertySeed } from '../../support/seed';

const fenOf = (input: string | number) => {
  const r = parseYuan(input);
  return r.ok ? r.value : undefined;
};
const messageOf = (input: string | number) => {
  const r = parseYuan(input);
  return r.ok ? undefined : r.error;
};

describe('parseYuan converts 元 text to integer 分 exactly', () => {
  it.each([
    ['9.9', 990],
    ['9.90', 990],
    ['¥9.9', 990],
    ['￥9.9', 990],
    ['9.9元', 990],
    ['¥ 9.90 元', 990],
    [' 1,000.5 ', 100050],
    ['1,234,567.89', 123456789],
    ['９．９', 990],
    ['１，０００．５０元', 100050],
    ['9。9', 990],
    ['0', 0],
    ['0.01', 1],
    ['.5', 50],
    ['5.', 500],
    ['007', 700],
    ['+5', 500],
    ['9.900', 990],
    ['-0', 0],
    ['\u00a09.9\u3000', 990],
    ['90071992547409.91', MAX_FEN],
  ])('%j → %i 分', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, value: fen });
  });

  it('takes a number through its shortest decimal text, so float traps come out exact', () => {
    // 19.99 * 100 = 1998.9999999999998 and 4.35 * 100 = 434.99999999999994 in floating point.
    expect(fenOf(9.9)).toBe(990);
    expect(fenOf(19.99)).toBe(1999);
    expect(fenOf(4.35)).toBe(435);
    expect(fenOf(1.15)).toBe(115);
    expect(fenOf(0.3)).toBe(30);
    expect(fenOf(-0)).toBe(0);
    expect(fenOf(1e3)).toBe(100000);
  });

  it('refuses a computed 0.1 + 0.2 instead of rounding it silently', () => {
    for (const computed of [0.1 + 0.2, 1.1 * 3, 1e-7]) {
      expect(messageOf(computed)?.en).toContain('more than 2 decimals');
    }
  });

  it.each(['9.999', '9.901', '0.001', '1,000.005'])('says %j has more than two decimals', (input) => {
    const message = messageOf(input);
    expect(message?.['zh-CN']).toContain('两位小数');
    expect(message?.en).toContain('never rounds');
  });

  it.each(['-9.9', '−9.9', '－9.9', '¥-5', '-¥5', '-0.01元'])('refuses the negative amount %j', (input) => {
    expect(messageOf(input)?.en).toContain('cannot be negative');
  });

  it.each(['abc', '9.9.9', '1e3', '9,9.9.', '¥', '元', '--5', '+-5', '5 5', '五元', 'Infinity', '0x10'])(
    'refuses the non-amount %j',
    (input) => {
      const message = messageOf(input);
      expect(message?.en).toContain('is not an amount');
      expect(message?.['zh-CN']).toContain('不是有效金额');
    },
  );

  it.each(['1,0000', '1,5', '12,34.5', ',100'])('explains misplaced thousands separators in %j', (input) => {
    expect(messageOf(input)?.en).toContain('thousands separators');
  });

  it('refuses empty input with its own message', () => {
    expect(messageOf('')?.en).toContain('Enter an amount');
    expect(messageOf('  ')?.en).toContain('Enter an amount');
  });

  it('refuses amounts beyond Number.MAX_SAFE_INTEGER 分, string or number', () => {
    expect(messageOf('90071992547409.92')?.en).toContain('too large');
    expect(messageOf('100000000000000')?.en).toContain('too large');
    expect(messageOf(1e21)?.en).toContain('too large');
    expect(messageOf(NaN)?.en).toContain('is not an amount');
    expect(messageOf(Infinity)?.en).toContain('is not an amount');
  });
});

describe('formatYuan and fenToYuanString show 分 as 元 without rounding', () => {
  it.each([
    [990, {}, '9.90'],
    [990, { unit: 'yen' }, '¥9.90'],
    [990, { unit: 'yuan' }, '9.90元'],
    [990, { unit: 'yuan', trimZeros: true }, '9.9元'],
    [1000, { trimZeros: true }, '10'],
    [5, {}, '0.05'],
    [0, {}, '0.00'],
    [100000050, { grouping: true, unit: 'yen' }, '¥1,000,000.50'],
    [-5, { unit: 'yen' }, '-¥0.05'],
    [MAX_FEN, {}, '90071992547409.91'],
    [9.5, {}, '0.095'],
  ] as const)('%d 分 with %j → %s', (fen, options, text) => {
    expect(formatYuan(fen, options)).toBe(text);
  });

  it('gives the shortest exact text for editing', () => {
    expect(fenToYuanString(990)).toBe('9.9');
    expect(fenToYuanString(1000)).toBe('10');
    expect(fenToYuanString(1)).toBe('0.01');
    expect(fenToYuanString(0)).toBe('0');
  });

  it('round-trips every 分 amount through every format back to the same 分', () => {
    const seed = propertySeed('fen → formatYuan → parseYuan');
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()),
        fc.constantFrom('none', 'yen', 'yuan'),
        fc.boolean(),
        fc.boolean(),
        (fen, unit, trimZeros, grouping) => {
          const text = formatYuan(fen, { unit, trimZeros, grouping });
          expect(parseYuan(text)).toEqual({ ok: true, value: fen });
          expect(parseYuan(fenToYuanString(fen))).toEqual({ ok: true, value: fen });
        },
      ),
      { seed, numRuns: 2000 },
    );
  });

  it('reads a number with two decimals as exactly its 分', () => {
    const seed = propertySeed('yuan number → fen');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 13 }), (fen) => {
        expect(parseYuan(fen / 100)).toEqual({ ok: true, value: fen });
      }),
      { seed, numRuns: 3000 },
    );
  });
});

describe('decimal text helpers', () => {
  it('expands exponent notation without changing the digits', () => {
    expect(plainDecimal(1e-7)).toBe('0.0000001');
    expect(plainDecimal(1.5e-10)).toBe('0.00000000015');
    expect(plainDecimal(1e21)).toBe('1000000000000000000000');
    expect(plainDecimal(-1.25e22)).toBe('-12500000000000000000000');
    expect(plainDecimal(9.9)).toBe('9.9');
  });

  it('folds full-width digits, points and the ideographic space', () => {
    expect(toHalfWidth('０１２３４５６７８９．，－＋\u3000')).toBe('0123456789.,-+ ');
  });
});
