/**
 * The one image-URL check both the client validator and the sandbox's card/create use (issue 8: a
 * regex and WHATWG `URL` used to disagree). WHATWG `URL` is the parser; on top of it, anything it
 * would silently repair is refused, because Weixin's server is not a browser and may read such a
 * link differently: a backslash (`\` becomes `/`, so `a.com\@mmbiz.qpic.cn` is a.com), user info,
 * `%`-escapes, full-width or other non-ASCII characters in the host (`ｍｍｂｉｚ`, the ideographic full
 * stop `。` both map to ASCII), `http:///…`, and a port that is not 1..65535. What is left has the
 * same host for every reader, so "is it on the CDN" has one answer (wechat-card-api.md §4.2, §4.6).
 */

/** Why a value is not a usable absolute image URL. */
export type ImageUrlProblem =
  | 'whitespace'
  | 'not_http'
  | 'no_host'
  | 'backslash'
  | 'userinfo'
  | 'bad_port'
  | 'non_ascii_host'
  | 'encoded_host'
  | 'not_canonical';

/** The verdict on one image URL: its lower-case host, or the problem. */
export type ImageUrlCheck = { readonly ok: true; readonly host: string } | { readonly ok: false; readonly problem: ImageUrlProblem };

const MAX_PORT = 65_535;

/** Checks an image URL; `host` is WHATWG's hostname, identical to the host as written. */
export function checkImageUrl(value: string): ImageUrlCheck {
  const problem = (p: ImageUrlProblem): ImageUrlCheck => ({ ok: false, problem: p });
  if (/\s/u.test(value)) return problem('whitespace');
  const scheme = /^https?:/i.exec(value);
  if (!scheme) return problem('not_http');
  const rest = value.slice(scheme[0].length);
  if (rest.includes('\\')) return problem('backslash');
  if (!rest.startsWith('//') || rest.startsWith('///')) return problem('no_host');
  const authority = rest.slice(2).split(/[/?#]/, 1)[0] ?? '';
  if (authority.includes('@')) return problem('userinfo');
  const hostPort = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = hostPort?.[1] ?? '';
  const port = hostPort?.[2];
  if (host === '') return problem('no_host');
  if (port !== undefined && port !== '' && (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > MAX_PORT)) return problem('bad_port');
  if (/[^\x21-\x7e]/.test(host)) return problem('non_ascii_host');
  if (host.includes('%')) return problem('encoded_host');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return problem('not_canonical');
  }
  const hostname = parsed.hostname.toLowerCase();
  // E.g. `0x7f.1` → 127.0.0.1: WHATWG rewrote the host, so another reader could see another one.
  if (hostname !== host.toLowerCase()) return problem('not_canonical');
  return { ok: true, host: hostname };
}
