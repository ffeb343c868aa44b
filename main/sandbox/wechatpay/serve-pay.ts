import type { IncomingMessage, ServerResponse } from 'node:http';
import { runExchange } from '../exchange';
import type { FaultOutcome } from '../faults';
import type { SandboxState } from '../state';
import { authenticate } from './auth';
import { uploadParts } from './media-handler';
import { notFound, payError, writePayReply, type PayReply } from './pay-envelope';
import { matchPayRoute, type PayRoute } from './pay-routes';

/** Requests to WeChat Pay paths start with this. */
export const PAY_PREFIX = '/v3/';

/** An injected 429 or 500 in the APIv3 envelope (§2.7); an errcode fault maps onto them (decisions table). */
function injectedError(fault: Extract<FaultOutcome, { kind: 'errcode' | 'pay-error' }>): PayReply {
  if (fault.kind === 'pay-error') return payError(fault.status, fault.code, fault.message ?? (fault.status === 429 ? '频率超限' : '系统繁忙,请稍后重试'));
  return fault.errcode === 45009 || fault.errcode === 45011 ? payError(429, 'FREQUENCY_LIMITED', '频率超限') : payError(500, 'SYSTEM_ERROR', '系统繁忙,请稍后重试');
}

function run(state: SandboxState, req: IncomingMessage, matched: { route: PayRoute; params: Record<string, string> }, url: URL, body: Buffer, now: number): PayReply {
  const { route, params } = matched;
  let signedBody = body;
  if (route.multipart) {
    const parts = uploadParts(req.headers['content-type'], body);
    // An unreadable upload cannot be authenticated either: the format error is the honest answer.
    if (!parts.ok) return parts.reply;
    signedBody = parts.meta;
  }
  const method = req.method ?? 'GET';
  const auth = authenticate(state.pay, { method, url: req.url ?? url.pathname, headers: req.headers, signedBody }, now);
  if (!auth.ok) return auth.reply;
  const serialHeader = req.headers['wechatpay-serial'];
  const requestSerial = typeof serialHeader === 'string' && serialHeader !== '' ? serialHeader : undefined;
  try {
    return route.handle({
      pay: state.pay,
      merchant: auth.merchant,
      now,
      method,
      params,
      query: url.searchParams,
      body,
      contentType: req.headers['content-type'],
      requestSerial,
    });
  } catch {
    return payError(500, 'SYSTEM_ERROR', '系统繁忙,请稍后重试');
  }
}

/** One WeChat Pay exchange, under the same fault flow as the card API (exchange.ts). */
export async function servePayRequest(state: SandboxState, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const method = req.method ?? 'GET';
  const matched = matchPayRoute(method, url.pathname);
  const key = matched?.route.pattern ?? url.pathname;
  state.endpointCounts.set(key, (state.endpointCounts.get(key) ?? 0) + 1);
  const fault: FaultOutcome = matched ? state.faults.next(key) : { kind: 'none' };
  return runExchange(state, req, res, fault, {
    run: (read, now) => (matched ? run(state, req, matched, url, read.body, now) : notFound('请求的资源不存在')),
    send: (reply, now, applied) => writePayReply(res, reply, now, applied),
    sendInjectedError: (injected, now) => writePayReply(res, injectedError(injected), now, { kind: 'none' }),
  });
}
