import { localized } from '../../../common/i18n';
import type { SecretState } from '../../../common/ipc/channels/accounts';

/** Texts of the WeChat Pay merchant accounts (list, detail, store messages). */
export const merchantText = {
  kind: localized('微信支付商户', 'WeChat Pay merchant'),
  kindShort: localized('商户', 'Merchant'),
  listTitle: localized('微信支付商户', 'WeChat Pay merchants'),
  unavailable: localized(
    '商户账号服务未连接，无法读取微信支付商户。请在卡券工作室桌面应用或测试服务器（npm run web）中打开此页面。',
    'The merchant accounts service is not connected, so WeChat Pay merchants cannot be read. Open this page in the Coupon Studio desktop app or the test harness (npm run web).',
  ),
  removed: (name: string) => localized(`已删除商户“${name}”，它的私钥和 APIv3 密钥已从本机清除。`, `Removed the merchant "${name}"; its private key and APIv3 key were erased from this computer.`),
  env: {
    sandbox: localized('沙箱', 'Sandbox'),
    wechatpay: localized('正式', 'Live'),
  },
  envLong: {
    sandbox: localized('沙箱：内置的微信支付模拟器，不连接微信支付', 'Sandbox: the built-in WeChat Pay simulator; nothing reaches WeChat Pay'),
    wechatpay: localized('正式：api.mch.weixin.qq.com', 'Live: api.mch.weixin.qq.com'),
  },
  secret: {
    none: localized('未设置', 'Not set'),
    stored: localized('已加密保存', 'Saved, encrypted'),
    session: localized('仅本次运行有效', 'This session only'),
    needs_reentry: localized('需要重新选择', 'Choose it again'),
  } satisfies Record<SecretState, unknown>,
} as const;
