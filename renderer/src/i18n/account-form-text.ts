import { localized } from '../../../common/i18n';
import { CONCURRENCY_LIMITS } from '../../../common/ipc/channels/accounts';

/** Texts of the add / edit account form and its inline checks. */
export const accountFormText = {
  createTitle: localized('添加公众号', 'Add an Official Account'),
  editTitle: (name: string) => localized(`编辑“${name}”`, `Edit "${name}"`),
  intro: localized(
    'AppID 与 AppSecret 在公众平台 设置与开发 → 基本配置 中查看。AppSecret 只在本机主进程中使用，保存后界面只显示保存状态。',
    'Find the AppID and AppSecret under 设置与开发 → 基本配置 on the Official Accounts Platform. The AppSecret is used only by this computer\'s main process; after saving, the window shows only whether it is saved.',
  ),
  name: localized('账号名称', 'Account name'),
  nameHelp: localized('只在本应用中显示，例如客户的品牌名', 'Shown only in this app, e.g. the client\'s brand'),
  namePlaceholder: localized('例如：小林咖啡', 'e.g. Xiaolin Coffee'),
  nameEmpty: localized('请填写账号名称（只在本应用中显示）。', 'Enter an account name (shown only in this app).'),
  nameLong: (max: number) => localized(`账号名称最多 ${max} 个字符。`, `The account name may have at most ${max} characters.`),
  appid: localized('AppID（开发者ID）', 'AppID (developer ID)'),
  appidHelp: localized('wx 开头，后跟 16 位十六进制字符，共 18 位', '"wx" followed by 16 hex characters, 18 in all'),
  appidEmpty: localized('请填写 AppID：公众平台 设置与开发 → 基本配置 → 开发者ID(AppID)。', 'Enter the AppID: 设置与开发 → 基本配置 → 开发者ID(AppID) on the Official Accounts Platform.'),
  appidChangeClears: localized('更换 AppID 会清除已保存的 AppSecret（它属于原来的 AppID）。', 'Changing the AppID clears the saved AppSecret (it belongs to the old AppID).'),
  secret: localized('AppSecret（开发者密码）', 'AppSecret (developer password)'),
  secretHelpNew: localized('可稍后再填。保存后不会再显示。', 'You can add it later. It is never shown again after saving.'),
  secretHelpEdit: localized('留空则保持不变；输入新的值会替换已保存的 AppSecret。', 'Leave empty to keep it; typing a new one replaces the saved AppSecret.'),
  secretPlaceholderNew: localized('粘贴 32 位 AppSecret', 'Paste the 32-character AppSecret'),
  secretPlaceholderKept: localized('已保存 · 留空则保持不变', 'Saved · leave empty to keep it'),
  secretBad: localized(
    'AppSecret 格式不正确：应为 8–128 个可见字符且不含空格（通常是 32 位字母和数字）。请从 设置与开发 → 基本配置 重新复制。',
    'The AppSecret is not valid: 8–128 visible characters with no spaces (usually 32 letters and digits). Copy it again from 设置与开发 → 基本配置.',
  ),
  secretState: localized('当前状态', 'Current state'),
  clearSecret: localized('清除已保存的 AppSecret', 'Clear the saved AppSecret'),
  token: localized('获取 access_token 的方式', 'How to get the access_token'),
  advanced: localized('高级', 'Advanced'),
  advancedHint: localized('并发与网络代理', 'Concurrency and proxy'),
  concurrency: localized('并发请求数', 'Parallel requests'),
  concurrencyHelp: localized(
    `批量建券时同时发出的请求数，${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}，默认 ${CONCURRENCY_LIMITS.default}。遇到频率限制（45009/45011）时调低。`,
    `Requests sent at once while creating a batch, ${CONCURRENCY_LIMITS.min}–${CONCURRENCY_LIMITS.max}, default ${CONCURRENCY_LIMITS.default}. Lower it if Weixin answers with rate limits (45009/45011).`,
  ),
  concurrencyBad: localized(
    `并发请求数应为 ${CONCURRENCY_LIMITS.min} 到 ${CONCURRENCY_LIMITS.max} 之间的整数（默认 ${CONCURRENCY_LIMITS.default}）。`,
    `Parallel requests must be a whole number from ${CONCURRENCY_LIMITS.min} to ${CONCURRENCY_LIMITS.max} (default ${CONCURRENCY_LIMITS.default}).`,
  ),
  proxy: localized('HTTP 代理', 'HTTP proxy'),
  proxyHelp: localized(
    '公司网络需要代理时填写，形如 http://代理主机:端口；留空则直连（或使用系统的 HTTPS_PROXY 设置）。IP 白名单要添加的是代理的出口 IP。',
    'Only if your network needs one, as http://proxy-host:port; leave empty to connect directly (or use the system HTTPS_PROXY). The IP to whitelist is then the proxy\'s egress IP.',
  ),
  proxyPlaceholder: localized('http://proxy.example.com:8080', 'http://proxy.example.com:8080'),
  save: localized('保存', 'Save'),
  create: localized('添加账号', 'Add account'),
  saving: localized('正在保存…', 'Saving…'),
  cancel: localized('取消', 'Cancel'),
  saveFailed: localized('账号未能保存', 'The account was not saved'),
  secretFailedAfterCreate: localized(
    '账号已添加，但 AppSecret 未能保存。请检查后重新输入。',
    'The account was added, but the AppSecret was not saved. Check it and enter it again.',
  ),
  storage: localized('AppSecret 保存方式', 'How AppSecrets are kept'),
};
