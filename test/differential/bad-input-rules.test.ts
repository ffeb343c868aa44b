import { describe, expect, it } from 'vitest';
import { exampleCoupon } from '../../common/coupon/examples';
import { validateCoupon } from '../../common/validate';
import { EVERY_STORE, verdictsOf } from './compare';

/**
 * Issue 8 §3: the bad inputs the validator and the sandbox used to disagree on, or that neither
 * refused. Each case runs on BOTH sides and also pins the validator's finding and its message.
 */

const NOW = Date.UTC(2026, 4, 1, 4, 0, 0);
type Obj = Record<string, unknown>;
type Handles = { card: Obj; node: Obj; base: Obj; date: Obj; adv: () => Obj };

function body(type: 'GROUPON' | 'CASH' | 'GIFT' | 'GENERAL_COUPON', edit: (h: Handles) => void): Obj {
  const root = structuredClone(exampleCoupon(type, NOW)) as unknown as Obj;
  const card = root.card as Obj;
  const node = card[type.toLowerCase()] as Obj;
  const base = node.base_info as Obj;
  const adv = () => (node.advanced_info ??= {}) as Obj;
  edit({ card, node, base, date: base.date_info as Obj, adv });
  return root;
}

/** Both sides' errcode (undefined = both accept); fails when they disagree. */
function both(b: unknown): number | undefined {
  const v = verdictsOf(b, NOW, EVERY_STORE);
  expect(v.validator.length > 0, `validator ${JSON.stringify(v.validator)} vs sandbox ${v.sandbox} at ${v.sandboxPath}`).toBe(v.sandbox !== undefined);
  if (v.sandbox !== undefined) expect(v.validator).toContain(v.sandbox);
  return v.sandbox;
}

/** The validator's errors as [path, code]. */
const errorsOf = (b: unknown) =>
  validateCoupon(b, { nowMs: NOW, mode: 'submit' })
    .filter((f) => f.severity === 'error')
    .map((f) => [f.path, f.code, f.message['zh-CN'], f.message.en] as const);

describe('image URLs: one WHATWG-based check on both sides', () => {
  const P = 'card.gift.advanced_info.text_image_list[0].image_url';
  it.each<[string, string, RegExp]>([
    ['a bad port', 'http://mmbiz.qpic.cn:99999/mmbiz_png/a/0', /invalid port \(it must be 1 to 65535\)/],
    ['a backslash before @', 'http://evil.example\\@mmbiz.qpic.cn/mmbiz_png/a/0', /backslash/],
    ['%2E in the host', 'http://mmbiz%2Eqpic%2Ecn/mmbiz_png/a/0', /%-escapes/],
    ['the ideographic full stop', 'http://mmbiz。qpic。cn/mmbiz_png/a/0', /ideographic full stop/],
    ['full-width letters', 'http://ｍｍｂｉｚ.qpic.cn/mmbiz_png/a/0', /full-width letters/],
    ['http:/// (an extra slash)', 'http:///mmbiz.qpic.cn/mmbiz_png/a/0', /has no host after http:\/\//],
    ['user info before the host', 'http://me@mmbiz.qpic.cn/mmbiz_png/a/0', /user name or @/],
  ])('%s is refused by both (40141), with the reason', (_name, url, reason) => {
    const b = body('GIFT', (h) => (h.adv().text_image_list = [{ image_url: url, text: '图文' }]));
    expect(both(b)).toBe(40141);
    const found = errorsOf(b);
    expect(found.map(([path, code]) => [path, code])).toEqual([[P, 'image_url_invalid']]);
    expect(found[0]?.[3]).toMatch(reason);
    expect(found[0]?.[2]).toContain('半角');
  });

  it('the same bad links in logo_url are refused by both', () => {
    for (const url of ['http://mmbiz.qpic.cn:0/a/0', 'http://x.example\\@mmbiz.qpic.cn/a', 'http:///mmbiz.qpic.cn/a/0', 'https://ｍｍｂｉｚ.qpic.cn/a/0']) {
      expect(both(body('GIFT', (h) => (h.base.logo_url = url)))).toBe(40141);
    }
  });

  it('ordinary CDN links, upper case and the default port, pass both', () => {
    for (const url of ['HTTPS://MMBIZ.QPIC.CN:443/mmbiz_png/a/0', 'http://mmbiz.qpic.cn/mmbiz_jpg/a/0?wx_fmt=jpeg']) {
      expect(both(body('GIFT', (h) => (h.adv().text_image_list = [{ image_url: url, text: '图文' }])))).toBeUndefined();
    }
  });
});

describe('share_friends and need_push_on_view: accepted by both, as card/get returns them', () => {
  const COVER = 'http://mmbiz.qpic.cn/mmbiz_png/cover/0';
  const DETAIL = 'http://mmbiz.qpic.cn/mmbiz_png/detail/0';

  it('a coupon carrying card/get\'s advanced_info.share_friends: false and base_info.need_push_on_view is accepted', () => {
    const b = body('GROUPON', (h) => {
      h.adv().share_friends = false;
      h.base.need_push_on_view = false;
    });
    expect(both(b)).toBeUndefined();
    expect(errorsOf(b)).toEqual([]);
  });

  it('share_friends: true with a cover image and an illustrated detail item is accepted', () => {
    const b = body('GIFT', (h) => {
      Object.assign(h.adv(), { share_friends: true, abstract: { abstract: '封面', icon_url_list: [COVER] }, text_image_list: [{ image_url: DETAIL, text: '图文' }] });
    });
    expect(both(b)).toBeUndefined();
  });

  it.each<[string, (adv: Obj) => void]>([
    ['no cover and no detail', () => undefined],
    ['a cover but no detail item', (adv) => (adv.abstract = { icon_url_list: [COVER] })],
    ['a detail item but no cover', (adv) => (adv.text_image_list = [{ image_url: DETAIL, text: '图文' }])],
  ])('share_friends: true with %s is 45043 on both, naming what to add', (_name, edit) => {
    const b = body('GIFT', (h) => {
      h.adv().share_friends = true;
      edit(h.adv());
    });
    expect(both(b)).toBe(45043);
    const found = errorsOf(b).find(([, code]) => code === 'share_friends_needs_images');
    expect(found?.[0]).toBe('card.gift.advanced_info.share_friends');
    expect(found?.[2]).toContain('封面图片');
    expect(found?.[3]).toMatch(/cover image and at least one picture-text item with an image/);
  });

  it('a wrong type is still 47001 on both', () => {
    expect(both(body('GIFT', (h) => (h.adv().share_friends = 'yes')))).toBe(47001);
    expect(both(body('GIFT', (h) => (h.base.need_push_on_view = 1)))).toBe(47001);
  });
});

describe('the creation guide\'s rules, applied on both sides', () => {
  const codes = (b: unknown) => errorsOf(b).map(([path, code]) => [path, code]);

  it('CODE_TYPE_NONE without a "use now" entry can never be redeemed: 40097 on both, saying so', () => {
    const b = body('CASH', (h) => (h.base.code_type = 'CODE_TYPE_NONE'));
    expect(both(b)).toBe(40097);
    const found = errorsOf(b).find(([, code]) => code === 'code_none_without_entry');
    expect(found?.[0]).toBe('card.cash.base_info.code_type');
    expect(found?.[2]).toContain('永远无法核销');
    expect(found?.[3]).toMatch(/could never be redeemed: set the centre button link \(center_url\)/);
    expect(both(body('CASH', (h) => Object.assign(h.base, { code_type: 'CODE_TYPE_NONE', center_title: '立即使用', center_url: 'https://shop.example/use' })))).toBeUndefined();
    expect(both(body('CASH', (h) => Object.assign(h.base, { code_type: 'CODE_TYPE_NONE', center_title: '立即使用', center_app_brand_user_name: 'gh_abcdef123456@app', center_app_brand_pass: 'pages/use' })))).toBeUndefined();
  });

  it('timestamps must be earlier than 2038-01-19 China time: 2038-01-18 23:59:59 passes, the next second is 40079 on both', () => {
    const at = (end: number) => body('CASH', (h) => (h.date.end_timestamp = end));
    expect(both(at(2_147_443_199))).toBeUndefined();
    expect(both(at(2_147_443_200))).toBe(40079);
    expect(codes(at(2_147_443_200))).toEqual([['card.cash.base_info.date_info.end_timestamp', 'timestamp_2038']]);
    expect(errorsOf(at(2_147_443_200))[0]?.[2]).toContain('2038-01-18 23:59:59');
  });

  it.each(['wx1234567890abcdef', 'gh_abcdef123456', '小程序', 'gh_abcdef123456@APP'])('a Mini Program user name %j that is not gh_…@app is 40097 on both', (name) => {
    const b = body('CASH', (h) => Object.assign(h.base, { custom_url_name: '去逛逛', custom_app_brand_user_name: name, custom_app_brand_pass: 'pages/index' }));
    expect(both(b)).toBe(40097);
    expect(codes(b)).toEqual([['card.cash.base_info.custom_app_brand_user_name', 'app_brand_user_name']]);
    expect(errorsOf(b)[0]?.[3]).toMatch(/must start with "gh_" and end with "@app"/);
  });

  it('a Mini Program page path without a user name is 40097 on both', () => {
    const b = body('CASH', (h) => Object.assign(h.base, { promotion_url_name: '更多', promotion_app_brand_pass: 'pages/more' }));
    expect(both(b)).toBe(40097);
    expect(codes(b)).toEqual([['card.cash.base_info.promotion_app_brand_pass', 'app_brand_pass_without_user']]);
  });

  it.each<[string, (h: Handles) => void, string]>([
    ['get_limit', (h) => (h.base.get_limit = 3_000_000_000), 'card.cash.base_info.get_limit'],
    ['reduce_cost', (h) => (h.node.reduce_cost = 2 ** 31), 'card.cash.reduce_cost'],
    ['least_cost', (h) => (h.node.least_cost = 5_000_000_000), 'card.cash.least_cost'],
    ['a location id', (h) => (h.base.location_id_list = [9_007_199_254_740_991]), 'card.cash.base_info.location_id_list[0]'],
  ])('a number beyond a 32-bit int in %s is 47001 on both', (_name, edit, path) => {
    const b = body('CASH', edit);
    expect(both(b)).toBe(47001);
    expect(codes(b)).toContainEqual([path, 'int_out_of_range']);
    expect(errorsOf(b).find(([p]) => p === path)?.[3]).toMatch(/-2147483648 to 2147483647/);
  });

  it('a negative use_condition.least_cost is 40097 on both', () => {
    const b = body('GIFT', (h) => (h.adv().use_condition = { least_cost: -100 }));
    expect(both(b)).toBe(40097);
    expect(codes(b)).toEqual([['card.gift.advanced_info.use_condition.least_cost', 'use_condition_least_cost_min']]);
  });

  it('a fixed_begin_term that starts on or after the common end leaves no valid day: 40079 on both', () => {
    const nowS = NOW / 1000;
    const term = (beginTerm: number, endDays: number) =>
      body('CASH', (h) => (h.base.date_info = { type: 'DATE_TYPE_FIX_TERM', fixed_term: 10, fixed_begin_term: beginTerm, end_timestamp: nowS + endDays * 86_400 }));
    expect(both(term(400, 30))).toBe(40079);
    expect(codes(term(400, 30))).toContainEqual(['card.cash.base_info.date_info.fixed_begin_term', 'fixed_begin_term_no_valid_day']);
    expect(errorsOf(term(400, 30)).find(([, c]) => c === 'fixed_begin_term_no_valid_day')?.[3]).toMatch(/no valid day/);
    expect(both(term(29, 30))).toBeUndefined();
  });
});

describe('a lone surrogate (half an emoji, "\\ud83d" in JSON) cannot be sent as UTF-8', () => {
  it('is 47001 on both, naming the character', () => {
    const b = JSON.parse(JSON.stringify(body('GIFT', (h) => (h.base.title = '拿铁X'))).replace('拿铁X', '拿铁\\ud83d')) as Obj;
    expect(both(b)).toBe(47001);
    const found = errorsOf(b);
    expect(found.map(([path, code]) => [path, code])).toEqual([['card.gift.base_info.title', 'lone_surrogate']]);
    expect(found[0]?.[3]).toMatch(/half an emoji at character 3/);
    expect(both(body('GIFT', (h) => (h.base.title = '拿铁😀')))).toBeUndefined();
  });
});
