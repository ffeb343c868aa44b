import { localized, type Localized } from '../../../../../common/i18n';
import type { BatchBackEndName } from '../../../../../common/drafts/draft';

/** The batch menu's three ways to start a batch, one per back end (issue 12). */
export const backEndText = {
  newBatch: {
    weixin_card: localized('新建微信卡券批次', 'New Weixin coupon batch'),
    member_card: localized('新建会员卡批次', 'New member card batch'),
    busifavor: localized('新建微信支付商家券批次', 'New WeChat Pay merchant coupon batch'),
  } satisfies Record<BatchBackEndName, Localized>,
};
