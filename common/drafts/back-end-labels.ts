import { localized, type Localized } from '../i18n';
import type { BatchBackEndName } from './draft';

/** What each back end is called where merchants see it (the batch panel, errors, the CLI). */
export const BACK_END_LABELS: Readonly<Record<BatchBackEndName, Localized>> = {
  weixin_card: localized('微信卡券', 'Weixin coupons'),
  member_card: localized('会员卡', 'Member cards'),
  busifavor: localized('微信支付商家券', 'WeChat Pay merchant coupons'),
};

/** The kind of account each back end creates with, as the account list names it. */
export const BACK_END_ACCOUNT_KIND: Readonly<Record<BatchBackEndName, Localized>> = {
  weixin_card: localized('公众号', 'Official Account'),
  member_card: localized('公众号', 'Official Account'),
  busifavor: localized('微信支付商户号', 'WeChat Pay merchant account'),
};
