import { localized } from '../../../common/i18n';

/** Texts of the sandbox 买单 payments in the History drawer (issue 11, problem 15; guide §3.2). */
export const paycellEventsText = {
  title: localized('快速买单的付款记录（沙箱）', '快速买单 payments (sandbox)'),
  noPublicUrl: localized(
    '桌面应用没有公网地址，收不到微信推送的真实付款事件：这里只显示沙箱里模拟的付款。',
    'A desktop app has no public URL to receive real events: events shown from the sandbox only.',
  ),
  bill: localized('账单金额（元）', 'Bill (yuan)'),
  pay: localized('模拟一笔微信支付买单', 'Simulate a WeChat Pay payment'),
  paying: localized('正在付款…', 'Paying…'),
  none: localized('还没有付款。', 'No payments yet.'),
  paid: (fee: string, original: string) => localized(`实付 ${fee} 元（应付 ${original} 元）`, `Paid ¥${fee} (bill ¥${original})`),
  store: (poi: number) => localized(`门店 ${poi}`, `Store ${poi}`),
  billBad: localized('账单金额应大于 0，最多两位小数。', 'The bill must be more than 0, with at most two decimals.'),
  event: localized('事件', 'Event'),
  transId: localized('微信支付单号', 'WeChat Pay transaction'),
  code: localized('卡券 code', 'Card code'),
  fen: localized('Fee / OriginalFee（分）', 'Fee / OriginalFee (fen)'),
};
