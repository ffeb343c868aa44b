import type { Clock } from '../../common/clock';
import { localized, type Localized } from '../../common/i18n';
import { err, ok, type Result } from '../../common/result';
import type { AccountService } from '../accounts/account-service';
import type { Logger } from '../log/logger';
import { createWeixinClient, type RetryPolicy, type WeixinClient, type WeixinTimeouts } from '../wechat';

/**
 * An account ready for the batch engine: its client and its concurrency setting. The client is the
 * back end's own (a Weixin client for cards, a WeChat Pay client for 商家券): the engine never calls it.
 */
export interface AccountClient<C = WeixinClient> {
  readonly accountId: string;
  readonly appid: string;
  readonly accountName: string;
  /** settings.concurrency (default 4). */
  readonly concurrency: number;
  readonly client: C;
}

/** Why an account cannot be used now. */
export interface AccountUnavailable {
  readonly code: 'account_unavailable';
  readonly message: Localized;
}

/** Where the engine and the history get an account's client. */
export interface AccountClients<C = WeixinClient> {
  clientFor(accountId: string): Promise<Result<AccountClient<C>, AccountUnavailable>>;
}

/** Options of {@link accountClients}. */
export interface AccountClientsOptions {
  readonly accounts: Pick<AccountService, 'credentials' | 'get'>;
  /** The embedded sandbox's base URL, for accounts whose environment is `sandbox`. */
  readonly sandboxBaseUrl?: () => string;
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Shorter timeouts and retry delays in tests. */
  readonly timeouts?: Partial<WeixinTimeouts>;
  readonly retry?: Partial<RetryPolicy>;
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * One Weixin client per account, kept while the account's AppID, environment, token mode and proxy
 * stay the same (so its token manager — single-flight, one refresh on 40001/40014/42001 — lives
 * across runs). The AppSecret is read from the vault each time a token is fetched, never kept.
 * 45011 is not waited out inside the client (maxMinuteWaits 0): the engine sees it, halves the
 * account's concurrency and waits for the next minute itself.
 */
export function accountClients(options: AccountClientsOptions): AccountClients {
  const cache = new Map<string, { signature: string; value: AccountClient }>();
  return {
    async clientFor(accountId) {
      const view = await options.accounts.get(accountId);
      if (!view.ok) return err({ code: 'account_unavailable', message: view.error.message });
      const account = view.value;
      if (account.environment === 'sandbox' && !options.sandboxBaseUrl) {
        return err({ code: 'account_unavailable', message: localized('沙箱未运行，沙箱账号暂时不能使用。', 'The sandbox is not running, so sandbox accounts cannot be used now.') });
      }
      const baseUrl = account.environment === 'sandbox' ? options.sandboxBaseUrl?.() : undefined;
      const signature = JSON.stringify([account.appid, account.environment, account.tokenMode, account.settings.proxy, baseUrl]);
      const cached = cache.get(accountId);
      const accountName = account.displayName['zh-CN'] || account.name;
      if (cached?.signature === signature) return ok({ ...cached.value, accountName, concurrency: account.settings.concurrency });
      const created = createWeixinClient({
        appid: account.appid,
        secret: async () => {
          const credentials = await options.accounts.credentials(accountId);
          if (!credentials.ok || credentials.value.appid !== account.appid) throw new Error('secret unavailable');
          return credentials.value.secret;
        },
        tokenMode: account.tokenMode,
        ...(baseUrl ? { baseUrl } : {}),
        ...(account.settings.proxy ? { proxy: account.settings.proxy } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
        ...(options.logger ? { logger: options.logger } : {}),
        ...(options.timeouts ? { timeouts: options.timeouts } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        retry: { ...options.retry, maxMinuteWaits: 0 },
      });
      if (!created.ok) return err({ code: 'account_unavailable', message: created.error.message });
      const value: AccountClient = { accountId, appid: account.appid, accountName, concurrency: account.settings.concurrency, client: created.value };
      cache.set(accountId, { signature, value });
      return ok(value);
    },
  };
}
