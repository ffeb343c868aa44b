import type { IncomingHttpHeaders } from 'node:http';
import type { AccountState } from '../account-state';
import { isPlainObject } from '../card-create/access';
import { okEnvelope } from '../envelope';
import { wxError, type WxError } from '../errors';
import type { SandboxState } from '../state';

/** What a handler sees of one request. */
export interface HandlerContext {
  readonly state: SandboxState;
  /** Virtual ms when handling started. */
  readonly now: number;
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  /** The body exceeded the read limit; only its first bytes are in `body`. */
  readonly bodyTooLarge: boolean;
  /** The caller's IPv4 address as Weixin would see it (or the presented fake public IP). */
  readonly clientIp: string;
}

/** A handler behind access_token auth also gets the account the token belongs to. */
export interface AuthedContext extends HandlerContext {
  readonly account: AccountState;
}

/** What a handler answers; the server turns it into bytes. */
export type Reply =
  | { readonly kind: 'json'; readonly body: Record<string, unknown> }
  | { readonly kind: 'error'; readonly error: WxError }
  | { readonly kind: 'bytes'; readonly contentType: string; readonly data: Buffer }
  | { readonly kind: 'not-found' };

/** A JSON answer as is (the bare token and uploadimg shapes, §0). */
export function bare(body: Record<string, unknown>): Reply {
  return { kind: 'json', body };
}

/** `{"errcode":0,"errmsg":"ok", …extra}`. */
export function ok(extra: Record<string, unknown> = {}): Reply {
  return { kind: 'json', body: okEnvelope(extra) };
}

/** An error answer. */
export function fail(errcode: number, path?: string, errmsg?: string): Reply {
  return { kind: 'error', error: wxError(errcode, path, errmsg) };
}

/** An error answer from a value. */
export function failWith(error: WxError): Reply {
  return { kind: 'error', error };
}

/**
 * The body as a JSON object: empty → 44002 "empty post data", unparsable or not an object → 47001
 * "data format error" (§2).
 */
export function readJsonObject(ctx: HandlerContext): { ok: true; value: Record<string, unknown> } | { ok: false; reply: Reply } {
  if (ctx.body.length === 0) return { ok: false, reply: fail(44002) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(ctx.body.toString('utf8'));
  } catch {
    return { ok: false, reply: fail(47001) };
  }
  return isPlainObject(parsed) ? { ok: true, value: parsed } : { ok: false, reply: fail(47001) };
}
