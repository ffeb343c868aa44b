import { localized, type Localized } from '../i18n';

/** The address Weixin saw, read out of a 40164 errmsg. */
export interface WhitelistIp {
  /** The address to add to the whitelist: the IPv4 one when Weixin shows both forms. */
  ip: string;
  /** A genuine IPv6 address Weixin also reported (not the ::ffff: form of `ip`). */
  ipv6?: string;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6 = /^[0-9a-f:]*:[0-9a-f:.]*$/i;
const MAPPED_V4 = /^::ffff:((?:\d{1,3}\.){3}\d{1,3})$/i;

function asAddress(token: string | undefined): string | undefined {
  const t = token?.replace(/[,.;!]+$/, '');
  if (!t) return undefined;
  if (IPV4.test(t)) return t;
  const mapped = MAPPED_V4.exec(t)?.[1];
  if (mapped && IPV4.test(mapped)) return mapped;
  return IPV6.test(t) ? t.toLowerCase() : undefined;
}

/**
 * The IP to whitelist from a 40164 errmsg. The only place the app reads errmsg text (§0 says
 * key on errcode), because the address is nowhere else. Observed forms (wechat-card-api.md §2):
 * `invalid ip 101.45.43.1 ipv6 ::ffff:101.45.43.1, not in whitelist hint: [...]`,
 * `invalid ip 61.172.68.219, not in whitelist hint: [...]`, `... not in whitelist rid: ...`.
 */
export function extractWhitelistIp(errmsg: string): WhitelistIp | undefined {
  const m = /invalid ip\s+([0-9a-f:.]+[,.;!]?)(?:\s+ipv6\s+([0-9a-f:.]+))?/i.exec(errmsg);
  if (!m) return undefined;
  const first = asAddress(m[1]);
  const second = asAddress(m[2]);
  if (!first) return second ? { ip: second } : undefined;
  if (second && second !== first && !IPV4.test(second)) return { ip: first, ipv6: second };
  return { ip: first };
}

/** The exact instruction for a 40164 whose errmsg named the address. */
export function whitelistFix(found: WhitelistIp): Localized {
  const extraZh = found.ipv6 ? `；如使用 IPv6，也添加 ${found.ipv6}` : '';
  const extraEn = found.ipv6 ? `; if you connect over IPv6, add ${found.ipv6} too` : '';
  return localized(
    `微信看到的请求来自 ${found.ip}。请在公众平台 设置与开发 → 基本配置 → IP白名单 中添加 ${found.ip}${extraZh}（新版后台在 开发接口管理 → 基本配置）。这是本机当前的公网出口 IP；家庭宽带的 IP 会变，变了要重新添加`,
    `Weixin saw the request come from ${found.ip}. Add ${found.ip} in 设置与开发 → 基本配置 → IP白名单 on the Official Accounts Platform${extraEn} (newer consoles: 开发接口管理 → 基本配置). It is this computer's current public egress IP; home broadband IPs change, so add the new one when that happens`,
  );
}
