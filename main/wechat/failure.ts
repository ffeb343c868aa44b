import type { ErrorAction } from '../../common/errors/catalog';
import type { WhitelistIp } from '../../common/errors/ip-whitelist';
import type { Localized } from '../../common/i18n';
import type { Result } from '../../common/result';

/**
 * Every way a Weixin call can fail, as values (style.md habit 3). Each carries a bilingual
 * `message` (what happened) and `fix` (what to do), and the API path it concerns. None ever holds
 * the AppSecret, the access_token, a request URL or a raw library error (security-reliability.md
 * §5.3: "Never log the token or the secret"); tests scan every one with canaries.
 */
interface FailureBase {
  /** The API path, e.g. `/card/create` (never a URL: a URL may carry the token or the secret). */
  readonly endpoint: string;
  readonly message: Localized;
  readonly fix: Localized;
}

/** Weixin answered with a non-zero errcode (after any automatic retry it allows). */
export interface WeixinErrcodeFailure extends FailureBase {
  readonly kind: 'weixin';
  readonly errcode: number;
  /** The errmsg as received, request-id suffix included. */
  readonly errmsg: string;
  /** The request id to quote to Weixin support (§0). */
  readonly rid?: string;
  /** What the catalog says to do (common/errors): the client already did any automatic part. */
  readonly action: ErrorAction;
  /** For 40164: the address Weixin saw, to put on the IP whitelist. */
  readonly whitelistIp?: WhitelistIp;
}

/** No answer: the connection failed. `requestSent` false means Weixin certainly did nothing. */
export interface NetworkFailure extends FailureBase {
  readonly kind: 'network';
  /** The system or library code, e.g. `ECONNREFUSED`, `ECONNRESET`, `ENOTFOUND`. */
  readonly code: string;
  readonly requestSent: boolean;
}

/** An HTTP status other than 200 (Weixin itself always answers 200, §0: a gateway or proxy spoke). */
export interface HttpFailure extends FailureBase {
  readonly kind: 'http';
  readonly status: number;
}

/** No answer within the call's timeout (the request may have been processed). */
export interface TimeoutFailure extends FailureBase {
  readonly kind: 'timeout';
  readonly timeoutMs: number;
}

/** The answer did not have the documented shape. Only paths and issue codes, never the values. */
export interface InvalidResponseFailure extends FailureBase {
  readonly kind: 'invalid_response';
  readonly status: number;
  readonly issues: readonly { readonly path: string; readonly code: string }[];
}

/** The caller aborted the call (AbortSignal). */
export interface CancelledFailure extends FailureBase {
  readonly kind: 'cancelled';
  readonly requestSent: boolean;
}

/** Why a call cannot work as configured. */
export type ConfigReason =
  | 'secret_unavailable'
  | 'invalid_appid'
  | 'invalid_base_url'
  | 'invalid_proxy'
  | 'invalid_request'
  | 'raw_path_refused'
  /** The token endpoint refused the credentials or the caller (§5.3: 40001/40013/40125/40164/45009 are fatal there). */
  | 'token_refused';

/** A configuration problem: wrong AppID/AppSecret, IP not whitelisted, bad proxy URL… Never retried. */
export interface ConfigFailure extends FailureBase {
  readonly kind: 'config';
  readonly reason: ConfigReason;
  /** For `token_refused`: what the token endpoint answered. */
  readonly errcode?: number;
  readonly errmsg?: string;
  readonly rid?: string;
  readonly whitelistIp?: WhitelistIp;
}

/** What made an outcome ambiguous. */
export type AmbiguousCause = NetworkFailure | HttpFailure | TimeoutFailure | WeixinErrcodeFailure | InvalidResponseFailure | CancelledFailure;

/**
 * A non-idempotent call (card/create, card/modifystock, clear_quota) was sent and then something
 * went wrong, so it may or may not have taken effect. Never retried silently: the caller reconciles
 * (security-reliability.md §0.1, §6.2; architecture.md "Data that must never be lost").
 */
export interface OutcomeUnknownFailure extends FailureBase {
  readonly kind: 'outcome_unknown';
  readonly cause: AmbiguousCause;
}

/** Any failure of the Weixin client. */
export type WeixinFailure =
  | WeixinErrcodeFailure
  | NetworkFailure
  | HttpFailure
  | TimeoutFailure
  | InvalidResponseFailure
  | CancelledFailure
  | ConfigFailure
  | OutcomeUnknownFailure;

/** The kinds, for switches and tests. */
export type WeixinFailureKind = WeixinFailure['kind'];

/** What every client call returns. */
export type WeixinResult<T> = Result<T, WeixinFailure>;
