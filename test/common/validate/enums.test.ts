import { describe, expect, it } from 'vitest';
import { COUPON_COLOR_NAMES } from '../../../common/coupon/colors';
import { BUSINESS_SERVICES, CODE_TYPES, TIME_LIMIT_TYPES } from '../../../common/coupon/enums';
import { coupon, expectNoErrors, expectOnlyError } from './fixtures';

describe('enums (40097)', () => {
  it('accepts each code type and each of the 14 colours', () => {
    // CODE_TYPE_NONE is redeemed online only: it needs the "use now" entry (guide-rules.ts).
    for (const { value } of CODE_TYPES) expectNoErrors(coupon('CASH', (h) => Object.assign(h.base, { code_type: value, center_title: '立即使用', center_url: 'https://shop.example/use' })));
    expect(COUPON_COLOR_NAMES).toHaveLength(14);
    for (const color of COUPON_COLOR_NAMES) expectNoErrors(coupon('CASH', (h) => (h.base.color = color)));
  });

  it.each([
    ['code_type', 'CODE_TYPE_FOO'],
    ['code_type', 'code_type_text'],
    ['color', 'Color103'],
    ['color', 'color010'],
    ['color', '#63b359'],
    ['get_custom_code_mode', 'GET_CUSTOM_CODE_MODE_FOO'],
    ['get_custom_code_mode', ''],
  ])('refuses base_info.%s = %j', (key, value) => {
    const f = expectOnlyError(coupon('CASH', (h) => (h.base[key] = value)), `card.cash.base_info.${key}`, 'enum_invalid', 40097);
    expect(f.message['zh-CN']).toContain('请从');
  });

  it('accepts every business service and every time-limit type, HOLIDAY included', () => {
    expectNoErrors(coupon('GIFT', (h) => (h.adv().business_service = BUSINESS_SERVICES.map((s) => s.value))));
    expectNoErrors(coupon('GIFT', (h) => (h.adv().time_limit = TIME_LIMIT_TYPES.map((t) => ({ type: t.value })))));
  });

  it('refuses unknown business services and time-limit types', () => {
    expectOnlyError(
      coupon('GIFT', (h) => (h.adv().business_service = ['BIZ_SERVICE_FREE_WIFI', 'BIZ_SERVICE_KARAOKE'])),
      'card.gift.advanced_info.business_service[1]',
      'enum_invalid',
      40097,
    );
    expectOnlyError(coupon('GIFT', (h) => (h.adv().time_limit = [{ type: 'monday' }])), 'card.gift.advanced_info.time_limit[0].type', 'enum_invalid', 40097);
    expectOnlyError(coupon('GIFT', (h) => (h.adv().time_limit = [{ type: 'EVERYDAY' }])), 'card.gift.advanced_info.time_limit[0].type', 'enum_invalid', 40097);
  });
});
