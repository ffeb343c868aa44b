import type { ResponseIssue } from '../wechat/responses';
import type { VerifyFailure } from './verify';

/**
 * Why an APIv3 call did not give a trusted, well-formed answer. Always a value, never thrown
 * (style.md habit 3); `code` and `message` are what a person reads, `pointer` the field to fix.
 */
export type PayFailure =
  /** WeChat Pay answered an error envelope `{code, message, detail}` (§2.7). */
  | {
      readonly kind: 'api';
      readonly status: number;
      readonly code: string;
      readonly message: string;
      /** The JSON pointer the message names (`/body/stock_name`), when it names one. */
      readonly pointer?: string;
      readonly detail?: unknown;
    }
  /** A 2xx answer whose signature did not check out: it is not used (§3.2). */
  | { readonly kind: 'unverified'; readonly code: 'UNVERIFIED_ANSWER'; readonly message: string; readonly reason: VerifyFailure }
  /** A verified answer that does not have the documented shape. */
  | { readonly kind: 'bad-answer'; readonly code: 'BAD_ANSWER'; readonly message: string; readonly status: number; readonly issues: readonly ResponseIssue[] }
  /** No answer: `sent: 'maybe'` means the request may have been processed (reconcile, never resend blind). */
  | { readonly kind: 'transport'; readonly code: string; readonly message: string; readonly sent: 'no' | 'maybe'; readonly timedOut: boolean; readonly cancelled: boolean }
  /** The merchant's own key could not sign (missing or unreadable in the vault). */
  | { readonly kind: 'credentials'; readonly code: 'NO_SIGNING_KEY'; readonly message: string };

/** A result of one client call. */
export type PayResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: PayFailure };

/** `输入源"/body/x/y"…`: the pointer in a PARAM_ERROR message (§2.7), or a `field` in the detail. */
export function pointerOf(message: string, detail: unknown): string | undefined {
  const quoted = /输入源\s*"(\/[^"]*)"/.exec(message);
  if (quoted?.[1]) return quoted[1];
  if (typeof detail === 'object' && detail !== null) {
    const { field, location } = detail as { field?: unknown; location?: unknown };
    if (typeof field === 'string' && field !== '') return `/${typeof location === 'string' ? `${location}/` : ''}${field}`;
  }
  return undefined;
}

/** A short English sentence for each verification failure (the UI translates the kind). */
export function describeVerifyFailure(reason: VerifyFailure): string {
  switch (reason.kind) {
    case 'unsigned':
      return `the answer has no ${reason.missing} header`;
    case 'unknown-serial':
      return `the answer is signed with ${reason.serial}, which is neither the WeChat Pay public key ID nor a loaded platform certificate`;
    case 'stale':
      return `the answer's timestamp is ${reason.offsetSeconds} s away from this computer's clock`;
    case 'signtest':
      return 'the answer carries a WECHATPAY/SIGNTEST/ probe signature';
    case 'bad-signature':
      return `the signature does not match the key ${reason.serial}`;
  }
}
