import { localized, type Localized } from '../../../common/i18n';

/** Texts of the builder's store picker when the batch has an account (getpoilist, §1.16). */
export const storePickerText = {
  someDesc: localized('从账号的门店中勾选', 'Tick stores of the account'),
  label: localized('选择门店', 'Choose stores'),
  help: (account: string) =>
    localized(`门店来自“${account}”的门店管理。只有审核通过的门店可以选择；审核中或被驳回的门店在公众平台处理后再刷新。`, `Stores of "${account}" (门店管理). Only approved stores can be chosen; sort out the ones in review or rejected on the platform, then refresh.`),
  loading: localized('正在读取门店列表…', 'Loading the store list…'),
  refresh: localized('刷新门店列表', 'Refresh the store list'),
  retry: localized('重试', 'Try again'),
  selected: (n: number, usable: number) => localized(`已选 ${n} 家 / 可用 ${usable} 家`, `${n} of ${usable} usable chosen`),
  selectAll: localized('全选可用门店', 'Choose all usable'),
  clearAll: localized('清空', 'Clear'),
  none: localized(
    '这个账号还没有门店。可以改为“不限门店”，或先在公众平台 门店管理 中添加门店并等待审核通过。',
    'This account has no stores. Choose "No stores", or add stores under 门店管理 on the platform and wait for approval.',
  ),
  state: {
    1: localized('系统错误', 'System error'),
    2: localized('审核中', 'In review'),
    3: localized('已通过', 'Approved'),
    4: localized('审核驳回', 'Rejected'),
  } as Readonly<Record<number, Localized>>,
  stateUnknown: (n: number) => localized(`状态 ${n}`, `State ${n}`),
  failed: localized('门店列表读取失败，可以先手动填写门店 ID', 'The store list could not be read; you can type store IDs meanwhile'),
  foreign: (id: number) =>
    localized(
      `门店 ${id} 不是这个公众号的门店（可能来自其他公众号或手动输入），微信会拒绝创建。请取消勾选或换成本公众号的门店。`,
      `Store ${id} is not a store of this Official Account (perhaps from another account or typed by hand); Weixin would refuse the card. Untick it or choose one of this account's stores.`,
    ),
  remove: (id: number) => localized(`移除 ${id}`, `Remove ${id}`),
};
