import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { truncateUtf8, utf8ByteLength } from '../../common/text/utf8';
import { propertySeed } from '../support/seed';

describe('utf8ByteLength counts what Weixin counts (§4.1)', () => {
  it.each([
    ['100元面值充值卡哈哈', 27],
    ['1000元面值充值卡哈哈', 28],
    ['双人套餐100元兑换券', 27],
    ['Y132元双人火锅套餐', 25],
    ['，。！', 9],
    ['😀', 4],
    ['𠀀', 4],
    ['é', 2],
    ['', 0],
  ])('%s is %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
  });

  it('counts a lone surrogate as the 3-byte replacement character', () => {
    expect(utf8ByteLength('\ud800')).toBe(3);
    expect(utf8ByteLength('a\udc00b')).toBe(5);
  });

  it('agrees with TextEncoder on any string', () => {
    const seed = propertySeed('utf8ByteLength vs TextEncoder');
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => utf8ByteLength(s) === encoder.encode(s).length),
      { seed, numRuns: 2000 },
    );
  });
});

describe('truncateUtf8', () => {
  it('never splits a character and never exceeds the budget', () => {
    expect(truncateUtf8('100元面值充值卡哈哈哈', 27)).toBe('100元面值充值卡哈哈');
    expect(truncateUtf8('a😀b', 4)).toBe('a');
    const seed = propertySeed('truncateUtf8');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(60), (s, max) => {
        const cut = truncateUtf8(s, max);
        return s.startsWith(cut) && utf8ByteLength(cut) <= max;
      }),
      { seed, numRuns: 1000 },
    );
  });
});
