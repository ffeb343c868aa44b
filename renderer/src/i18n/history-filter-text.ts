import { localized } from '../../../common/i18n';

/** Texts of the History screen's filter tags (what is on, and how to take it off). */
export const historyFilterText = {
  active: localized('当前筛选：', 'Filtered by:'),
  batchTag: (name: string) => localized(`批次：${name}`, `Batch: ${name}`),
  accountTag: (name: string) => localized(`公众号：${name}`, `Account: ${name}`),
  stateTag: (state: string) => localized(`状态：${state}`, `State: ${state}`),
  reviewTag: (review: string) => localized(`审核：${review}`, `Review: ${review}`),
  kindTag: (kind: string) => localized(`种类：${kind}`, `Kind: ${kind}`),
  filterKind: localized('种类', 'Kind'),
  allKinds: localized('全部种类', 'Every kind'),
  kind: {
    card: localized('微信卡券', 'Weixin coupons'),
    member: localized('会员卡', 'Member cards'),
    stock: localized('商家券', 'Merchant coupons (商家券)'),
  },
  textTag: (text: string) => localized(`搜索：${text}`, `Search: ${text}`),
  remove: (tag: string) => localized(`取消筛选“${tag}”`, `Remove the filter "${tag}"`),
};
