import { localized } from '../../../common/i18n';

/** Texts of the app frame: product name, navigation, top bar, status bar and the screens not built here. */
export const frameText = {
  product: localized('卡券工作室', 'Coupon Studio'),
  navLabel: localized('主导航', 'Main navigation'),
  screens: {
    builder: localized('批量制券', 'Builder'),
    history: localized('创建记录', 'History'),
    accounts: localized('账号', 'Accounts'),
    console: localized('API 调试', 'Console'),
    settings: localized('设置', 'Settings'),
  },
  connecting: localized('正在连接…', 'Connecting…'),
  noBridge: localized(
    '未连接到卡券工作室主进程：请在桌面应用或测试服务器（npm run web）中打开此页面。',
    'Not connected to the Coupon Studio main process: open this page in the desktop app or the harness (npm run web).',
  ),
  languageSwitch: (current: string, next: string) => localized(`界面语言：${current}，切换到 ${next}`, `Interface language: ${current}; switch to ${next}`),
  account: {
    none: localized('未选择公众号', 'No account selected'),
    offline: localized('离线编辑', 'Editing offline'),
    hint: localized('在“账号”页添加公众号后，可在这里切换创建卡券所用的账号', 'Add an Official Account on the Accounts screen, then switch between accounts here'),
  },
  status: {
    version: localized('版本', 'Version'),
    transport: localized('运行方式', 'Transport'),
    language: localized('界面语言', 'Language'),
  },
  pending: {
    history: {
      title: localized('创建记录', 'Creation history'),
      body: localized(
        '每次批量创建的结果都会记录在这里：微信返回的 card_id、审核状态、失败原因与错误码说明。超时等结果未知的请求会先核对再决定是否重发，绝不重复创建。',
        'Every batch you create is recorded here: the card_id Weixin returned, review status, failures and what each errcode means. Requests with an unknown outcome are reconciled before any resend, so nothing is created twice.',
      ),
    },
    accounts: {
      title: localized('公众号账号', 'Official Accounts'),
      body: localized(
        '在这里添加公众号的 AppID 与 AppSecret、测试连接、查看 IP 白名单提示。AppSecret 加密保存在本机，只在主进程中使用，界面永远读不到它。',
        'Add each Official Account’s AppID and AppSecret here, test the connection and see IP-whitelist advice. AppSecrets are encrypted on this computer and used only by the main process; the interface never reads them back.',
      ),
    },
    console: {
      title: localized('API 调试台', 'API console'),
      body: localized(
        '直接调用卡券接口，查看完整的请求与返回，access_token 等敏感信息自动隐藏。默认连接内置沙箱，无需真实账号即可试用。',
        'Call the card API directly and see each request and answer in full, with access_token and other secrets masked. It talks to the built-in sandbox by default, so no real account is needed to try it.',
      ),
    },
    goBuilder: localized('前往批量制券', 'Go to the builder'),
  },
};
