import { describe, expect, it } from 'vitest';
import { GUIDE_GROUPON_EXAMPLE_TEXT, exampleCoupon } from '../../../common/coupon/examples';
import { validateCoupon } from '../../../common/validate';
import { NOW_MS, coupon, errors, expectNoErrors, expectOnlyError } from './fixtures';

describe('body and card level', () => {
  it('reads JSON text and refuses text that is not JSON (47001)', () => {
    expectNoErrors(JSON.stringify(exampleCoupon('GROUPON', NOW_MS)));
    expectOnlyError('{"card": ', '', 'json_invalid', 47001);
    expectOnlyError(GUIDE_GROUPON_EXAMPLE_TEXT, '', 'json_invalid', 47001);
  });

  it.each([null, [], 5, true, '"card"', '[1]'])('refuses a body that is not an object: %j (47001)', (body) => {
    expectOnlyError(body, '', 'body_not_object', 47001);
  });

  it('warns about keys beside card: card/create ignores them (aligned with the sandbox)', () => {
    const body = { ...exampleCoupon('GIFT', NOW_MS), access_token: 'x' };
    expectNoErrors(body);
    const [hint] = validateCoupon(body, { nowMs: NOW_MS }).filter((f) => f.code === 'body_key_ignored');
    expect(hint).toMatchObject({ path: 'access_token', severity: 'warning' });
    expect(hint?.message.en).toContain('never put the access_token');
  });

  it('requires card to be present and an object (41011)', () => {
    expectOnlyError({}, 'card', 'required', 41011);
    expectOnlyError({ card: [] }, 'card', 'card_not_object', 41011);
    expectOnlyError({ card: 'GROUPON' }, 'card', 'card_not_object', 41011);
  });

  it('requires card_type (41011), as a string (47001), one of the five in capitals (40071)', () => {
    expectOnlyError(coupon('GROUPON', (h) => delete h.card.card_type), 'card.card_type', 'required', 41011);
    expectOnlyError(coupon('GROUPON', (h) => (h.card.card_type = '')), 'card.card_type', 'required', 41011);
    expectOnlyError(coupon('GROUPON', (h) => (h.card.card_type = 1)), 'card.card_type', 'wrong_type', 47001);
    expectOnlyError(coupon('GROUPON', (h) => (h.card.card_type = 'SCENIC_TICKET')), 'card.card_type', 'card_type_invalid', 40071);
    expectOnlyError(coupon('GROUPON', (h) => (h.card.card_type = 'groupon')), 'card.card_type', 'card_type_invalid', 40071);
  });

  it('still validates the type object when card_type is unusable, so a draft gets full feedback', () => {
    const body = coupon('CASH', (h) => {
      delete h.card.card_type;
      h.base.title = '1000元面值充值卡哈哈';
    });
    expect(errors(body).map((f) => f.path)).toEqual(['card.card_type', 'card.cash.base_info.title']);
  });

  it('requires the lower-case type object (40071)', () => {
    expectOnlyError(coupon('GIFT', (h) => delete h.card.gift), 'card.gift', 'type_object_missing', 40071);
  });

  it('reports an object under another type key as misnamed, and judges it as card_type says (40071)', () => {
    const body = coupon('GROUPON', (h) => {
      h.card.cash = h.obj;
      delete h.card.groupon;
    });
    const f = expectOnlyError(body, 'card.cash', 'type_key_mismatch', 40071);
    expect(f.message['zh-CN']).toContain('groupon');
  });

  it('refuses a second type object (40071)', () => {
    expectOnlyError(coupon('GROUPON', (h) => (h.card.discount = {})), 'card.discount', 'extra_type_key', 40071);
  });

  it('does not let the "sash" typo pass silently: unknown key with a suggestion, and the missing object', () => {
    const body = coupon('CASH', (h) => {
      h.card.sash = h.obj;
      delete h.card.cash;
    });
    const found = errors(body);
    expect(found.map((f) => [f.path, f.code, f.errcode])).toEqual([
      ['card.sash', 'unknown_key', 47001],
      ['card.cash', 'type_object_missing', 40071],
    ]);
    expect(found[0]?.message['zh-CN']).toContain('“cash”');
    expect(found[0]?.message.en).toContain('did you mean "cash"');
  });

  it('requires the type object to be an object (47001)', () => {
    expectOnlyError(coupon('GIFT', (h) => (h.card.gift = 'x')), 'card.gift', 'wrong_type', 47001);
  });
});

describe('unknown keys (47001)', () => {
  it.each([
    ['card', 'sash'],
    ['type object', 'titel'],
    ['base_info', 'status'],
    ['date_info', 'fixed_begintimestamp'],
    ['sku', 'total_quantity'],
    ['advanced_info', 'consume_share_card_list'],
    ['use_condition', 'least_moneyto_use_bonus'],
    ['abstract', 'icon_list'],
    ['text_image_list item', 'img'],
    ['time_limit item', 'week'],
  ])('in %s: %s', (where, key) => {
    let path = '';
    const body = coupon('GIFT', (h) => {
      const holders: Record<string, [Record<string, unknown>, string]> = {
        card: [h.card, 'card'],
        'type object': [h.obj, h.p],
        base_info: [h.base, `${h.p}.base_info`],
        date_info: [h.date, `${h.p}.base_info.date_info`],
        sku: [h.base.sku as Record<string, unknown>, `${h.p}.base_info.sku`],
        advanced_info: [h.adv(), `${h.p}.advanced_info`],
      };
      if (where === 'use_condition') holders[where] = [(h.adv().use_condition = {}) as Record<string, unknown>, `${h.p}.advanced_info.use_condition`];
      if (where === 'abstract') holders[where] = [(h.adv().abstract = { icon_url_list: ['https://mmbiz.qpic.cn/a/0'] }) as Record<string, unknown>, `${h.p}.advanced_info.abstract`];
      if (where === 'text_image_list item') {
        const item: Record<string, unknown> = { image_url: 'https://mmbiz.qpic.cn/a/0', text: '图文' };
        h.adv().text_image_list = [item];
        holders[where] = [item, `${h.p}.advanced_info.text_image_list[0]`];
      }
      if (where === 'time_limit item') {
        const item: Record<string, unknown> = { type: 'MONDAY' };
        h.adv().time_limit = [item];
        holders[where] = [item, `${h.p}.advanced_info.time_limit[0]`];
      }
      const [holder, at] = holders[where] as [Record<string, unknown>, string];
      holder[key] = 1;
      path = `${at}.${key}`;
    });
    expectOnlyError(body, path, 'unknown_key', 47001);
  });
});

describe('wrong JSON types (47001)', () => {
  it.each([
    ['a string where an integer is expected', 'base_info.sku.quantity', '100'],
    ['a float where an integer is expected', 'base_info.sku.quantity', 1.5],
    ['a float get_limit', 'base_info.get_limit', 2.5],
    ['a string boolean', 'base_info.can_share', 'true'],
    ['a number title', 'base_info.title', 27],
    ['a boolean for a required text', 'base_info.brand_name', false],
    ['a string store list', 'base_info.location_id_list', '1,2'],
    ['a string store id', 'base_info.location_id_list[0]', '291710000'],
    ['a fractional store id', 'base_info.location_id_list[0]', 1.5],
    ['an array base_info', 'base_info', []],
    ['an object time_limit (WxJava #918)', 'advanced_info.time_limit', { type: 'MONDAY' }],
    ['a string text_image_list', 'advanced_info.text_image_list', 'x'],
    ['a number business service', 'advanced_info.business_service[0]', 1],
    ['a date string timestamp', 'base_info.date_info.end_timestamp', '2026-12-31 23:59:59'],
    ['a string discount', 'discount', '30'],
  ])('%s', (_name, rel, value) => {
    const body = coupon('DISCOUNT', (h) => {
      delete h.base.use_all_locations;
      const parts = rel.replace(/\[0\]$/, '').split('.');
      let holder: Record<string, unknown> = h.obj;
      for (const p of parts.slice(0, -1)) holder = (holder[p] ??= {}) as Record<string, unknown>;
      const leaf = parts[parts.length - 1] as string;
      holder[leaf] = rel.endsWith('[0]') ? [value] : value;
    });
    expectOnlyError(body, `card.discount.${rel}`, 'wrong_type', 47001);
  });
});

describe('required fields (41011)', () => {
  it.each(['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description', 'sku', 'date_info'])('base_info.%s missing', (key) => {
    expectOnlyError(coupon('GROUPON', (h) => delete h.base[key]), `card.groupon.base_info.${key}`, 'required', 41011);
  });

  it.each(['logo_url', 'code_type', 'brand_name', 'title', 'color', 'notice', 'description'])('base_info.%s as an empty string', (key) => {
    expectOnlyError(coupon('GROUPON', (h) => (h.base[key] = '')), `card.groupon.base_info.${key}`, 'required', 41011);
  });

  it('sku.quantity, date_info.type and base_info itself', () => {
    expectOnlyError(coupon('CASH', (h) => delete (h.base.sku as Record<string, unknown>).quantity), 'card.cash.base_info.sku.quantity', 'required', 41011);
    expectOnlyError(coupon('CASH', (h) => delete h.date.type), 'card.cash.base_info.date_info.type', 'required', 41011);
    expectOnlyError(coupon('CASH', (h) => (h.date.type = '')), 'card.cash.base_info.date_info.type', 'required', 41011);
    expectOnlyError(coupon('CASH', (h) => delete h.obj.base_info), 'card.cash.base_info', 'required', 41011);
  });

  it.each([
    ['GROUPON', 'deal_detail'],
    ['CASH', 'least_cost'],
    ['CASH', 'reduce_cost'],
    ['DISCOUNT', 'discount'],
    ['GIFT', 'gift'],
    ['GENERAL_COUPON', 'default_detail'],
  ] as const)('%s %s', (type, key) => {
    const path = `card.${type.toLowerCase()}.${key}`;
    expectOnlyError(coupon(type, (h) => delete h.obj[key]), path, 'required', 41011);
    if (['deal_detail', 'gift', 'default_detail'].includes(key)) {
      expectOnlyError(coupon(type, (h) => (h.obj[key] = '')), path, 'required', 41011);
    }
  });

  it('names the field in both languages', () => {
    const f = expectOnlyError(coupon('GROUPON', (h) => delete h.base.title), 'card.groupon.base_info.title', 'required', 41011);
    expect(f.message['zh-CN']).toContain('卡券名');
    expect(f.message.en).toContain('Title');
  });

  it('treats a key holding undefined (an in-memory draft) as absent, as JSON would', () => {
    expectOnlyError(coupon('GROUPON', (h) => (h.base.title = undefined)), 'card.groupon.base_info.title', 'required', 41011);
    expect(validateCoupon(coupon('GROUPON', (h) => (h.base.sub_title = undefined)), { nowMs: NOW_MS })).toEqual([]);
  });
});
