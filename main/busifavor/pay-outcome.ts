import type { HistoryError } from '../../common/ipc/channels/history';
import { localized, type Localized } from '../../common/i18n';
import { localError } from '../history/errors';
import type { PayFailure } from '../wechatpay';

/**
 * How the write-ahead protocol must treat a failed APIv3 call (wechatpay-merchant-coupons-and-member-cards.md
 * §2.7): `not-done` — WeChat Pay certainly did not act (a 4xx envelope, a request that never left);
 * `maybe` — it may have (no answer, a 5xx, an answer that could not be trusted): settled by
 * replaying the same request number, never resent under a new one; `retry` — 429, not done, worth
 * repeating with the same number after a pause; `account` — nothing of this merchant will pass
 * (signature refused, no permission, no key).
 */
export type PayVerdict = 'not-done' | 'maybe' | 'retry' | 'account' | 'cancelled';

/** Envelope codes that refuse every call of the merchant, not this one request (§2.7). */
const ACCOUNT_CODES: ReadonlySet<string> = new Set(['SIGN_ERROR', 'NO_AUTH', 'MCH_NOT_EXISTS', 'APPID_MCHID_NOT_MATCH']);

export function verdictOf(failure: PayFailure): PayVerdict {
  switch (failure.kind) {
    case 'credentials':
      return 'account';
    case 'transport':
      if (failure.sent === 'no') return failure.cancelled ? 'cancelled' : 'not-done';
      return 'maybe';
    case 'unverified':
    case 'bad-answer':
      // A 2xx came back: it was very likely done, but the answer cannot be used. Replay decides.
      return 'maybe';
    case 'api':
      if (failure.status === 429) return 'retry';
      if (failure.status >= 500) return 'maybe';
      if (failure.status === 401 || failure.status === 403 || ACCOUNT_CODES.has(failure.code)) return 'account';
      return 'not-done';
  }
}

/** The HistoryError kind of a failure: the transient ones match main/batch/transient.ts. */
function kindOf(failure: PayFailure): string {
  if (failure.kind === 'transport') return failure.timedOut ? 'timeout' : 'network';
  if (failure.kind === 'api') return failure.status >= 500 || failure.status === 429 ? 'http' : 'wechatpay';
  if (failure.kind === 'unverified' || failure.kind === 'bad-answer') return 'invalid_response';
  return 'config';
}

/** A merchant-words sentence for a failure; WeChat Pay's own code and message follow for developers. */
export function payMessage(failure: PayFailure): Localized {
  switch (failure.kind) {
    case 'transport':
      return failure.sent === 'no'
        ? localized('请求没有发出（连不上微信支付）：检查网络后重试。', 'The request never left (WeChat Pay unreachable): check the network and try again.')
        : localized('没有收到微信支付的应答，请求可能已被处理：本程序会用同一个请求单号核对，不会重复创建。', 'No answer from WeChat Pay; the request may have been processed. It is checked with the same request number, never sent as a new one.');
    case 'unverified':
      return localized(`微信支付的应答无法验证签名（${failure.message}），没有采用：会用同一个请求单号核对。`, `WeChat Pay's answer failed signature verification (${failure.message}) and was not used; it is checked with the same request number.`);
    case 'bad-answer':
      return localized('微信支付的应答格式与文档不符，没有采用：会用同一个请求单号核对。', "WeChat Pay's answer does not have the documented shape and was not used; it is checked with the same request number.");
    case 'credentials':
      return localized('没有商户 API 证书私钥，无法签名：设置 COUPON_STUDIO_MCH_KEY_<商户号>，或在账号设置中选择 apiclient_key.pem。', 'No merchant API private key to sign with: set COUPON_STUDIO_MCH_KEY_<mchid>, or choose apiclient_key.pem in the account settings.');
    case 'api': {
      const at = failure.pointer ? `（字段 ${failure.pointer}）` : '';
      const atEn = failure.pointer ? ` (field ${failure.pointer})` : '';
      if (failure.status === 429) return localized('微信支付限制了调用频率，稍后会用同一个请求单号重试。', 'WeChat Pay limited the call rate; it is retried later with the same request number.');
      if (failure.status >= 500) return localized('微信支付系统繁忙，请求可能已被处理：会用同一个请求单号核对。', 'WeChat Pay is busy and may have processed the request; it is checked with the same request number.');
      return localized(`微信支付拒绝了请求${at}：${failure.message}（${failure.code}）`, `WeChat Pay refused the request${atEn}: ${failure.message} (${failure.code})`);
    }
  }
}

/** A failure as the history keeps it. */
export function payHistoryError(failure: PayFailure, at: number): HistoryError {
  const error = localError(kindOf(failure), payMessage(failure), at);
  return failure.kind === 'api' ? { ...error, errmsg: `${failure.code}: ${failure.message}` } : error;
}
