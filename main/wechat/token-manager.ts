import type { Clock } from '../../common/clock';
import { err, ok } from '../../common/result';
import type { Logger } from '../log/logger';
import { ENDPOINTS } from './endpoints';
import { execute, type ExecutorDeps, type TokenSource } from './executor';
import type { WeixinResult } from './failure';
import { cancelled, configFailure } from './failures';
import type { TokenMode } from './options';
import { parseWith, tokenResponseSchema } from './responses';

/** A freshly fetched token. Lives only inside this module and the executor's request. */
export interface FetchedToken {
  readonly token: string;
  readonly expiresInSeconds: number;
}

/** What fetching needs beyond the executor. */
export interface TokenFetchConfig {
  readonly appid: string;
  readonly secret: () => Promise<string>;
  readonly mode: TokenMode;
}

/**
 * One token request (§1.2). stable_token POSTs the secret in a JSON body, so it never sits in a URL
 * (security-reliability.md §0.3); classic cgi-bin/token has it in the query, as documented. The
 * secret is asked for here and dropped when the request is built. Retries: network, 5xx and -1 with
 * full jitter, 3 tries; every other errcode is a `config` failure (§5.3), never retried.
 */
export async function fetchToken(deps: ExecutorDeps, config: TokenFetchConfig, force: boolean): Promise<WeixinResult<FetchedToken>> {
  const endpoint = config.mode === 'stable' ? ENDPOINTS.stableToken : ENDPOINTS.classicToken;
  let secret: string;
  try {
    secret = await config.secret();
  } catch {
    // The vault's error is not passed on: its text is not ours to vouch for.
    return err(configFailure(endpoint.path, 'secret_unavailable'));
  }
  if (typeof secret !== 'string' || secret.trim() === '') return err(configFailure(endpoint.path, 'secret_unavailable'));
  const parse = (json: unknown) => {
    const parsed = parseWith(tokenResponseSchema, json);
    return parsed.ok ? { ok: true as const, value: { token: parsed.value.access_token, expiresInSeconds: parsed.value.expires_in } } : parsed;
  };
  const credentials = { grant_type: 'client_credential', appid: config.appid, secret };
  if (config.mode === 'stable') {
    // §1.2: exactly these four fields; force_refresh only when explicitly asked (§3.5: 20 a day).
    const text = JSON.stringify({ ...credentials, force_refresh: force });
    return execute(deps, { endpoint, tokens: undefined, body: { kind: 'json', text }, parse });
  }
  return execute(deps, { endpoint, tokens: undefined, query: credentials, parse });
}

/** The token cache of one account: a {@link TokenSource} plus an explicit refresh. */
export interface TokenManager extends TokenSource {
  /** Fetches a token now (force: stable_token force_refresh, only on a suspected leak, §3.5). */
  refresh(force: boolean): Promise<WeixinResult<{ expiresAt: number }>>;
}

/**
 * The share of a token's lifetime the refresh margin may take at most. A margin at or beyond the
 * lifetime (a short `expires_in`, §3.1 allows any) would make every call fetch; a quarter keeps a
 * token in use for three quarters of its life and still renews it well before expiry.
 */
export const MAX_MARGIN_FRACTION = 0.25;

/** The margin actually used for a token of `lifetimeMs`: the configured one, clamped to the fraction. */
export function effectiveMarginMs(marginMs: number, lifetimeMs: number): number {
  return Math.max(0, Math.min(marginMs, lifetimeMs * MAX_MARGIN_FRACTION));
}

interface CachedToken {
  readonly token: string;
  readonly expiresAt: number;
  /** When current() stops handing it out and fetches a new one. */
  readonly refreshAt: number;
}

/**
 * The token manager of security-reliability.md §5.3: memory only, refreshed `marginMs` (at most
 * {@link MAX_MARGIN_FRACTION} of the lifetime) before expiry, single-flight (concurrent callers share
 * one request), compare-and-invalidate. A caller's abort signal ends its wait for a shared fetch
 * without cancelling the fetch for the others. The token is held in this closure, never on an object
 * that could be serialised or logged.
 */
export function createTokenManager(fetch: (force: boolean) => Promise<WeixinResult<FetchedToken>>, clock: Clock, marginMs: number, logger: Logger, mode: TokenMode): TokenManager {
  let cached: CachedToken | undefined;
  let inflight: Promise<WeixinResult<CachedToken>> | undefined;
  const tokenPath = (mode === 'stable' ? ENDPOINTS.stableToken : ENDPOINTS.classicToken).path;

  const start = (force: boolean): Promise<WeixinResult<CachedToken>> => {
    const run = (async () => {
      // Counted from before the request: the token cannot live longer than that.
      const startedAt = clock.now();
      const fetched = await fetch(force);
      if (!fetched.ok) return fetched;
      const lifetimeMs = fetched.value.expiresInSeconds * 1000;
      const expiresAt = startedAt + lifetimeMs;
      const entry = { token: fetched.value.token, expiresAt, refreshAt: expiresAt - effectiveMarginMs(marginMs, lifetimeMs) };
      cached = entry;
      logger.info('weixin token fetched', { mode, forced: force, expiresInSeconds: fetched.value.expiresInSeconds });
      return ok(entry);
    })();
    const shared = run.finally(() => {
      if (inflight === shared) inflight = undefined;
    });
    inflight = shared;
    return shared;
  };

  /** The shared fetch, or a cancellation as soon as this caller's signal aborts. */
  const waitFor = (pending: Promise<WeixinResult<CachedToken>>, signal: AbortSignal | undefined): Promise<WeixinResult<CachedToken>> => {
    if (!signal) return pending;
    if (signal.aborted) return Promise.resolve(err(cancelled(tokenPath, false)));
    return new Promise((resolve, reject) => {
      const onAbort = () => resolve(err(cancelled(tokenPath, false)));
      signal.addEventListener('abort', onAbort, { once: true });
      pending.then(
        (result) => {
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
  };

  return {
    async current(signal) {
      if (cached && clock.now() < cached.refreshAt) return ok(cached.token);
      if (signal?.aborted) return err(cancelled(tokenPath, false));
      const result = await waitFor(inflight ?? start(false), signal);
      return result.ok ? ok(result.value.token) : result;
    },
    invalidate(token) {
      if (cached?.token === token) cached = undefined;
    },
    async refresh(force) {
      if (inflight) {
        const joined = await inflight;
        if (!force) return joined.ok ? ok({ expiresAt: joined.value.expiresAt }) : joined;
      }
      const result = await start(force);
      return result.ok ? ok({ expiresAt: result.value.expiresAt }) : result;
    },
  };
}
