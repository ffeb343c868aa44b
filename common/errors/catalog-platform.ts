import { localized as L } from '../i18n';
import type { ErrcodeEntry } from './types';

const TOKEN_CONFIG_FIX = L(
  '在公众平台 设置与开发 → 基本配置 中核对 AppID 和 AppSecret（开发者密码）；忘记了就重置，再到本工具的账号设置中更新（注意不要多复制空格）',
  'Check the AppID and AppSecret (开发者密码) in 设置与开发 → 基本配置 on the Official Accounts Platform; reset the secret if lost and update it in the account settings (watch for copied spaces)',
);
const CLIENT_BUG_FIX = L(
  '这是本工具发出的请求有误，不是你的卡券内容问题。请把错误码和 rid 反馈给我们',
  'The request Coupon Studio sent is wrong; your coupon is not the problem. Please report the code and rid to us',
);
const IP_WHITELIST_FIX = L(
  '在公众平台 设置与开发 → 基本配置 → IP白名单 中添加本机的公网出口 IP（不是 192.168.x.x 这类局域网地址；新版后台在 开发接口管理 → 基本配置）。家庭宽带的 IP 会变，变了要重新添加',
  'Add this computer\'s public egress IP (not a LAN address such as 192.168.x.x) in 设置与开发 → 基本配置 → IP白名单 (newer consoles: 开发接口管理 → 基本配置). Home broadband IPs change; add the new one when that happens',
);

/**
 * Token, configuration, quota and permission codes (wechat-card-api.md §2, §3, §8). On the token
 * endpoint a "refresh" code cannot be cured by refreshing: it is a configuration error (§2 40001).
 */
export const PLATFORM_ERRCODES: readonly ErrcodeEntry[] = [
  {
    errcode: -1,
    errmsg: 'system error',
    action: 'retry',
    meaning: L('微信系统繁忙', 'Weixin is busy (system error)'),
    fix: L('本工具会稍后自动重试；一直出现的话，请过一会儿再试', 'The app retries with a growing delay; if it keeps happening, try again later'),
  },
  {
    errcode: 0,
    errmsg: 'ok',
    action: 'none',
    meaning: L('成功', 'Success'),
    fix: L('无需处理', 'Nothing to do'),
  },
  {
    errcode: 40001,
    errmsg: 'invalid credential, access_token is invalid or not latest',
    action: 'refresh_token',
    meaning: L(
      'access_token 已失效或不是最新的：通常是其他服务器或工具用同一个 AppID 重新获取了 token，旧 token 5 分钟后作废',
      'The access_token is invalid or not the latest: usually another server or tool fetched a new token for the same AppID and the old one stopped working 5 minutes later',
    ),
    fix: L(
      '本工具会自动重新获取 token 并重试一次。如果经常出现，说明别的系统也在用同一个 AppSecret 调用 cgi-bin/token，请让它改用 stable_token 或与本工具共用一个 token 服务',
      'The app fetches a new token and retries once. If this happens often, another system calls cgi-bin/token with the same AppSecret; have it use stable_token or share one token service',
    ),
    on: {
      token: {
        action: 'report',
        meaning: L('获取 access_token 时 AppSecret 不正确（或 AppID 与 AppSecret 不匹配）', 'The token endpoint refused the AppSecret (wrong secret, or AppID and secret do not match)'),
        fix: TOKEN_CONFIG_FIX,
      },
    },
  },
  {
    errcode: 40002,
    errmsg: 'invalid grant_type',
    action: 'report',
    meaning: L('不合法的凭证类型 grant_type', 'Invalid grant_type'),
    fix: CLIENT_BUG_FIX,
  },
  {
    errcode: 40013,
    errmsg: 'invalid appid',
    action: 'report',
    meaning: L('AppID 不正确', 'The AppID is not valid'),
    fix: L(
      '核对账号设置中的 AppID：公众平台 设置与开发 → 基本配置 里的“开发者ID(AppID)”，以 wx 开头',
      'Check the AppID in the account settings against 开发者ID(AppID) in 设置与开发 → 基本配置; it starts with "wx"',
    ),
  },
  {
    errcode: 40014,
    errmsg: 'invalid access_token',
    action: 'refresh_token',
    meaning: L('access_token 不合法（有时过期后也返回此码）', 'The access_token is not valid (sometimes also returned after it expired)'),
    fix: L('本工具会自动重新获取 token 并重试一次', 'The app fetches a new token and retries once'),
    on: { token: { action: 'report', fix: TOKEN_CONFIG_FIX } },
  },
  {
    errcode: 40125,
    errmsg: 'invalid appsecret',
    action: 'report',
    meaning: L('AppSecret（开发者密码）不正确', 'The AppSecret (开发者密码) is wrong'),
    fix: TOKEN_CONFIG_FIX,
  },
  {
    errcode: 40164,
    errmsg: 'invalid ip, not in whitelist',
    action: 'report',
    meaning: L('调用接口的 IP 地址不在公众号的 IP 白名单中', "The calling IP address is not on the account's IP whitelist"),
    fix: IP_WHITELIST_FIX,
  },
  {
    // §3.8: newer docs name 61004 for the same check; OA reports so far show 40164.
    errcode: 61004,
    errmsg: 'access clientip is not registered, not in ip-white-list',
    action: 'report',
    meaning: L('调用接口的 IP 地址不在公众号的 IP 白名单中', "The calling IP address is not on the account's IP whitelist"),
    fix: IP_WHITELIST_FIX,
  },
  {
    // §2: the errmsg of 40243 is unconfirmed, so none is claimed here.
    errcode: 40243,
    errmsg: '',
    action: 'report',
    meaning: L('AppSecret 已被冻结，无法获取 access_token', 'The AppSecret is frozen, so no access_token can be fetched'),
    fix: L('登录公众平台 设置与开发 → 基本配置，解冻或重置 AppSecret 后在账号设置中更新', 'Unfreeze or reset the AppSecret in 设置与开发 → 基本配置, then update it in the account settings'),
  },
  {
    errcode: 89503,
    errmsg: '此次调用需要管理员确认，请耐心等候',
    action: 'report',
    meaning: L('来自这个 IP 的调用需要公众号管理员确认', "Calls from this IP need the account administrator's confirmation"),
    fix: L(
      '请管理员在微信里确认这次调用（或把该 IP 加入 IP白名单），确认后再试',
      'Ask the administrator to confirm the call in Weixin (or add the IP to the IP whitelist), then try again',
    ),
  },
  {
    errcode: 41001,
    errmsg: 'access_token missing',
    action: 'report',
    meaning: L('请求缺少 access_token 参数', 'The request carried no access_token'),
    fix: CLIENT_BUG_FIX,
  },
  {
    errcode: 42001,
    errmsg: 'access_token expired',
    action: 'refresh_token',
    meaning: L('access_token 已过期（有效期通常为 7200 秒）', 'The access_token expired (it lives up to 7200 s)'),
    fix: L('本工具会自动重新获取 token 并重试一次', 'The app fetches a new token and retries once'),
    on: { token: { action: 'report', fix: TOKEN_CONFIG_FIX } },
  },
  {
    errcode: 43002,
    errmsg: 'require POST method',
    action: 'report',
    meaning: L('该接口需要 POST 请求', 'This API requires POST'),
    fix: CLIENT_BUG_FIX,
  },
  {
    errcode: 44002,
    errmsg: 'empty post data',
    action: 'report',
    meaning: L('POST 请求体为空', 'The POST body was empty'),
    fix: CLIENT_BUG_FIX,
  },
  {
    errcode: 47001,
    errmsg: 'data format error',
    action: 'fix_input',
    meaning: L(
      '数据格式错误：JSON 无法解析、字段类型不对、卡券类型节点与 card_type 不符，或修改了不可修改的字段',
      'Data format error: the JSON cannot be parsed, a field has the wrong type, the type object does not match card_type, or a field that cannot be updated was sent',
    ),
    fix: L(
      '检查 JSON：数字不要加引号、card_type 对应的小写节点名（如 GROUPON 对应 groupon）、字段名有没有拼错',
      'Check the JSON: numbers without quotes, the lowercase type key matching card_type (GROUPON → groupon), and misspelt field names',
    ),
  },
  {
    errcode: 45009,
    errmsg: 'reach max api daily quota limit',
    action: 'report',
    meaning: L('该接口今天的调用次数已用完', "Today's call quota for this API is used up"),
    fix: L(
      '今天不要再重试，配额明天恢复。急用时可在公众平台后台或用 clear_quota 接口清零，但每个账号每月只能清零 10 次',
      'Do not retry today; the quota comes back tomorrow. If it is urgent, reset it on the Official Accounts Platform or with clear_quota — only 10 resets per account per month',
    ),
  },
  {
    errcode: 45011,
    errmsg: 'api minute-quota reach limit, must slower, retry next minute',
    action: 'wait_next_minute',
    meaning: L('调用太频繁，触发了每分钟的频率限制', 'Too many calls: the per-minute limit was hit'),
    fix: L('本工具会等到下一分钟再重试；批量创建时可以放慢速度', 'The app waits for the next minute and retries; slow the batch down if it recurs'),
  },
  {
    errcode: 48001,
    errmsg: 'api unauthorized',
    action: 'report',
    meaning: L('公众号没有该接口的权限', 'The account is not authorised for this API'),
    fix: L(
      '确认公众号已认证、已开通对应功能（如卡券功能），并且 AppID 填的是这个公众号的',
      'Check that the account is verified, the feature (e.g. 卡券功能) is enabled, and the AppID belongs to this account',
    ),
    on: {
      // product-landscape.md §0: new coupons of these five types cannot be created since 2021-04-01.
      card_create: {
        meaning: L(
          '没有创建卡券的权限。自 2021-04-01 起，微信已停止大多数账号新建折扣券、代金券、兑换券、团购券和优惠券（API 和公众平台都不能新建），这通常就是原因；也可能是账号没开通卡券功能或未认证',
          'Not authorised to create cards. Since 2021-04-01 Weixin no longer lets most accounts create new DISCOUNT, CASH, GIFT, GROUPON or GENERAL_COUPON coupons (neither by API nor on the platform) — usually that is the cause; the account may also lack 卡券功能 or verification',
        ),
        fix: L(
          '以前创建的券仍可管理（库存、二维码、买单、自助核销）。新券请考虑微信支付的商家券或代金券；如果确定账号仍能建券，请检查卡券功能是否开通、账号是否认证',
          'Coupons created earlier can still be managed (stock, QR codes, paycell, self-redemption). For new coupons consider WeChat Pay 商家券 / 代金券; if you are sure this account may still create them, check that 卡券功能 is enabled and the account is verified',
        ),
      },
    },
  },
  {
    errcode: 48004,
    errmsg: 'api forbidden for irregularities',
    action: 'report',
    meaning: L('该接口因违规被封禁', 'This API is blocked for the account because of rule violations'),
    fix: L('登录公众平台查看违规通知，按指引整改或申诉', 'Read the violation notice on the Official Accounts Platform and fix or appeal as it says'),
  },
  {
    errcode: 48006,
    errmsg: 'forbid to clear quota because of reaching the limit',
    action: 'report',
    meaning: L('本月的配额清零次数（10 次）已用完', "This month's 10 quota resets are used up"),
    fix: L('等明天每日配额恢复；下个月才能再清零', "Wait for tomorrow's quota; resets are available again next month"),
  },
  {
    errcode: 61007,
    errmsg: 'api is unauthorized to component',
    action: 'report',
    meaning: L('第三方平台没有获得该接口的权限集授权', 'The third-party platform was not granted the permission set for this API'),
    fix: L('请公众号管理员重新授权第三方平台，并勾选卡券相关权限', "Ask the account administrator to authorise the platform again with the card permissions ticked"),
  },
];
