import { systemClock } from '../../common/clock';
import { err, ok, type Result } from '../../common/result';
import { redactingLogger } from '../log/logger';
import { cardApi } from './api-card';
import { memberApi } from './api-member';
import { miscApi } from './api-misc';
import type { CallOptions } from './call';
import type { ExecutorDeps } from './executor';
import type { WeixinFailure, WeixinResult } from './failure';
import { configFailure } from './failures';
import { DEFAULT_RETRY, DEFAULT_TIMEOUTS, DEFAULT_TOKEN_MARGIN_MS, realSleep, SILENT_LOGGER, WEIXIN_API_BASE, type TokenMode, type WeixinClientOptions } from './options';
import { isLoopbackHost, parseBaseUrl, parseProxyUrl } from './proxy';
import { createTokenManager, fetchToken } from './token-manager';
import { createAxiosTransport } from './transport';

/** The Weixin API of one account. Every method resolves to a Result; none throws. */
export interface WeixinClient extends ReturnType<typeof cardApi>, ReturnType<typeof miscApi>, ReturnType<typeof memberApi> {
  readonly appid: string;
  readonly tokenMode: TokenMode;
  /**
   * Fetches a token now and reports when it expires (never the token itself): the accounts
   * service's "test connection". `force` sends stable_token force_refresh — only on a suspected
   * leak, since Weixin allows 20 a day (§3.5).
   */
  refreshToken(options?: { readonly force?: boolean } & CallOptions): Promise<WeixinResult<{ expiresAt: number }>>;
}

/**
 * Builds the client of one account: one axios instance, one token manager, every endpoint. Checks
 * the configuration first (AppID, base URL, proxy) and returns a `config` failure rather than a
 * client that cannot work. The AppSecret is asked of `options.secret` whenever a token is needed
 * and never stored; the token lives in the token manager's closure. Neither appears on the returned
 * object, so serialising or logging the client shows neither.
 */
export function createWeixinClient(options: WeixinClientOptions): Result<WeixinClient, WeixinFailure> {
  const appid = typeof options.appid === 'string' ? options.appid.trim() : '';
  if (appid === '' || /\s/.test(options.appid)) return err(configFailure('(client)', 'invalid_appid'));
  const base = parseBaseUrl(options.baseUrl ?? WEIXIN_API_BASE);
  if (!base) return err(configFailure('(client)', 'invalid_base_url'));
  let proxy: ReturnType<typeof parseProxyUrl> | undefined;
  if (options.proxy !== undefined && (typeof options.proxy !== 'string' || options.proxy.trim() !== '')) {
    proxy = parseProxyUrl(options.proxy);
    if (!proxy) return err(configFailure('(client)', 'invalid_proxy'));
  }
  // The embedded sandbox listens on this machine's loopback, which no proxy can reach: it is always
  // called directly, whatever HTTP_PROXY says (a corporate HTTP_PROXY without NO_PROXY would
  // otherwise break the sandbox). Elsewhere: the account's proxy, or axios reads the environment.
  const axiosProxy = isLoopbackHost(base.hostname) ? false : proxy ? proxy.config : undefined;
  const logger = redactingLogger(options.logger ?? SILENT_LOGGER);
  const clock = options.clock ?? systemClock;
  const deps: ExecutorDeps = {
    transport: createAxiosTransport(base.origin, axiosProxy),
    timeouts: { ...DEFAULT_TIMEOUTS, ...options.timeouts },
    retry: { ...DEFAULT_RETRY, ...options.retry },
    sleep: options.sleep ?? realSleep,
    clock,
    random: options.random ?? Math.random,
    logger,
  };
  const tokenMode: TokenMode = options.tokenMode ?? 'stable';
  const secret = options.secret;
  const tokens = createTokenManager(
    (force) => fetchToken(deps, { appid, secret, mode: tokenMode }, force),
    clock,
    options.tokenMarginMs ?? DEFAULT_TOKEN_MARGIN_MS,
    logger,
    tokenMode,
  );
  const ctx = { deps, tokens, appid };
  logger.debug('weixin client created', { appid, host: base.host, tokenMode, proxy: proxy ? proxy.display : 'environment' });
  const client: WeixinClient = {
    appid,
    tokenMode,
    refreshToken: (refresh = {}) => tokens.refresh(refresh.force === true),
    ...cardApi(ctx),
    ...miscApi(ctx),
    ...memberApi(ctx),
  };
  return ok(client);
}
