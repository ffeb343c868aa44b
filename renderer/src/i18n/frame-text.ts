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
    menu: (current: string) => localized(`当前批次的公众号：${current}。切换账号`, `Account of this batch: ${current}. Switch account`),
    group: localized('当前批次使用的公众号', 'Account for this batch'),
    offlineItem: localized('不选择公众号（离线编辑）', 'No account (edit offline)'),
    offlineHint: localized('只起草和校验，不连接微信', 'Draft and validate only; nothing reaches Weixin'),
    manage: localized('管理账号…', 'Manage accounts…'),
    manageHint: localized('添加公众号、测试连接、沙箱', 'Add accounts, test connections, the sandbox'),
    removed: localized('账号已删除', 'Account removed'),
    removedHint: localized('这个批次选择的账号已不存在，请重新选择', 'The account this batch named no longer exists; choose another'),
    reselect: localized('请重新选择', 'Choose again'),
    loading: localized('正在读取账号…', 'Loading accounts…'),
  },
  status: {
    version: localized('版本', 'Version'),
    transport: localized('运行方式', 'Transport'),
    language: localized('界面语言', 'Language'),
  },
};
