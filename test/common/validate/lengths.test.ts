import { describe, expect, it } from 'vitest';
import { BYTE_LIMITS } from '../../../common/coupon/limits';
import type { CardType } from '../../../common/coupon/card-types';
import { utf8ByteLength } from '../../../common/text/utf8';
import { coupon, errors, expectNoErrors, expectOnlyError, type Handles } from './fixtures';

/** A string of exactly n UTF-8 bytes: CJK where possible, ASCII for the rest. */
const cjkBytes = (n: number) => '券'.repeat(Math.floor(n / 3)) + 'a'.repeat(n % 3);
const urlBytes = (n: number) => `https://mmbiz.qpic.cn/mmbiz_png/${'A'.repeat(n - 34)}/0`;

type Setter = { type: CardType; path: (h: Handles) => string; set: (h: Handles, v: string) => void; image?: boolean };

/** How to put a value into each byte-limited field, and the path its finding must carry. */
function setter(pattern: keyof typeof BYTE_LIMITS): Setter {
  const [head, ...rest] = pattern.split('.') as [string, ...string[]];
  const leaf = rest.join('.');
  // A Mini Program user name must stay gh_…@app, and a page path needs one (guide-rules.ts).
  if (leaf.endsWith('_app_brand_user_name')) return { type: 'GROUPON', path: (h) => `${h.p}.${pattern}`, set: (h, v) => (h.base[leaf] = `gh_${'a'.repeat(utf8ByteLength(v) - 7)}@app`) };
  if (leaf.endsWith('_app_brand_pass')) {
    const user = leaf.replace('_pass', '_user_name');
    return { type: 'GROUPON', path: (h) => `${h.p}.${pattern}`, set: (h, v) => Object.assign(h.base, { [leaf]: v, [user]: 'gh_abcdef123456@app' }) };
  }
  if (head === 'base_info') return { type: 'GROUPON', path: (h) => `${h.p}.${pattern}`, set: (h, v) => (h.base[leaf] = v), image: leaf === 'logo_url' };
  if (head === 'groupon' || head === 'gift' || head === 'general_coupon') {
    const type = ({ groupon: 'GROUPON', gift: 'GIFT', general_coupon: 'GENERAL_COUPON' } as const)[head];
    return { type, path: (h) => `${h.p}.${leaf}`, set: (h, v) => (h.obj[leaf] = v) };
  }
  switch (pattern) {
    case 'advanced_info.use_condition.accept_category':
    case 'advanced_info.use_condition.reject_category':
      return { type: 'CASH', path: (h) => `${h.p}.${pattern}`, set: (h, v) => (h.adv().use_condition = { [pattern.split('.')[2] as string]: v }) };
    case 'advanced_info.use_condition.object_use_for':
      return { type: 'GIFT', path: (h) => `${h.p}.${pattern}`, set: (h, v) => (h.adv().use_condition = { object_use_for: v }) };
    case 'advanced_info.abstract.abstract':
      return { type: 'CASH', path: (h) => `${h.p}.${pattern}`, set: (h, v) => (h.adv().abstract = { abstract: v, icon_url_list: [urlBytes(60)] }) };
    case 'advanced_info.abstract.icon_url_list[]':
      return { type: 'CASH', path: (h) => `${h.p}.advanced_info.abstract.icon_url_list[0]`, set: (h, v) => (h.adv().abstract = { icon_url_list: [v] }), image: true };
    case 'advanced_info.text_image_list[].image_url':
      return { type: 'CASH', path: (h) => `${h.p}.advanced_info.text_image_list[0].image_url`, set: (h, v) => (h.adv().text_image_list = [{ image_url: v, text: '图文' }]), image: true };
    case 'advanced_info.text_image_list[].text':
      return { type: 'CASH', path: (h) => `${h.p}.advanced_info.text_image_list[0].text`, set: (h, v) => (h.adv().text_image_list = [{ image_url: urlBytes(60), text: v }]) };
    default:
      throw new Error(`no setter for ${pattern}`);
  }
}

describe('UTF-8 byte limits (§4.1, 45021)', () => {
  it('accepts the 27-byte title 100元面值充值卡哈哈 and refuses the 28-byte 1000元面值充值卡哈哈', () => {
    expectNoErrors(coupon('CASH', (h) => (h.base.title = '100元面值充值卡哈哈')));
    const f = expectOnlyError(coupon('CASH', (h) => (h.base.title = '1000元面值充值卡哈哈')), 'card.cash.base_info.title', 'too_long', 45021);
    expect(f).toMatchObject({ limit: 27, actual: 28 });
    expect(f.message['zh-CN']).toBe('卡券名最多 27 字节（约 9 个汉字），现在 28 字节：请删减 1 字节');
    expect(f.message.en).toBe('Title is at most 27 bytes (about 9 Chinese characters); it is 28 bytes: remove 1 byte');
  });

  it('counts emoji as 4 bytes and full-width punctuation as 3', () => {
    const emoji6 = '😀🎉🍲🧧😀🎉'; // 24 bytes
    expectNoErrors(coupon('GIFT', (h) => (h.base.title = `${emoji6}abc`)));
    expect(errors(coupon('GIFT', (h) => (h.base.title = `${emoji6}abcd`)))[0]).toMatchObject({ code: 'too_long', actual: 28 });
    expectNoErrors(coupon('GIFT', (h) => (h.base.title = '，'.repeat(9))));
    expect(errors(coupon('GIFT', (h) => (h.base.title = `${'，'.repeat(9)}a`)))[0]).toMatchObject({ code: 'too_long', actual: 28 });
    expect(errors(coupon('GIFT', (h) => (h.base.title = '😀'.repeat(7))))[0]).toMatchObject({ code: 'too_long', actual: 28 });
  });

  it('counts a line break in the description as one byte', () => {
    expectNoErrors(coupon('GIFT', (h) => (h.base.description = `${cjkBytes(3069)}\n\n\n`)));
    expect(utf8ByteLength(`${cjkBytes(3069)}\n\n\n\n`)).toBe(3073);
    expect(errors(coupon('GIFT', (h) => (h.base.description = `${cjkBytes(3069)}\n\n\n\n`)))).toHaveLength(1);
  });

  describe.each(Object.keys(BYTE_LIMITS) as (keyof typeof BYTE_LIMITS)[])('%s', (pattern) => {
    const limit = BYTE_LIMITS[pattern];
    const s = setter(pattern);
    const value = (n: number) => (s.image ? urlBytes(n) : cjkBytes(n));

    it(`passes at exactly ${limit} bytes`, () => {
      expectNoErrors(coupon(s.type, (h) => s.set(h, value(limit))));
    });

    it(`fails at ${limit + 1} bytes with 45021, the limit and the actual size`, () => {
      let path = '';
      const body = coupon(s.type, (h) => {
        s.set(h, value(limit + 1));
        path = s.path(h);
      });
      const f = expectOnlyError(body, path, 'too_long', 45021);
      expect(f).toMatchObject({ limit, actual: limit + 1 });
      expect(f.message['zh-CN']).toContain(`最多 ${limit} 字节`);
      expect(f.message.en).toContain(`it is ${limit + 1} bytes: remove 1 byte`);
    });
  });
});
