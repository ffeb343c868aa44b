import { localized, type Localized } from '../../../common/i18n';
import type { ConnectionReport } from '../../../common/ipc/channels/accounts';

type Stage = Extract<ConnectionReport, { status: 'failed' }>['stage'];

/** Texts of the "test connection" result panel. */
export const connectionText = {
  okTitle: localized('连接成功', 'Connected'),
  okToken: (minutes: number) =>
    localized(`AppID 和 AppSecret 正确，已取得调用凭证（${minutes} 分钟后到期，会自动续期）`, `The AppID and AppSecret are right and the app holds a call credential (it expires in ${minutes} min and renews by itself)`),
  okStores: (total: number, usable: number) =>
    localized(`门店 ${total} 家，其中 ${usable} 家已通过审核，可用于卡券`, `${total} ${total === 1 ? 'store' : 'stores'}, ${usable} approved and usable on coupons`),
  okNoStores: localized('这个账号还没有门店：卡券可设为不限门店，或先在公众平台 门店管理 中添加', 'This account has no stores yet: coupons can go without stores, or add some under 门店管理 on the platform'),
  okCardApi: localized('卡券接口可以访问', 'The card API answers'),
  verifiedAt: (when: string) => localized(`验证时间 ${when}（北京时间）`, `Verified ${when} (China time)`),
  failTitle: localized('连接失败', 'Connection failed'),
  stage: {
    secret: localized('AppSecret', 'AppSecret'),
    token: localized('获取 access_token', 'Getting the access_token'),
    stores: localized('读取门店列表', 'Listing stores'),
    card_api: localized('访问卡券接口', 'Calling the card API'),
    network: localized('网络连接', 'Network'),
  } satisfies Record<Stage, Localized>,
  failedAt: (stage: string) => localized(`在“${stage}”这一步失败`, `Failed at: ${stage}`),
  headline: {
    40164: localized('本机 IP 不在公众号的 IP 白名单中', 'This computer\'s IP is not on the account\'s IP whitelist'),
    40125: localized('AppSecret 不正确', 'The AppSecret is wrong'),
    40013: localized('AppID 无效', 'The AppID is not valid'),
    48001: localized('公众号缺少这项接口权限', 'The account lacks this API permission'),
    40001: localized('access_token 无效或已被其他系统刷新', 'The access_token is invalid or was refreshed elsewhere'),
    45009: localized('今天的接口调用次数已用完', 'Today\'s API call quota is used up'),
    61004: localized('本机 IP 不在公众号的 IP 白名单中', 'This computer\'s IP is not on the account\'s IP whitelist'),
  } as Readonly<Record<number, Localized>>,
  headlineSecret: localized('还没有可用的 AppSecret', 'There is no AppSecret to use'),
  headlineNetwork: localized('无法连接到微信服务器', 'Weixin could not be reached'),
  headlineOther: localized('微信拒绝了请求', 'Weixin refused the request'),
  meaning: localized('原因', 'What it means'),
  fix: localized('怎么解决', 'What to do'),
  ipLabel: localized('需要加入白名单的 IP', 'IP to add to the whitelist'),
  ipv6Label: localized('IPv6 地址（如使用 IPv6 也需添加）', 'IPv6 address (add it too if you use IPv6)'),
  whitelistPath: localized('公众平台 → 设置与开发 → 基本配置 → IP白名单', 'Official Accounts Platform → 设置与开发 → 基本配置 → IP白名单'),
  whitelistWhere: localized('在哪里添加', 'Where to add it'),
  whitelistNote: localized(
    '这是微信看到的本机公网出口 IP。家庭宽带的 IP 会变化，变化后需要重新添加；使用代理时要添加代理的出口 IP。',
    'This is the public egress IP Weixin saw. Home broadband IPs change, so add the new one when that happens; behind a proxy, add the proxy\'s egress IP.',
  ),
  networkChecks: [
    localized('这台电脑能否打开网页、访问 api.weixin.qq.com', 'Whether this computer can reach the internet and api.weixin.qq.com'),
    localized('公司网络需要代理时，在账号的“高级”中填写代理，并确认地址和端口正确', 'If your network needs a proxy, set it under Advanced in the account and check its host and port'),
    localized('防火墙或安全软件是否拦截了卡券工作室', 'Whether a firewall or security software blocks Coupon Studio'),
  ],
  networkCheckTitle: localized('请检查', 'Check'),
  errcode: localized('错误码', 'errcode'),
  rid: localized('请求 ID', 'Request id'),
  reenterSecret: localized('重新输入 AppSecret', 'Enter the AppSecret again'),
  openSettings: localized('编辑账号设置', 'Edit the account settings'),
  again: localized('再试一次', 'Try again'),
  failedToRun: localized('测试未能完成', 'The test could not run'),
};
