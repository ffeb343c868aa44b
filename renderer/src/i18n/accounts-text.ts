import { localized } from '../../../common/i18n';
import type { SecretState } from '../../../common/ipc/channels/accounts';

/** Texts of the accounts screen: the list, one account's details, the switcher's labels. */
export const accountsText = {
  title: localized('公众号账号', 'Official Accounts'),
  listLabel: localized('账号列表', 'Account list'),
  count: (n: number) => localized(`${n} 个账号`, n === 1 ? '1 account' : `${n} accounts`),
  add: localized('添加账号', 'Add account'),
  loading: localized('正在读取账号…', 'Loading accounts…'),
  loadFailed: localized('无法读取账号列表', 'The account list could not be loaded'),
  retry: localized('重试', 'Retry'),
  unavailable: localized(
    '账号服务未连接，无法读取公众号列表。请在卡券工作室桌面应用或测试服务器（npm run web）中打开此页面。',
    'The accounts service is not connected, so the account list cannot be read. Open this page in the Coupon Studio desktop app or the test harness (npm run web).',
  ),
  env: {
    sandbox: localized('沙箱', 'Sandbox'),
    weixin: localized('正式', 'Live'),
  },
  envLong: {
    sandbox: localized('沙箱：内置的微信接口模拟器，不连接微信', 'Sandbox: the built-in Weixin API simulator; nothing reaches Weixin'),
    weixin: localized('正式：api.weixin.qq.com', 'Live: api.weixin.qq.com'),
  },
  builtIn: localized('内置 · 不可编辑', 'Built in · read-only'),
  builtInHint: localized(
    '内置的示例商户连接本机沙箱，无需真实公众号即可试用建券、审核与各种错误情况。它不能编辑或删除。',
    'The built-in demo merchant talks to the local sandbox, so you can try creating, reviewing and every failure without a real Official Account. It cannot be edited or removed.',
  ),
  secret: {
    none: localized('未设置', 'Not set'),
    stored: localized('已加密保存', 'Saved, encrypted'),
    session: localized('仅本次运行有效', 'This session only'),
    needs_reentry: localized('需要重新输入', 'Enter it again'),
  } satisfies Record<SecretState, unknown>,
  secretBuiltIn: localized('内置演示密钥', 'Built-in demo secret'),
  secretHint: {
    none: localized('测试连接或建券前，请先填写 AppSecret。', 'Enter the AppSecret before testing the connection or creating coupons.'),
    stored: localized('已用系统钥匙串加密保存在本机；界面不会再显示它。', 'Encrypted with the system key store on this computer; the window never shows it again.'),
    session: localized('只保存在内存中，退出应用后需要重新输入。', 'Kept in memory only; enter it again after the app quits.'),
    needs_reentry: localized(
      '已保存的 AppSecret 无法读取（系统钥匙串可能已更换）。原数据未删除，请重新输入。',
      'The saved AppSecret cannot be read (the system key store may have changed). Nothing was deleted; enter it again.',
    ),
  } satisfies Record<SecretState, unknown>,
  token: {
    stable: localized('stable_token（推荐）', 'stable_token (recommended)'),
    classic: localized('cgi-bin/token（旧方式）', 'cgi-bin/token (classic)'),
  },
  tokenDesc: {
    stable: localized('与商户的服务器、其他系统共用同一 AppSecret 时互不影响', 'Safe alongside the merchant\'s servers and other systems using the same AppSecret'),
    classic: localized('每次获取都会让其他系统手中的 token 在 5 分钟后失效', 'Every fetch makes the token other systems hold expire 5 minutes later'),
  },
  classicWarning: localized(
    '使用 cgi-bin/token 时，本应用每获取一次 token，商户服务器、有赞/微盟等其他系统正在使用的 access_token 就会在 5 分钟后失效（报 40001）。除非确认没有其他系统使用这个公众号，否则请用 stable_token。',
    'With cgi-bin/token, every token this app fetches makes the access_token used by the merchant\'s server and other systems (Youzan, Weimob…) expire 5 minutes later (they get 40001). Use stable_token unless you are sure nothing else uses this account.',
  ),
  fields: {
    appid: localized('AppID', 'AppID'),
    environment: localized('环境', 'Environment'),
    token: localized('获取 token 方式', 'Token mode'),
    secret: localized('AppSecret', 'AppSecret'),
    verified: localized('最近验证', 'Last verified'),
    concurrency: localized('并发请求', 'Concurrency'),
    proxy: localized('代理', 'Proxy'),
  },
  verifiedAt: (when: string) => localized(`${when}（北京时间）`, `${when} (China time)`),
  neverVerified: localized('尚未测试连接', 'Not tested yet'),
  concurrencyValue: (n: number) => localized(`同时 ${n} 个请求`, `${n} at a time`),
  direct: localized('直连（或系统代理变量）', 'Direct (or the system proxy variables)'),
  test: localized('测试连接', 'Test connection'),
  testing: localized('正在测试…', 'Testing…'),
  edit: localized('编辑', 'Edit'),
  remove: localized('删除', 'Remove'),
  copy: localized('复制', 'Copy'),
  copied: localized('已复制', 'Copied'),
  copyFailed: localized('无法访问剪贴板，请手动选中复制', 'The clipboard is not available; select and copy by hand'),
  liveNotice: {
    title: localized('2021 年 4 月 1 日起，微信已停止大多数账号新建优惠券', 'Since 1 April 2021 Weixin no longer lets most accounts create new coupons'),
    body: localized(
      '团购券、代金券、折扣券、兑换券、优惠券这五类卡券，多数公众号已无法再新建（接口和公众平台页面都一样）。本应用仍会按官方规则校验并如实提交；如果微信拒绝，会说明原因与错误码，不会假装成功。已创建的卡券仍可投放和核销。会员卡与微信支付商家券是接下来的方向。',
      'For most Official Accounts, Weixin refuses new GROUPON, CASH, DISCOUNT, GIFT and GENERAL_COUPON cards (through the API and on the platform alike). This app still validates by the official rules and submits faithfully; if Weixin refuses, it tells you why and shows the errcode, never a fake success. Existing coupons can still be issued and redeemed. Member cards and WeChat Pay merchant coupons are the next steps.',
    ),
  },
  removeConfirm: {
    title: (name: string) => localized(`删除账号“${name}”？`, `Remove the account "${name}"?`),
    body: localized(
      '会从本机删除这个账号的资料和保存的 AppSecret。草稿和创建记录都会保留；公众平台上的卡券不受影响。',
      'Its profile and saved AppSecret are deleted from this computer. Drafts and creation history are kept, and nothing changes on the Official Accounts Platform.',
    ),
    batch: localized('当前批次使用这个账号，删除后将改为离线编辑。', 'The open batch uses this account; it will switch to offline editing.'),
    confirm: localized('删除账号', 'Remove account'),
    cancel: localized('取消', 'Cancel'),
  },
  removed: (name: string) => localized(`已删除账号“${name}”，草稿与创建记录已保留`, `Removed "${name}"; drafts and history are kept`),
  storage: {
    title: localized('AppSecret 保存方式', 'How AppSecrets are kept'),
    persistence: {
      encrypted: localized('系统钥匙串加密保存', 'Encrypted by the system key store'),
      basic_text_opted_in: localized('弱加密保存（已同意使用 basic_text）', 'Weakly encrypted (basic_text, opted in)'),
      session_only: localized('仅本次运行有效', 'This session only'),
      environment: localized('从环境变量读取', 'Read from the environment'),
      memory: localized('仅保存在内存中', 'Memory only'),
    },
    backend: (name: string) => localized(`存储后端：${name}`, `Backend: ${name}`),
    optIn: localized('在没有系统钥匙串的 Linux 上仍然保存 AppSecret', 'Save AppSecrets on Linux without a system key store'),
    optInHelp: localized(
      '这台电脑只提供 basic_text：开启后 AppSecret 会写入磁盘，但只用一个公开的固定密钥加密，任何能读取你文件的人或程序都能解密。关闭时只保存在内存中，每次启动后重新输入。更安全的做法是安装 gnome-keyring 或 KWallet 后重启应用。',
      'This computer offers only basic_text: when on, AppSecrets are written to disk encrypted with a fixed, public key, so anyone or any program that can read your files can decrypt them. When off, they stay in memory and are entered again after each start. Safer: install gnome-keyring or KWallet and restart the app.',
    ),
    changeFailed: localized('保存方式未能更改', 'The setting was not changed'),
  },
};
