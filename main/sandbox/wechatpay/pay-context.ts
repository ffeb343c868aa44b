import { paramError, type PayReply } from './pay-envelope';
import type { MerchantState, PayState, Replay } from './pay-state';

/** What a WeChat Pay handler sees of one authenticated request. */
export interface PayContext {
  readonly pay: PayState;
  readonly merchant: MerchantState;
  /** Virtual ms. */
  readonly now: number;
  readonly method: string;
  /** The `{name}` segments of the route pattern. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: Buffer;
  readonly contentType: string | undefined;
  /** The request's Wechatpay-Serial header. */
  readonly requestSerial: string | undefined;
}

type Obj = Record<string, unknown>;

/** The body as a JSON object, or 400 PARAM_ERROR. */
export function jsonBody(ctx: PayContext): { ok: true; value: Obj } | { ok: false; reply: PayReply } {
  if (ctx.body.length === 0) return { ok: false, reply: paramError('请求体为空') };
  try {
    const parsed: unknown = JSON.parse(ctx.body.toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return { ok: true, value: parsed as Obj };
  } catch {
    // Falls through to the same answer as a non-object.
  }
  return { ok: false, reply: paramError('请求体不是合法的 JSON 对象') };
}

/** JSON with sorted keys: two bodies are "the same request" when these match. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Obj).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The answer a request number already got, when it is repeated (`replays` keys). */
export function replayOf(ctx: PayContext, key: string): Replay | undefined {
  return ctx.merchant.replays.get(key);
}

/** Remembers a request number's first answer and returns the reply. */
export function remember(ctx: PayContext, key: string, fingerprint: string, reply: PayReply): PayReply {
  ctx.merchant.replays.set(key, { fingerprint, status: reply.status, body: reply.body });
  return reply;
}

/** Replays an earlier answer to the same request number. */
export function replayed(ctx: PayContext, replay: Replay): PayReply {
  return { status: replay.status, ...(replay.body ? { body: replay.body } : {}), merchant: ctx.merchant, ...(ctx.requestSerial ? { requestSerial: ctx.requestSerial } : {}) };
}

/** RFC 3339 in China time, as WeChat Pay writes its times (`2026-12-03T17:00:00+08:00`). */
export function chinaTime(ms: number): string {
  const shifted = new Date(Math.floor(ms / 1000) * 1000 + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}
