import type { Clock } from '../../common/clock';
import type { Logger } from '../log/logger';

/** How to get an access_token (§3): stable_token (default, §3.4) or the classic, destructive cgi-bin/token. */
export type TokenMode = 'stable' | 'classic';

/**
 * Timeouts per call class (security-reliability.md §6.2 "Timeouts"): token 5 s, read 8 s, write 10 s,
 * create 15 s, upload scaled by size. Tests pass short ones.
 */
export interface WeixinTimeouts {
  readonly tokenMs: number;
  readonly readMs: number;
  readonly writeMs: number;
  readonly createMs: number;
  /** Upload timeout = uploadBaseMs + uploadPerMiBMs × size in MiB. */
  readonly uploadBaseMs: number;
  readonly uploadPerMiBMs: number;
}

/** The documented defaults. */
export const DEFAULT_TIMEOUTS: WeixinTimeouts = {
  tokenMs: 5_000,
  readMs: 8_000,
  writeMs: 10_000,
  createMs: 15_000,
  uploadBaseMs: 10_000,
  uploadPerMiBMs: 10_000,
};

/** Automatic retries (§8, security-reliability.md §6.2). */
export interface RetryPolicy {
  /** Attempts per call for -1, 5xx and network errors, the first included (§5.3: 3 for the token). */
  readonly maxAttempts: number;
  /** Full-jitter backoff: delay = random × min(maxDelayMs, baseDelayMs × 2^(attempt−1)). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** How many times one call waits for the next minute on 45011 before giving up. */
  readonly maxMinuteWaits: number;
}

/** The defaults. */
export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000, maxMinuteWaits: 3 };

/** Refresh the cached token this long before it expires (§5.3: 60 s margin, as wechatpy). */
export const DEFAULT_TOKEN_MARGIN_MS = 60_000;

/** The real API host (§0). */
export const WEIXIN_API_BASE = 'https://api.weixin.qq.com';

/** What createWeixinClient needs: one client per account. */
export interface WeixinClientOptions {
  readonly appid: string;
  /** Supplies the AppSecret when a token is fetched (the vault decrypts lazily); never kept by the client. */
  readonly secret: () => Promise<string>;
  /** `https://api.weixin.qq.com` (default) or a sandbox base URL (`http://127.0.0.1:…`). */
  readonly baseUrl?: string;
  readonly tokenMode?: TokenMode;
  /**
   * This account's proxy, `http://[user:pass@]host:port`; overrides HTTPS_PROXY/HTTP_PROXY. Without
   * it, those variables and NO_PROXY apply as axios reads them. HTTPS goes through CONNECT (§6.3).
   * A loopback base URL (the sandbox) is always reached directly.
   */
  readonly proxy?: string;
  readonly timeouts?: Partial<WeixinTimeouts>;
  readonly retry?: Partial<RetryPolicy>;
  readonly tokenMarginMs?: number;
  /** Waits between retries; tests pass one that advances a virtual clock instead. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Token expiry and "next minute" (45011) are computed on it. */
  readonly clock?: Clock;
  /** Jitter source in [0, 1). */
  readonly random?: () => number;
  /** Wrapped in redactingLogger; the client logs no secret, token or URL in the first place. */
  readonly logger?: Logger;
}

/** Real-time sleep. */
export function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** A logger that drops everything. */
export const SILENT_LOGGER: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
