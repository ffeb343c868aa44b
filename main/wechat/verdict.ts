import { readEnvelope, type Parsed, type ResponseIssue } from './responses';
import type { HttpOutcome } from './transport';

/** One attempt's result, before the retry policy decides what to do with it. */
export type Verdict<T> =
  | { readonly kind: 'success'; readonly value: T }
  | { readonly kind: 'errcode'; readonly errcode: number; readonly errmsg: string }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'transport'; readonly code: string; readonly sent: 'no' | 'maybe'; readonly timedOut: boolean; readonly cancelled: boolean }
  | { readonly kind: 'invalid'; readonly status: number; readonly issues: readonly ResponseIssue[] };

/**
 * Reads one HTTP outcome. Weixin answers HTTP 200 even for errors (§0), so any other status is a
 * gateway or proxy speaking, whatever its body; a 200 must be JSON with the documented envelope.
 */
export function judge<T>(outcome: HttpOutcome, parse: (json: unknown) => Parsed<T>): Verdict<T> {
  if (outcome.kind === 'error') return { kind: 'transport', code: outcome.code, sent: outcome.sent, timedOut: outcome.timedOut, cancelled: outcome.cancelled };
  if (outcome.status !== 200) return { kind: 'http', status: outcome.status };
  let json: unknown;
  try {
    json = JSON.parse(outcome.text);
  } catch {
    return { kind: 'invalid', status: outcome.status, issues: [{ path: '', code: 'not_json' }] };
  }
  const envelope = readEnvelope(json);
  if (envelope.kind === 'invalid') return { kind: 'invalid', status: outcome.status, issues: envelope.issues };
  if (envelope.kind === 'errcode') return { kind: 'errcode', errcode: envelope.errcode, errmsg: envelope.errmsg };
  const parsed = parse(json);
  return parsed.ok ? { kind: 'success', value: parsed.value } : { kind: 'invalid', status: outcome.status, issues: parsed.issues };
}
