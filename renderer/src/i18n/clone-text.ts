import { localized } from '../../../common/i18n';

/** "复制到其他公众号": one batch design reused for another client's account. */
export const cloneText = {
  menu: localized('复制到其他公众号…', 'Copy to another account…'),
  title: localized('复制批次到其他公众号', 'Copy this batch to another account'),
  body: localized(
    '为另一个公众号复制一份这个批次：草稿会得到新的编号，原批次不变。图片会在新公众号下重新上传，已创建的 card_id 不会被复制。',
    'Makes a copy of this batch for another account: the drafts get new ids and this batch stays as it is. Images are uploaded again for the new account; card_ids already created are not copied.',
  ),
  account: localized('目标公众号', 'Target account'),
  chooseAccount: localized('请选择公众号', 'Choose an account'),
  noOtherAccount: localized('还没有其他公众号：先在“账号”中添加。', 'There is no other account yet: add one under Accounts first.'),
  name: localized('新批次名称', 'New batch name'),
  brandName: localized('替换商户名字（可选）', 'Replace the merchant name (optional)'),
  brandHelp: localized('留空则沿用每张券原来的商户名字', 'Leave empty to keep the merchant name of each coupon'),
  servicePhone: localized('替换客服电话（可选）', 'Replace the service phone (optional)'),
  clearStores: localized('清空已选门店（门店 ID 属于原公众号，新公众号需要重新选择）', 'Clear the chosen stores (store ids belong to the original account; choose the stores of the new account again)'),
  cancel: localized('取消', 'Cancel'),
  confirm: localized('复制并打开', 'Copy and open'),
};
