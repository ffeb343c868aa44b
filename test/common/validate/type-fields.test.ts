import { describe, expect, it } from 'vitest';
import { coupon, expectNoErrors, expectOnlyError, warnings } from './fixtures';

describe('DISCOUNT (percent off, "填30就是七折")', () => {
  it('1 and 99 pass; 0 and 100 are 40097', () => {
    expectNoErrors(coupon('DISCOUNT', (h) => (h.obj.discount = 1)));
    expectNoErrors(coupon('DISCOUNT', (h) => (h.obj.discount = 99)));
    expectOnlyError(coupon('DISCOUNT', (h) => (h.obj.discount = 0)), 'card.discount.discount', 'discount_range', 40097);
    const f = expectOnlyError(coupon('DISCOUNT', (h) => (h.obj.discount = 100)), 'card.discount.discount', 'discount_range', 40097);
    expect(f).toMatchObject({ limit: 99, actual: 100 });
    expect(f.message['zh-CN']).toContain('七折');
  });
});

describe('CASH (amounts in 分)', () => {
  it('reduce_cost must be above 0: 1 passes, 0 is 40097', () => {
    expectNoErrors(coupon('CASH', (h) => Object.assign(h.obj, { least_cost: 0, reduce_cost: 1 })));
    expectOnlyError(coupon('CASH', (h) => (h.obj.reduce_cost = 0)), 'card.cash.reduce_cost', 'reduce_cost_min', 40097);
  });

  it('least_cost may be 0 (no threshold) but not negative (40097)', () => {
    expectNoErrors(coupon('CASH', (h) => (h.obj.least_cost = 0)));
    expectOnlyError(coupon('CASH', (h) => (h.obj.least_cost = -1)), 'card.cash.least_cost', 'least_cost_min', 40097);
  });

  it('warns when a threshold is below the amount off, shown in 元', () => {
    const found = warnings(coupon('CASH', (h) => Object.assign(h.obj, { least_cost: 500, reduce_cost: 2000 })));
    expect(found.map((f) => [f.path, f.code])).toEqual([['card.cash.least_cost', 'least_cost_below_reduce']]);
    expect(found[0]?.message['zh-CN']).toContain('5.00元');
    expect(warnings(coupon('CASH', (h) => Object.assign(h.obj, { least_cost: 0, reduce_cost: 2000 })))).toEqual([]);
  });
});

describe('GENERAL_COUPON needs a picture-text item (41011)', () => {
  it('refuses a missing or empty text_image_list, or no advanced_info at all', () => {
    const path = 'card.general_coupon.advanced_info.text_image_list';
    expectOnlyError(coupon('GENERAL_COUPON', (h) => delete h.adv().text_image_list), path, 'text_image_required', 41011);
    expectOnlyError(coupon('GENERAL_COUPON', (h) => (h.adv().text_image_list = [])), path, 'text_image_required', 41011);
    expectOnlyError(coupon('GENERAL_COUPON', (h) => delete h.obj.advanced_info), path, 'text_image_required', 41011);
  });

  it('does not ask other types for one', () => {
    expectNoErrors(coupon('GIFT', (h) => delete h.obj.advanced_info));
  });
});

describe('advanced_info items', () => {
  const item = (fields: Record<string, unknown>) => coupon('GROUPON', (h) => (h.adv().text_image_list = [{ image_url: 'https://mmbiz.qpic.cn/mmbiz/a/0', text: '图文', ...fields }]));

  it('a picture-text item needs image and text (41026)', () => {
    expectOnlyError(item({ text: undefined }), 'card.groupon.advanced_info.text_image_list[0].text', 'text_image_incomplete', 41026);
    expectOnlyError(item({ text: '' }), 'card.groupon.advanced_info.text_image_list[0].text', 'text_image_incomplete', 41026);
    expectOnlyError(item({ image_url: undefined }), 'card.groupon.advanced_info.text_image_list[0].image_url', 'text_image_incomplete', 41026);
    expectOnlyError(item({ image_url: '' }), 'card.groupon.advanced_info.text_image_list[0].image_url', 'text_image_incomplete', 41026);
  });

  it('a cover has exactly one icon: none is 41011, two are 45020', () => {
    const abstract = (value: Record<string, unknown>) => coupon('GROUPON', (h) => (h.adv().abstract = value));
    const path = 'card.groupon.advanced_info.abstract.icon_url_list';
    const url = 'https://mmbiz.qpic.cn/mmbiz/a/0';
    expectNoErrors(abstract({ abstract: '封面', icon_url_list: [url] }));
    expectOnlyError(abstract({ abstract: '封面' }), path, 'abstract_icon_required', 41011);
    expectOnlyError(abstract({ abstract: '封面', icon_url_list: [] }), path, 'abstract_icon_required', 41011);
    expectOnlyError(abstract({ icon_url_list: [url, url] }), path, 'abstract_icon_too_many', 45020);
  });

  it('time slots use hours 0..23 and minutes 0..59 (40097)', () => {
    const slot = (fields: Record<string, unknown>) => coupon('GROUPON', (h) => (h.adv().time_limit = [{ type: 'MONDAY', ...fields }]));
    const at = 'card.groupon.advanced_info.time_limit[0]';
    expectNoErrors(slot({ begin_hour: 0, begin_minute: 0, end_hour: 23, end_minute: 59 }));
    expectOnlyError(slot({ end_hour: 24 }), `${at}.end_hour`, 'time_limit_hour', 40097);
    expectOnlyError(slot({ begin_hour: -1 }), `${at}.begin_hour`, 'time_limit_hour', 40097);
    expectOnlyError(slot({ end_minute: 60 }), `${at}.end_minute`, 'time_limit_minute', 40097);
    expectOnlyError(slot({ begin_minute: 1.5 }), `${at}.begin_minute`, 'wrong_type', 47001);
  });
});
