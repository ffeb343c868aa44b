import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { externalRedirectUrl } from '../../common/coupon/redirect-url';
import { CouponPreview } from '../../renderer/src/features/builder/preview/CouponPreview';
import { useBuilderStore } from '../../renderer/src/stores/builder-store';
import { currentDraft, resetAll, startDraft } from './support/harness';

beforeEach(resetAll);
afterEach(resetAll);

describe('the external redirect URL (creation guide §2.8)', () => {
  it('appends encrypt_code and card_id as Weixin does, after an existing query and before a fragment', () => {
    expect(externalRedirectUrl('http://www.qq.com')).toBe('http://www.qq.com?encrypt_code=ENCRYPT_CODE&card_id=CARDID');
    expect(externalRedirectUrl('https://shop.example.cn/m?from=card#top', 'pX1')).toBe('https://shop.example.cn/m?from=card&encrypt_code=ENCRYPT_CODE&card_id=pX1#top');
  });

  it('the preview shows the address a tap on the service entry opens', () => {
    startDraft('GENERAL_COUPON');
    useBuilderStore.getState().setField('card.general_coupon.base_info.custom_url', 'https://shop.example.cn/menu');
    render(<CouponPreview card={currentDraft().card} type="GENERAL_COUPON" />);
    expect(screen.getByTestId('preview-redirect').textContent).toContain('https://shop.example.cn/menu?encrypt_code=ENCRYPT_CODE&card_id=CARDID');
  });
});
