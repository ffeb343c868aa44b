import { describe, it } from 'vitest';
import { DEPOSIT_MODE } from '../../../common/coupon/enums';
import { coupon, expectNoErrors, expectOnlyError } from './fixtures';

const BASE = 'card.groupon.base_info';
const withQuantity = (quantity: unknown, extra: Record<string, unknown> = {}) =>
  coupon('GROUPON', (h) => {
    h.base.sku = { quantity };
    Object.assign(h.base, extra);
  });
const deposit = { use_custom_code: true, get_custom_code_mode: DEPOSIT_MODE };

describe('stock (40122)', () => {
  it('normal mode: 1 and 100000000 pass, 0 and 100000001 fail', () => {
    expectNoErrors(withQuantity(1, { get_limit: 1 }));
    expectNoErrors(withQuantity(100_000_000));
    expectOnlyError(withQuantity(0), `${BASE}.sku.quantity`, 'quantity_range', 40122);
    expectOnlyError(withQuantity(-1), `${BASE}.sku.quantity`, 'quantity_range', 40122);
    expectOnlyError(withQuantity(100_000_001), `${BASE}.sku.quantity`, 'quantity_range', 40122);
  });

  it('deposit mode: 0 passes, 1 fails', () => {
    expectNoErrors(withQuantity(0, deposit));
    expectOnlyError(withQuantity(1, deposit), `${BASE}.sku.quantity`, 'deposit_quantity', 40122);
  });

  it('deposit mode needs use_custom_code true (40097)', () => {
    expectOnlyError(withQuantity(0, { get_custom_code_mode: DEPOSIT_MODE }), `${BASE}.use_custom_code`, 'deposit_needs_custom_code', 40097);
    expectOnlyError(withQuantity(0, { ...deposit, use_custom_code: false }), `${BASE}.use_custom_code`, 'deposit_needs_custom_code', 40097);
  });

  it('custom code without deposit mode is normal mode', () => {
    expectNoErrors(withQuantity(5, { use_custom_code: true }));
    expectOnlyError(withQuantity(0, { use_custom_code: true }), `${BASE}.sku.quantity`, 'quantity_range', 40122);
  });
});

describe('per-user limits (40097)', () => {
  it.each(['get_limit', 'use_limit'])('%s: 1 passes, 0 and -1 fail', (key) => {
    expectNoErrors(coupon('GROUPON', (h) => (h.base[key] = 1)));
    expectOnlyError(coupon('GROUPON', (h) => (h.base[key] = 0)), `${BASE}.${key}`, 'limit_min', 40097);
    expectOnlyError(coupon('GROUPON', (h) => (h.base[key] = -1)), `${BASE}.${key}`, 'limit_min', 40097);
  });
});

describe('stores', () => {
  it('use_all_locations excludes a non-empty store list (40097)', () => {
    expectOnlyError(coupon('GROUPON', (h) => Object.assign(h.base, { use_all_locations: true, location_id_list: [291710000] })), `${BASE}.use_all_locations`, 'locations_exclusive', 40097);
    expectNoErrors(coupon('GROUPON', (h) => Object.assign(h.base, { use_all_locations: true, location_id_list: [] })));
    expectNoErrors(coupon('GROUPON', (h) => Object.assign(h.base, { use_all_locations: false, location_id_list: [291710000, 291710001] })));
  });

  it('store ids are positive integers: ≤ 0 is 40097, a non-integer 47001', () => {
    const list = (ids: unknown[]) => coupon('GROUPON', (h) => Object.assign(h.base, { use_all_locations: false, location_id_list: ids }));
    expectOnlyError(list([291710000, 0]), `${BASE}.location_id_list[1]`, 'location_id_positive', 40097);
    expectOnlyError(list([-5]), `${BASE}.location_id_list[0]`, 'location_id_positive', 40097);
    expectOnlyError(list([1.5]), `${BASE}.location_id_list[0]`, 'wrong_type', 47001);
    expectOnlyError(list(['291710000']), `${BASE}.location_id_list[0]`, 'wrong_type', 47001);
    expectNoErrors(list([1]));
  });
});
