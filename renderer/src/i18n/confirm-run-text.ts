import { localized } from '../../../common/i18n';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** The confirmation before 开始创建: everything one click will send, said before it is sent. */
export const confirmRunText = {
  title: localized('确认开始创建', 'Start creating these coupons?'),
  account: localized('公众号', 'Account'),
  cards: localized('创建卡券', 'Coupons to create'),
  cardsValue: (n: number) => localized(`${n} 张`, plural(n, '1 coupon', `${n} coupons`)),
  images: localized('上传图片', 'Images to upload'),
  imagesValue: (n: number) => localized(n === 0 ? '无' : `${n} 张`, n === 0 ? 'none' : plural(n, '1 image', `${n} images`)),
  calls: localized('微信接口调用', 'Calls to Weixin'),
  callsValue: (n: number) => localized(`约 ${n} 次`, plural(n, 'about 1 call', `about ${n} calls`)),
  skipped: (n: number) => localized(`另有 ${n} 张有错误的草稿不会创建`, plural(n, '1 draft with errors is left out', `${n} drafts with errors are left out`)),
  irreversible: localized(
    '卡券创建后不能撤回：它会出现在公众平台的卡券列表中，只能在那里删除或停用。',
    'This cannot be undone: each coupon appears in the Official Accounts Platform and can only be deleted or stopped there.',
  ),
  quota: localized(
    '这些调用计入该公众号每天的接口次数上限；用完后当天无法再创建，明天才会恢复。',
    'These calls count against the account’s daily limit; once it is used up, nothing more can be created until tomorrow.',
  ),
  confirm: (n: number) => localized(`创建 ${n} 张`, plural(n, 'Create 1 coupon', `Create ${n} coupons`)),
  cancel: localized('取消', 'Cancel'),
};
