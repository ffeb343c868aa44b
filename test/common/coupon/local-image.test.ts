import { describe, expect, it } from 'vitest';
import { exampleCoupon } from '../../../common/coupon/examples';
import {
  LOCAL_IMAGE_PREFIX,
  findLocalImageRefs,
  isLocalImageRef,
  localImageHash,
  localImageRef,
  replaceLocalImageRefs,
} from '../../../common/coupon/local-image';

const HASH = 'ab'.repeat(32);
const NOW = Date.UTC(2026, 4, 1);

describe('local image references', () => {
  it('is the prefix followed by a 64-digit lower-case sha256', () => {
    expect(LOCAL_IMAGE_PREFIX).toBe('local-image:');
    expect(localImageRef(HASH)).toBe(`local-image:${HASH}`);
    expect(localImageRef(HASH.toUpperCase())).toBe(`local-image:${HASH}`);
    expect(isLocalImageRef(`local-image:${HASH}`)).toBe(true);
    expect(localImageHash(`local-image:${HASH}`)).toBe(HASH);
  });

  it('refuses anything that is not exactly such a reference', () => {
    for (const bad of [`local-image:${HASH.slice(1)}`, `local-image:${HASH}0`, `local-image:${HASH.toUpperCase()}`, `LOCAL-IMAGE:${HASH}`, HASH, 'https://mmbiz.qpic.cn/a/0', 5, null]) {
      expect(isLocalImageRef(bad)).toBe(false);
      expect(localImageHash(bad)).toBeUndefined();
    }
    expect(isLocalImageRef(localImageRef('not-a-hash'))).toBe(false);
  });

  it('finds references in logo, cover and detail images, with finding paths', () => {
    const body = structuredClone(exampleCoupon('GENERAL_COUPON', NOW));
    const card = body.card as { general_coupon: { base_info: { logo_url: string }; advanced_info: { text_image_list: { image_url: string }[]; abstract: { icon_url_list: string[] } } } };
    card.general_coupon.base_info.logo_url = localImageRef(HASH);
    card.general_coupon.advanced_info.abstract.icon_url_list = [localImageRef('cd'.repeat(32))];
    card.general_coupon.advanced_info.text_image_list[0]!.image_url = localImageRef('ef'.repeat(32));
    expect(findLocalImageRefs(body)).toEqual([
      { path: 'card.general_coupon.base_info.logo_url', hash: HASH },
      { path: 'card.general_coupon.advanced_info.abstract.icon_url_list[0]', hash: 'cd'.repeat(32) },
      { path: 'card.general_coupon.advanced_info.text_image_list[0].image_url', hash: 'ef'.repeat(32) },
    ]);

    const uploaded = replaceLocalImageRefs(body, (h) => (h === HASH ? 'https://mmbiz.qpic.cn/mmbiz_png/up/0' : undefined));
    expect(findLocalImageRefs(uploaded).map((u) => u.hash)).toEqual(['cd'.repeat(32), 'ef'.repeat(32)]);
    expect((uploaded.card as typeof card).general_coupon.base_info.logo_url).toBe('https://mmbiz.qpic.cn/mmbiz_png/up/0');
    // The draft itself is left untouched.
    expect(card.general_coupon.base_info.logo_url).toBe(localImageRef(HASH));
  });

  it('copes with bodies that are not coupons', () => {
    for (const junk of [null, 5, 'x', [], { card: 5 }, { card: { x: 5 } }, { card: { cash: { advanced_info: { abstract: 5, text_image_list: [5] } } } }]) {
      expect(findLocalImageRefs(junk)).toEqual([]);
    }
  });
});
