import { localized } from '../../../common/i18n';

/** Texts of the live preview and the findings panel. */
export const previewText = {
  title: localized('实时预览', 'Live preview'),
  subtitle: localized('微信卡包中的样子', 'As it looks in the WeChat card bag'),
  navTitle: localized('卡券详情', 'Coupon'),
  validityRange: (from: string, to: string) => localized(`有效期：${from} - ${to}`, `Valid ${from} - ${to}`),
  validityTerm: (begin: number, days: number) =>
    begin === 0
      ? localized(`领取后当天生效，有效期 ${days} 天`, `Valid from the day received, for ${days} days`)
      : localized(`领取后 ${begin} 天生效，有效期 ${days} 天`, `Valid ${begin} days after receipt, for ${days} days`),
  validityUnknown: localized('有效期未设置', 'Validity not set'),
  code: {
    CODE_TYPE_TEXT: localized('出示卡券号给店员', 'Show the code number to the clerk'),
    CODE_TYPE_BARCODE: localized('出示条形码', 'Show the barcode'),
    CODE_TYPE_QRCODE: localized('出示二维码', 'Show the QR code'),
    CODE_TYPE_ONLY_QRCODE: localized('出示二维码', 'Show the QR code'),
    CODE_TYPE_ONLY_BARCODE: localized('出示条形码', 'Show the barcode'),
    CODE_TYPE_NONE: localized('线上使用，无需出示', 'Used online, nothing to show'),
  } as Readonly<Record<string, ReturnType<typeof localized>>>,
  detailCell: localized('优惠详情', 'Offer details'),
  storesCell: localized('适用门店', 'Stores'),
  storesAll: localized('全部门店', 'All stores'),
  storesSome: (n: number) => localized(`${n} 家门店`, n === 1 ? '1 store' : `${n} stores`),
  storesNone: localized('未设置', 'Not set'),
  accountCell: localized('公众号', 'Official Account'),
  cash: (reduce: string, least: string | null) =>
    least === null
      ? localized(`价值 ${reduce} 元代金券一张，无最低消费`, `¥${reduce} off, no minimum spend`)
      : localized(`价值 ${reduce} 元代金券一张，满 ${least} 元可用`, `¥${reduce} off orders from ¥${least}`),
  discount: (zh: string, percent: number) => localized(`凭此券消费打${zh}`, `${percent}% off your purchase`),
  conditions: localized('使用条件', 'Conditions'),
  onlyFor: (x: string) => localized(`仅适用于${x}`, `Only for ${x}`),
  notFor: (x: string) => localized(`不适用于${x}`, `Not for ${x}`),
  minSpend: (x: string) => localized(`消费满 ${x} 元可用`, `For orders from ¥${x}`),
  buyFirst: (x: string) => localized(`购买${x}可用`, `Available after buying ${x}`),
  combinable: localized('可与其他优惠共享', 'Combinable with other offers'),
  notCombinable: localized('不可与其他优惠共享', 'Not combinable with other offers'),
  hours: localized('可用时段', 'Usage hours'),
  services: localized('商户服务', 'Merchant services'),
  usage: localized('使用须知', 'Terms of use'),
  phoneLine: (phone: string) => localized(`客服电话：${phone}`, `Service phone: ${phone}`),
  imageRemote: localized('微信图片', 'Weixin image'),
  noType: localized('无法识别卡券类型，预览不可用', 'Unknown coupon type: no preview'),
  findings: localized('检查结果', 'Checks'),
  findingsNone: localized('没有发现问题，这张卡券可以创建。', 'No problems found: this coupon can be created.'),
  inputIssue: localized('输入无法识别', 'Input not understood'),
  redirectLabel: localized('点击后打开', 'Opens'),
  redirectHint: localized(
    '微信会在你的链接后附上加密的券码和卡券 ID；你的网页需要先解密券码再使用（创建指引 2.8）',
    'Weixin adds the encrypted code and the card ID to your link; your page decrypts the code before using it (guide §2.8)',
  ),
  errcode: (n: number) => localized(`微信错误码 ${n}`, `Weixin errcode ${n}`),
};
