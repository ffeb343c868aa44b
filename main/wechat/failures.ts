import { describeWeixinError } from '../../common/errors/describe';
import { localized, type Localized } from '../../common/i18n';
import type {
  AmbiguousCause,
  CancelledFailure,
  ConfigFailure,
  ConfigReason,
  HttpFailure,
  InvalidResponseFailure,
  NetworkFailure,
  OutcomeUnknownFailure,
  TimeoutFailure,
  WeixinErrcodeFailure,
} from './failure';

/** Builders for every failure kind, each with its bilingual message and fix. */

const RETRY_LATER = localized('检查网络连接和代理设置，稍后再试', 'Check the network connection and the proxy settings, then try again later');

/** A Weixin errcode answer, explained by the errcode catalog (common/errors). */
export function weixinFailure(endpoint: string, errcode: number, errmsg: string): WeixinErrcodeFailure {
  const d = describeWeixinError({ errcode, errmsg, endpoint });
  // §3.8: the IP is the one thing the user must copy; say it in the message, not only in the fix.
  const ipZh = d.whitelistIp ? `（微信看到的 IP：${d.whitelistIp.ip}）` : '';
  const ipEn = d.whitelistIp ? ` (Weixin saw IP ${d.whitelistIp.ip})` : '';
  return {
    kind: 'weixin',
    endpoint,
    errcode,
    errmsg,
    ...(d.rid === undefined ? {} : { rid: d.rid }),
    action: d.action,
    ...(d.whitelistIp ? { whitelistIp: d.whitelistIp } : {}),
    message: localized(`微信返回错误 ${errcode}：${d.meaning['zh-CN']}${ipZh}`, `Weixin returned error ${errcode}: ${d.meaning.en}${ipEn}`),
    fix: d.fix,
  };
}

/** The token endpoint refused: a configuration error with the catalog's token-specific texts (§5.3). */
export function tokenRefused(endpoint: string, errcode: number, errmsg: string): ConfigFailure {
  const w = weixinFailure(endpoint, errcode, errmsg);
  return {
    kind: 'config',
    reason: 'token_refused',
    endpoint,
    errcode,
    errmsg,
    ...(w.rid === undefined ? {} : { rid: w.rid }),
    ...(w.whitelistIp ? { whitelistIp: w.whitelistIp } : {}),
    message: localized(`获取 access_token 失败。${w.message['zh-CN']}`, `Could not get an access_token. ${w.message.en}`),
    fix: w.fix,
  };
}

const CONFIG_TEXT: Readonly<Record<Exclude<ConfigReason, 'token_refused'>, { message: Localized; fix: Localized }>> = {
  secret_unavailable: {
    message: localized('无法读取这个账号的 AppSecret', "This account's AppSecret could not be read"),
    fix: localized('在账号设置中重新输入 AppSecret（开发者密码）', 'Enter the AppSecret (开发者密码) again in the account settings'),
  },
  invalid_appid: {
    message: localized('AppID 为空或包含空白字符', 'The AppID is empty or contains whitespace'),
    fix: localized('在账号设置中填写以 wx 开头的 AppID，注意不要多复制空格', 'Enter the AppID (it starts with "wx") in the account settings, without extra spaces'),
  },
  invalid_base_url: {
    message: localized('接口地址无效：须为 https 地址（仅本机沙盒可用 http）', 'The API address is not valid: it must be https (plain http only for the local sandbox)'),
    fix: localized('使用 https://api.weixin.qq.com，或内置沙盒的地址', 'Use https://api.weixin.qq.com or the built-in sandbox address'),
  },
  invalid_proxy: {
    message: localized('代理地址无效：须为 http://主机:端口 或 https://主机:端口', 'The proxy address is not valid: it must be http://host:port or https://host:port'),
    fix: localized('在账号设置中改正代理地址，或清空它以使用系统环境变量中的代理', 'Correct the proxy address in the account settings, or clear it to use the proxy from the environment'),
  },
  invalid_request: {
    message: localized('请求内容无法转换为 JSON', 'The request could not be converted to JSON'),
    fix: localized('检查要发送的内容（例如不支持的数值类型）', 'Check the data being sent (e.g. unsupported number types)'),
  },
  raw_path_refused: {
    message: localized('接口调试台不能调用这个路径（获取 token 的接口和带密钥的接口由本工具自己调用）', 'The API console cannot call this path (token endpoints and endpoints taking the secret are called by the app itself)'),
    fix: localized('填写以 / 开头的接口路径，例如 /card/get；不要带域名和查询参数', 'Enter an API path starting with /, e.g. /card/get, without host or query string'),
  },
};

/** A configuration problem found before anything was sent. */
export function configFailure(endpoint: string, reason: Exclude<ConfigReason, 'token_refused'>): ConfigFailure {
  return { kind: 'config', reason, endpoint, ...CONFIG_TEXT[reason] };
}

/** A connection failure; `requestSent` false when the connection never opened (DNS, refused…). */
export function networkFailure(endpoint: string, code: string, requestSent: boolean): NetworkFailure {
  const message = requestSent
    ? localized(`与微信服务器的连接中断（${code}）`, `The connection to the Weixin server broke (${code})`)
    : localized(`无法连接到微信服务器（${code}），请求没有发出`, `Could not connect to the Weixin server (${code}); the request was not sent`);
  return { kind: 'network', endpoint, code, requestSent, message, fix: RETRY_LATER };
}

/** A non-200 HTTP status: Weixin answers 200 even for errors (§0), so a gateway or a proxy spoke. */
export function httpFailure(endpoint: string, status: number): HttpFailure {
  const proxyAuth = status === 407;
  return {
    kind: 'http',
    endpoint,
    status,
    message: proxyAuth
      ? localized('代理服务器要求身份验证（HTTP 407）', 'The proxy server requires authentication (HTTP 407)')
      : localized(`微信服务器或代理返回了 HTTP ${status}`, `The Weixin server or a proxy answered HTTP ${status}`),
    fix: proxyAuth ? localized('在代理地址中填写用户名和密码（http://用户名:密码@主机:端口）', 'Put the user name and password in the proxy address (http://user:password@host:port)') : RETRY_LATER,
  };
}

/** No answer within the timeout. */
export function timeoutFailure(endpoint: string, timeoutMs: number): TimeoutFailure {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return {
    kind: 'timeout',
    endpoint,
    timeoutMs,
    message: localized(`微信服务器在 ${seconds} 秒内没有回应`, `The Weixin server did not answer within ${seconds} s`),
    fix: RETRY_LATER,
  };
}

/** An answer that is not the documented JSON. */
export function invalidResponse(endpoint: string, status: number, issues: InvalidResponseFailure['issues']): InvalidResponseFailure {
  return {
    kind: 'invalid_response',
    endpoint,
    status,
    issues,
    message: localized(`微信对 ${endpoint} 的回应格式与文档不符`, `Weixin's answer to ${endpoint} does not have the documented format`),
    fix: localized('稍后再试；一直出现请把接口路径反馈给我们', 'Try again later; if it persists, report the API path to us'),
  };
}

/** The caller aborted. */
export function cancelled(endpoint: string, requestSent: boolean): CancelledFailure {
  return {
    kind: 'cancelled',
    endpoint,
    requestSent,
    message: requestSent ? localized('已取消（请求已经发出）', 'Cancelled (the request had already been sent)') : localized('已取消，请求没有发出', 'Cancelled before the request was sent'),
    fix: localized('需要时重新操作', 'Start it again when needed'),
  };
}

/** What an uncertain call may have done, per path. */
const MAY_HAVE: Readonly<Record<string, Localized>> = {
  '/card/create': localized('卡券可能已经创建', 'the card may have been created'),
  '/card/modifystock': localized('库存可能已经修改', 'the stock may have been changed'),
  '/cgi-bin/clear_quota': localized('配额可能已经清零（会占用本月的清零次数）', "the quota may have been reset (using one of this month's resets)"),
};

/** A non-idempotent call that was sent and then failed ambiguously: reconcile, never resend blindly. */
export function outcomeUnknown(cause: AmbiguousCause): OutcomeUnknownFailure {
  const may = MAY_HAVE[cause.endpoint] ?? localized('操作可能已经生效', 'the operation may have taken effect');
  return {
    kind: 'outcome_unknown',
    endpoint: cause.endpoint,
    cause,
    message: localized(
      `请求已发出，但没有得到明确结果（${cause.message['zh-CN']}）：${may['zh-CN']}，也可能没有`,
      `The request was sent but no clear answer came back (${cause.message.en}): ${may.en}, or not`,
    ),
    fix: localized('不要直接重发：先核对结果（例如在卡券列表中查找），确认没有生效再重试', 'Do not resend blindly: check the result first (e.g. look in the card list), and retry only if it did not happen'),
  };
}
