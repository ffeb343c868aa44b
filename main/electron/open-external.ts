import type { Shell } from 'electron';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { Logger } from '../log/logger';

/** Hosts the app may send the user to: the Weixin platforms a merchant works in (checklist #15). */
export const EXTERNAL_HOSTS: readonly string[] = [
  'mp.weixin.qq.com',
  'developers.weixin.qq.com',
  'pay.weixin.qq.com',
  'open.weixin.qq.com',
];

const refused = (why: Localized): Result<never, Localized> => err(why);

/**
 * Checks a link before the OS opens it: https only, no userinfo, no port, hostname exactly on
 * {@link EXTERNAL_HOSTS} (so `mp.weixin.qq.com.evil.com`, `mp.weixin.qq.com@evil.com` and a
 * trailing dot fail). Returns the normalised URL, which is what gets opened.
 */
export function checkExternalUrl(raw: string): Result<URL, Localized> {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) {
    return refused(localized('链接为空或过长（最多 2048 个字符）。', 'The link is empty or too long (2048 characters at most).'));
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refused(localized('这不是有效的网址。', 'This is not a valid web address.'));
  }
  if (url.protocol !== 'https:') {
    return refused(localized('只能打开 https 链接。', 'Only https links can be opened.'));
  }
  if (url.username !== '' || url.password !== '' || url.port !== '') {
    return refused(localized('链接含有用户名、密码或端口，已拒绝。', 'The link contains a user name, password or port and was refused.'));
  }
  if (!EXTERNAL_HOSTS.includes(url.hostname)) {
    return refused(
      localized(
        `只能打开微信官方平台的链接（${EXTERNAL_HOSTS.join('、')}），“${url.hostname}”不在其中。`,
        `Only links to the Weixin platforms (${EXTERNAL_HOSTS.join(', ')}) can be opened; "${url.hostname}" is not one of them.`,
      ),
    );
  }
  return ok(url);
}

/** Opens a checked link in the system browser; the only caller of shell.openExternal (lint enforces). */
export function createOpenExternalSafe(
  shell: Pick<Shell, 'openExternal'>,
  log: Logger,
): (url: string) => Promise<Result<void, Localized>> {
  return async function openExternalSafe(raw) {
    const checked = checkExternalUrl(raw);
    if (!checked.ok) {
      log.warn('security: refused to open an external link', { url: String(raw).slice(0, 200) });
      return checked;
    }
    try {
      await shell.openExternal(checked.value.href);
      return ok(undefined);
    } catch (error) {
      log.error('could not open an external link', { error });
      return err(localized('无法打开系统浏览器，请手动复制链接打开。', 'Could not open the system browser; copy the link and open it yourself.'));
    }
  };
}
