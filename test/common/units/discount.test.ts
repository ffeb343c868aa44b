import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatZhe,
  formatZheChinese,
  parsePercentOff,
  parseZhe,
  percentOffToZhe,
  zheLocalized,
} from '../../../common/units/discount';
import { propertySeed } from '../../support/seed';

const errorOf = (input: string | number) => {
  const r = parseZhe(input);
  return r.ok ? undefined : r.error;
};

describe('parseZhe turns 折 into Weixin percent off ("填30就是七折")', () => {
  it.each([
    ['7', 30],
    ['7.5', 25],
    ['7.5折', 25],
    ['7.50', 25],
    ['9.9', 1],
    ['0.1', 99],
    ['8.8折', 12],
    ['5折', 50],
    ['1折', 90],
    ['７．５折', 25],
    ['7。5', 25],
    [' 7.5 折 ', 25],
    ['打7折', 30],
    ['75折', 25],
    ['95折', 5],
    ['88折', 12],
    ['七折', 30],
    ['七五折', 25],
    ['七点五折', 25],
    ['八八折', 12],
    ['九折', 10],
    ['九五折', 5],
    ['九九折', 1],
    ['二折', 80],
    ['两折', 80],
    ['零点五折', 95],
    ['打八折', 20],
    ['半价', 50],
    ['对折', 50],
  ])('%j → %i%% off', (input, percentOff) => {
    expect(parseZhe(input)).toEqual({ ok: true, value: percentOff });
  });

  it('takes numbers through their decimal text', () => {
    expect(parseZhe(7.5)).toEqual({ ok: true, value: 25 });
    expect(parseZhe(9.9)).toEqual({ ok: true, value: 1 });
    expect(parseZhe(0.1)).toEqual({ ok: true, value: 99 });
    expect(errorOf(0.1 + 0.2)?.en).toContain('not a whole percent');
  });

  it.each(['10', '10折', '10.0', '十折', '原价', '不打折', 10])('refuses %j: full price is no discount', (input) => {
    expect(errorOf(input)?.en).toContain('full price');
    expect(errorOf(input)?.['zh-CN']).toContain('原价');
  });

  it.each(['0', '0折', '0.0', '零折', '免费', 0])('refuses %j: 0折 would be free', (input) => {
    expect(errorOf(input)?.en).toContain('free');
  });

  it.each(['7.55', '7.55折', '0.05', '9.99'])('refuses %j: not a whole percent off', (input) => {
    const message = errorOf(input);
    expect(message?.en).toContain('not a whole percent');
    expect(message?.['zh-CN']).toContain('最多一位小数');
  });

  it.each(['75', '11', '10.5', '100折', '750折'])('refuses %j as outside 0.1–9.9 and suggests 7.5', (input) => {
    expect(errorOf(input)?.en).toContain('outside 0.1–9.9');
  });

  it('refuses negatives, junk and empty input, each with its message', () => {
    expect(errorOf('-3')?.en).toContain('negative');
    expect(errorOf('abc')?.en).toContain('is not a discount');
    expect(errorOf('七折半')?.en).toContain('is not a discount');
    expect(errorOf(NaN)?.en).toContain('is not a discount');
    expect(errorOf('')?.en).toContain('Enter a discount');
  });
});

describe('showing a percent off as 折', () => {
  it.each([
    [30, 7, '7折', '30% off', '七折'],
    [25, 7.5, '7.5折', '25% off', '七五折'],
    [12, 8.8, '8.8折', '12% off', '八八折'],
    [10, 9, '9折', '10% off', '九折'],
    [1, 9.9, '9.9折', '1% off', '九九折'],
    [50, 5, '5折', '50% off', '五折'],
    [80, 2, '2折', '80% off', '二折'],
    [95, 0.5, '0.5折', '95% off', '零点五折'],
    [99, 0.1, '0.1折', '99% off', '零点一折'],
  ])('%i%% off = %s折', (percentOff, zhe, zh, en, chinese) => {
    expect(percentOffToZhe(percentOff)).toBe(zhe);
    expect(formatZhe(percentOff, 'zh-CN')).toBe(zh);
    expect(formatZhe(percentOff, 'en')).toBe(en);
    expect(formatZheChinese(percentOff)).toBe(chinese);
    expect(zheLocalized(percentOff)).toEqual({ 'zh-CN': zh, en });
  });

  it('round-trips every percent off 1..99 through 折 and back, in every spelling', () => {
    const seed = propertySeed('percentOff → 折 → percentOff');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (percentOff) => {
        expect(parseZhe(percentOffToZhe(percentOff))).toEqual({ ok: true, value: percentOff });
        expect(parseZhe(formatZhe(percentOff, 'zh-CN'))).toEqual({ ok: true, value: percentOff });
        expect(parseZhe(formatZheChinese(percentOff))).toEqual({ ok: true, value: percentOff });
        expect(parsePercentOff(formatZhe(percentOff, 'en'))).toEqual({ ok: true, value: percentOff });
      }),
      { seed, numRuns: 500 },
    );
  });
});

describe('parsePercentOff reads the English form', () => {
  it.each([
    ['25', 25],
    ['25%', 25],
    ['25% off', 25],
    ['1', 1],
    ['99 %', 99],
    [30, 30],
  ])('%j → %i', (input, value) => {
    expect(parsePercentOff(input)).toEqual({ ok: true, value });
  });

  it.each(['0', '100', '25.5', '-5', 'abc', ''])('refuses %j', (input) => {
    const r = parsePercentOff(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.en).toContain('1 to 99');
  });
});
