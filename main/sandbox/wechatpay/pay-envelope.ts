import { createPrivateKey, createSign, randomBytes, type KeyObject } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { AnswerSignatureFault, FaultOutcome } from '../faults';
import { randomHex } from '../random';
import { WECHATPAY_KEY_A, WECHATPAY_KEY_B } from './fixture-keys';
import type { MerchantState } from './pay-state';

/** What a WeChat Pay handler answers. 2xx answers are signed for `merchant` (§6.2). */
export interface PayReply {
  readonly status: number;
  readonly body?: Record<string, unknown>;
  readonly merchant?: MerchantState;
  /** The request's Wechatpay-Serial: in migrating mode it picks the answering key (§3.3). */
  readonly requestSerial?: string;
}

/** The APIv3 error shape `{code, message, detail?}` (§2.7). */
export function payError(status: number, code: string, message: string, detail?: Record<string, unknown>): PayReply {
  return { status, body: { code, message, ...(detail ? { detail } : {}) } };
}

/** 400 PARAM_ERROR naming the JSON pointer, as the real messages do (§2.7). */
export function paramError(message: string, value?: unknown): PayReply {
  return payError(400, 'PARAM_ERROR', message, value === undefined ? { location: 'body' } : { location: 'body', value });
}

/** 400 INVALID_REQUEST (§2.7). */
export function invalidRequest(message: string): PayReply {
  return payError(400, 'INVALID_REQUEST', message);
}

/** 404 for an unknown resource. */
export function notFound(message = '资源不存在'): PayReply {
  return payError(404, 'RESOURCE_NOT_EXISTS', message);
}

/** 200 with a body. */
export function okBody(merchant: MerchantState, body: Record<string, unknown>, requestSerial?: string): PayReply {
  return { status: 200, body, merchant, ...(requestSerial ? { requestSerial } : {}) };
}

/** 204 with no body (modify; §2.3). */
export function noContent(merchant: MerchantState, requestSerial?: string): PayReply {
  return { status: 204, merchant, ...(requestSerial ? { requestSerial } : {}) };
}

/** The key and serial that sign this merchant's answers now (§3.3; decisions table for migrating). */
export function answerKey(merchant: MerchantState, requestSerial: string | undefined, now: number): { serial: string; key: KeyObject } {
  const config = merchant.config;
  const publicKey = { serial: config.wechatpayPublicKeyId, key: merchant.wechatpayPrivateKey };
  if (config.mode === 'public-key') return publicKey;
  if (config.mode === 'migrating' && requestSerial === config.wechatpayPublicKeyId) return publicKey;
  const usable = config.platformCertificates.filter((c) => c.effectiveAt <= now && now < c.expireAt).sort((a, b) => b.effectiveAt - a.effectiveAt);
  const named = usable.find((c) => c.certificate.serialNo === requestSerial) ?? usable[0] ?? config.platformCertificates[0];
  if (!named) return publicKey;
  return { serial: named.certificate.serialNo, key: createPrivateKey(named.certificate.privateKeyPem) };
}

/** Wechatpay-* headers over `body` (§3.2), bent by an injected answer-signature fault. */
export function signatureHeaders(merchant: MerchantState, requestSerial: string | undefined, body: string, now: number, fault?: AnswerSignatureFault): Record<string, string> {
  if (fault === 'unsigned') return {};
  const { serial, key } = answerKey(merchant, requestSerial, now);
  const timestamp = String(Math.floor(now / 1000) - (fault === 'stale-timestamp' ? 600 : 0));
  const nonce = randomBytes(16).toString('hex');
  const otherKey = createPrivateKey(merchant.config.wechatpayKey === WECHATPAY_KEY_B ? WECHATPAY_KEY_A.privateKeyPem : WECHATPAY_KEY_B.privateKeyPem);
  const signature = createSign('RSA-SHA256')
    .update(`${timestamp}\n${nonce}\n${body}\n`, 'utf8')
    .sign(fault === 'wrong-key' ? otherKey : key, 'base64');
  return {
    'Wechatpay-Timestamp': timestamp,
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': fault === 'unknown-serial' ? 'PUB_KEY_ID_0000000000000000000000000000000000' : serial,
    'Wechatpay-Signature': fault === 'signtest' ? `WECHATPAY/SIGNTEST/${signature}` : signature,
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

/** A Request-ID like the real ones (hex, 40 characters). */
export function requestId(): string {
  return randomHex(40).toUpperCase();
}

/** Writes one answer: JSON (or nothing for 204), Request-ID always, a signature on every 2xx (§6.2). */
export function writePayReply(res: ServerResponse, reply: PayReply, now: number, fault: FaultOutcome): void {
  const text = reply.body === undefined ? '' : JSON.stringify(reply.body);
  const signer = reply.status >= 200 && reply.status < 300 ? reply.merchant : undefined;
  const variant = fault.kind === 'answer-signature' ? fault.variant : undefined;
  const headers: Record<string, string | number> = {
    // The virtual clock's time, so a client can tell "my clock is off" from the answer (§3.1 SIGN_ERROR causes).
    Date: new Date(now).toUTCString(),
    'Request-ID': requestId(),
    ...(signer ? signatureHeaders(signer, reply.requestSerial, text, now, variant) : {}),
  };
  if (text !== '') {
    headers['Content-Type'] = 'application/json; charset=utf-8';
    headers['Content-Length'] = Buffer.byteLength(text, 'utf8');
  }
  res.writeHead(reply.status, headers);
  res.end(text);
}
