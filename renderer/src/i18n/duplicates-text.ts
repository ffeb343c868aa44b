import { localized } from '../../../common/i18n';

/** Texts of the confirmation shown when drafts of a batch are already on Weixin. */
export const duplicatesText = {
  title: (n: number) =>
    localized(`${n} 张卡券在微信上已有完全相同的一张`, n === 1 ? '1 coupon already exists on Weixin, identical' : `${n} coupons already exist on Weixin, identical`),
  explain: localized(
    '默认直接关联已有的卡券（“在微信上找到”），不会再创建一张。只有确实需要一模一样的第二张时，才选择“仍然再建一份”。',
    'By default they are linked to the existing cards ("found on Weixin") and not created again. Choose "Create copies anyway" only if you really want a second, identical card.',
  ),
  existing: localized('已有卡券', 'Existing card'),
  link: localized('关联已有卡券并开始', 'Link the existing cards and start'),
  copy: localized('仍然再建一份', 'Create copies anyway'),
  cancel: localized('取消', 'Cancel'),
  /** The History table's flag of a draft linked to an existing card. */
  foundFlag: localized('在微信上找到', 'Found on Weixin'),
  foundNote: (n: number) =>
    localized(`${n} 张在微信上已有完全相同的卡券，已直接关联，没有重复创建`, n === 1 ? '1 was already on Weixin (identical): linked, not created again' : `${n} were already on Weixin (identical): linked, not created again`),
  lookup: (cards: number, calls: number) => localized(`已核对账号现有的 ${cards} 张卡券（调用 ${calls} 次）`, `Checked the account's ${cards} existing ${cards === 1 ? 'card' : 'cards'} (${calls} ${calls === 1 ? 'call' : 'calls'})`),
};
