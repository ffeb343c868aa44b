import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import { ACCOUNT_NAME_MAX, appidProblem, CONCURRENCY_LIMITS, type AccountSettings } from '../../common/ipc/channels/accounts';

/** A refused field: which one, and what to do. */
export interface FieldProblem {
  readonly field: 'name' | 'appid' | 'proxy' | 'concurrency';
  readonly message: Localized;
}

/** Longest account name, in characters (it is only shown in this app). */
export const MAX_ACCOUNT_NAME = ACCOUNT_NAME_MAX;

/** The trimmed name, or why it is refused. */
export function checkName(name: string): Result<string, FieldProblem> {
  const trimmed = name.trim();
  if (trimmed.length === 0 || [...trimmed].length > MAX_ACCOUNT_NAME) {
    return err({
      field: 'name',
      message: localized(
        `账号名称不能为空，最多 ${MAX_ACCOUNT_NAME} 个字符（只在本应用中显示，例如客户的品牌名）。`,
        `The account name must not be empty and may have at most ${MAX_ACCOUNT_NAME} characters (it is only shown in this app, e.g. the client's brand).`,
      ),
    });
  }
  return ok(trimmed);
}

/** The AppID, or the bilingual reason it is refused. */
export function checkAppid(appid: string): Result<string, FieldProblem> {
  const problem = appidProblem(appid.trim());
  return problem === undefined ? ok(appid.trim()) : err({ field: 'appid', message: problem });
}

/**
 * A proxy URL (http/https, host required) or null. Credentials in the URL are refused: account
 * settings travel to the renderer, and no secret may (security-reliability.md §3.3).
 */
export function checkProxy(proxy: string | null): Result<string | null, FieldProblem> {
  if (proxy === null || proxy.trim() === '') return ok(null);
  const refuse = (message: Localized): Result<never, FieldProblem> => err({ field: 'proxy', message });
  let url: URL;
  try {
    url = new URL(proxy.trim());
  } catch {
    return refuse(
      localized(
        `代理地址“${proxy.trim().slice(0, 80)}”不是有效的网址。请填写形如 http://代理主机:端口 的地址，或留空表示直连。`,
        `The proxy "${proxy.trim().slice(0, 80)}" is not a valid URL. Enter it as http://proxy-host:port, or leave it empty for a direct connection.`,
      ),
    );
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
    return refuse(
      localized(
        `代理地址只支持 http:// 或 https://（当前为“${url.protocol}”）。请填写形如 http://代理主机:端口 的地址。`,
        `Only http:// or https:// proxies are supported (got "${url.protocol}"). Enter it as http://proxy-host:port.`,
      ),
    );
  }
  if (url.username !== '' || url.password !== '') {
    return refuse(
      localized(
        '代理地址中不能包含用户名或密码（它们会随账号设置显示在界面上）。请使用无需密码的代理，或在系统中配置代理认证。',
        'The proxy URL must not contain a user name or password (account settings are shown in the window). Use a proxy without a password, or configure proxy authentication in the system.',
      ),
    );
  }
  return ok(proxy.trim());
}

/** Settings with defaults filled in and each value checked. */
export function checkSettings(
  patch: { concurrency?: number | undefined; proxy?: string | null | undefined },
  base: AccountSettings = { concurrency: CONCURRENCY_LIMITS.default, proxy: null },
): Result<AccountSettings, FieldProblem> {
  const concurrency = patch.concurrency ?? base.concurrency;
  if (!Number.isInteger(concurrency) || concurrency < CONCURRENCY_LIMITS.min || concurrency > CONCURRENCY_LIMITS.max) {
    return err({
      field: 'concurrency',
      message: localized(
        `并发数应为 ${CONCURRENCY_LIMITS.min} 到 ${CONCURRENCY_LIMITS.max} 之间的整数（默认 ${CONCURRENCY_LIMITS.default}）。`,
        `Concurrency must be a whole number from ${CONCURRENCY_LIMITS.min} to ${CONCURRENCY_LIMITS.max} (default ${CONCURRENCY_LIMITS.default}).`,
      ),
    });
  }
  const proxy = checkProxy(patch.proxy === undefined ? base.proxy : patch.proxy);
  return proxy.ok ? ok({ concurrency, proxy: proxy.value }) : proxy;
}
