import { createVerify, type KeyObject } from 'node:crypto';
import { err, ok, type Result } from '../../common/result';
import { responseMessage } from './sign';

/** The verification keys of one merchant, by the `Wechatpay-Serial` that names them (§3.3). */
export type VerifierKeys = ReadonlyMap<string, KeyObject>;

/** §3.2: answers and callbacks more than 300 s away from now are refused (axios-plugin `MAXIMUM_CLOCK_OFFSET`, `>`). */
export const MAX_CLOCK_OFFSET_SECONDS = 300;

/** The prefix of WeChat Pay's deliberate probe signatures, which must never verify (§3.2). */
export const SIGNTEST_PREFIX = 'WECHATPAY/SIGNTEST/';

/** The headers a signed answer or callback carries (names in lower case, as Node gives them). */
export interface SignedHeaders {
  readonly 'wechatpay-timestamp'?: string;
  readonly 'wechatpay-nonce'?: string;
  readonly 'wechatpay-signature'?: string;
  readonly 'wechatpay-serial'?: string;
}

/** Why an answer could not be trusted. */
export type VerifyFailure =
  | { readonly kind: 'unsigned'; readonly missing: string }
  | { readonly kind: 'unknown-serial'; readonly serial: string }
  | { readonly kind: 'stale'; readonly offsetSeconds: number }
  | { readonly kind: 'signtest' }
  | { readonly kind: 'bad-signature'; readonly serial: string };

/** Verifies one answer or callback over its raw body with the key its `Wechatpay-Serial` names (§3.2, §3.3). */
export function verifySigned(headers: SignedHeaders, rawBody: string | Buffer, keys: VerifierKeys, nowMs: number): Result<{ serial: string }, VerifyFailure> {
  const timestamp = headers['wechatpay-timestamp'] ?? '';
  const nonce = headers['wechatpay-nonce'] ?? '';
  const signature = headers['wechatpay-signature'] ?? '';
  const serial = headers['wechatpay-serial'] ?? '';
  for (const [name, value] of [['Wechatpay-Timestamp', timestamp], ['Wechatpay-Nonce', nonce], ['Wechatpay-Signature', signature], ['Wechatpay-Serial', serial]] as const) {
    if (value === '') return err({ kind: 'unsigned', missing: name });
  }
  if (signature.startsWith(SIGNTEST_PREFIX)) return err({ kind: 'signtest' });
  const offsetSeconds = /^\d{1,12}$/.test(timestamp) ? Math.round(nowMs / 1000 - Number(timestamp)) : Number.POSITIVE_INFINITY;
  if (!(Math.abs(offsetSeconds) <= MAX_CLOCK_OFFSET_SECONDS)) return err({ kind: 'stale', offsetSeconds });
  const key = keys.get(serial);
  if (!key) return err({ kind: 'unknown-serial', serial });
  return signatureValid(responseMessage(timestamp, nonce, rawBody), signature, key) ? ok({ serial }) : err({ kind: 'bad-signature', serial });
}

/** RSA-SHA256 check that treats a malformed signature as a failed one. */
function signatureValid(message: Buffer, signature: string, key: KeyObject): boolean {
  try {
    return createVerify('RSA-SHA256').update(message).verify(key, signature, 'base64');
  } catch {
    return false;
  }
}
