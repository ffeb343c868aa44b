import { describe, expect, it } from 'vitest';
import { CARD_TYPES, CARD_TYPE_INFO, cardTypeName, cardTypeOfKey, isCardType, typeKey } from '../../../common/coupon/card-types';

describe('card types', () => {
  it('has exactly the five coupon types, in MP order', () => {
    expect(CARD_TYPES).toEqual(['GROUPON', 'CASH', 'DISCOUNT', 'GIFT', 'GENERAL_COUPON']);
  });

  it('maps each type to its lower-case object key and back (§1.4)', () => {
    expect(CARD_TYPES.map(typeKey)).toEqual(['groupon', 'cash', 'discount', 'gift', 'general_coupon']);
    for (const t of CARD_TYPES) expect(cardTypeOfKey(typeKey(t))).toBe(t);
    expect(cardTypeOfKey('sash')).toBeUndefined();
    expect(cardTypeOfKey('GROUPON')).toBeUndefined();
  });

  it('names the types as the MP platform does, in both languages', () => {
    expect(CARD_TYPES.map((t) => cardTypeName(t)['zh-CN'])).toEqual(['团购券', '代金券', '折扣券', '兑换券', '优惠券']);
    expect(cardTypeName('CASH').en).toBe('Cash coupon');
  });

  it('lists the type-specific fields of each type (§4.4)', () => {
    expect(CARD_TYPE_INFO.GROUPON.fields).toEqual(['deal_detail']);
    expect(CARD_TYPE_INFO.CASH.fields).toEqual(['least_cost', 'reduce_cost']);
    expect(CARD_TYPE_INFO.DISCOUNT.fields).toEqual(['discount']);
    expect(CARD_TYPE_INFO.GIFT.fields).toEqual(['gift']);
    expect(CARD_TYPE_INFO.GENERAL_COUPON.fields).toEqual(['default_detail']);
  });

  it('is case-sensitive and refuses member cards and non-strings', () => {
    expect(isCardType('CASH')).toBe(true);
    for (const bad of ['cash', 'MEMBER_CARD', 'Cash', '', 5, null, undefined, {}]) expect(isCardType(bad)).toBe(false);
  });
});
