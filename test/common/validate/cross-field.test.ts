import { describe, expect, it } from 'vitest';
import { DEPOSIT_MODE } from '../../../common/coupon/enums';
import { coupon, errors, warnings } from './fixtures';

const B = 'card.cash.base_info';
const pairs = (body: unknown, ctx = {}) => warnings(body, ctx).map((f) => [f.path, f.code, f.errcode]);

describe('cross-field hints: warnings only, card/create accepts them', () => {
  it('paycell or self-redemption want center_url cleared (§1.10, §1.11)', () => {
    const body = coupon('CASH', (h) => (h.base.center_url = 'https://www.qq.com'));
    expect(pairs(body)).toEqual([]);
    expect(pairs(body, { intent: { paycell: true } })).toEqual([[`${B}.center_url`, 'center_url_conflict', 40145]]);
    expect(pairs(body, { intent: { selfConsume: true } })).toEqual([[`${B}.center_url`, 'center_url_conflict', 45046]]);
    expect(errors(body, { intent: { paycell: true } })).toEqual([]);
  });

  it('paycell and self-redemption exclude each other (45046)', () => {
    expect(pairs(coupon('CASH'), { intent: { paycell: true, selfConsume: true } })).toEqual([['card', 'cells_conflict', 45046]]);
  });

  it('paycell or self-redemption need a store (43017)', () => {
    const noStores = coupon('CASH', (h) => delete h.base.use_all_locations);
    expect(pairs(noStores, { intent: { paycell: true } })).toEqual([[`${B}.location_id_list`, 'needs_stores', 43017]]);
    expect(pairs(noStores, { intent: { selfConsume: true } })).toEqual([[`${B}.location_id_list`, 'needs_stores', 43017]]);
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { use_all_locations: false, location_id_list: [1] })), { intent: { paycell: true } })).toEqual([]);
    expect(pairs(coupon('CASH'), { intent: { paycell: true } })).toEqual([]);
  });

  it('use_condition fields on a type they do not apply to', () => {
    const on = (type: 'DISCOUNT' | 'CASH' | 'GROUPON' | 'GIFT', condition: Record<string, unknown>) => coupon(type, (h) => (h.adv().use_condition = condition));
    const codes = (body: unknown) => warnings(body).map((f) => [f.path.split('.').pop(), f.code]);
    expect(codes(on('DISCOUNT', { accept_category: '鞋类', reject_category: '阿迪达斯' }))).toEqual([
      ['accept_category', 'use_condition_wrong_type'],
      ['reject_category', 'use_condition_wrong_type'],
    ]);
    expect(codes(on('CASH', { object_use_for: '蛋糕' }))).toEqual([['object_use_for', 'use_condition_wrong_type']]);
    expect(codes(on('GROUPON', { least_cost: 100 }))).toEqual([['least_cost', 'use_condition_wrong_type']]);
    expect(codes(on('GIFT', { least_cost: 100, object_use_for: '蛋糕' }))).toEqual([]);
    expect(codes(on('CASH', { accept_category: '鞋类', least_cost: 100, can_use_with_other_discount: true }))).toEqual([]);
    const [f] = warnings(on('DISCOUNT', { object_use_for: '蛋糕' }));
    expect(f?.message['zh-CN']).toContain('兑换券');
  });

  it('get_limit above the stock, and bind_openid with a shareable page', () => {
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { sku: { quantity: 2 }, get_limit: 3 })))).toEqual([[`${B}.get_limit`, 'get_limit_over_quantity', undefined]]);
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { sku: { quantity: 3 }, get_limit: 3 })))).toEqual([]);
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { sku: { quantity: 0 }, get_limit: 3, use_custom_code: true, get_custom_code_mode: DEPOSIT_MODE })))).toEqual([]);
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { bind_openid: true, can_share: true })))).toEqual([[`${B}.can_share`, 'bind_openid_with_share', undefined]]);
    expect(pairs(coupon('CASH', (h) => Object.assign(h.base, { bind_openid: true, can_share: false })))).toEqual([]);
  });
});
