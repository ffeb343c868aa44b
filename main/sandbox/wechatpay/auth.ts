import { createVerify } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { payError, type PayReply } from './pay-envelope';
import type { MerchantState, PayState } from './pay-state';

/** The fields of `WECHATPAY2-SHA256-RSA2048 k="v",…` (field order free, §3.1). */
export function parseAuthorization(header: string | undefined): Record<string, string> | undefined {
  if (!header) return undefined;
  const match = /^WECHATPAY2-SHA256-RSA2048\s+(.+)$/.exec(header.trim());
  if (!match?.[1]) return undefined;
  const fields: Record<string, string> = {};
  for (const part of match[1].split(',')) {
    const field = /^\s*(\w+)="([^"]*)"\s*$/.exec(part);
    if (!field?.[1]) return undefined;
    fields[field[1]] = field[2] ?? '';
  }
  return fields;
}

const REQUIRED = ['mchid', 'nonce_str', 'timestamp', 'serial_no', 'signature'] as const;

/** The sign message is echoed back truncated, as in the real SIGN_ERROR detail (§2.7); the body is cut here. */
const TRUNCATED_BODY_CHARS = 32;

function signError(message: string, signInformation?: Record<string, unknown>): PayReply {
  return payError(401, 'SIGN_ERROR', message, {
    field: 'signature',
    location: 'authorization',
    ...(signInformation ? { sign_information: signInformation, detail: { issue: 'sign not match' } } : {}),
  });
}

/** The request whose signature is checked. */
export interface SignedRequest {
  readonly method: string;
  /** Path with `?query`, exactly as the request line had it. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** What was signed: the raw body, or the meta part of an upload (§2.5). */
  readonly signedBody: Buffer;
}

/**
 * Checks the Authorization header (§3.1, §6.2): scheme and fields, a known mchid, the serial of its
 * certificate, the timestamp inside the merchant's window, then RSA-SHA256 over the five lines.
 * Every failure is 401 SIGN_ERROR; the messages are the simulator's (decisions table).
 */
export function authenticate(pay: PayState, request: SignedRequest, now: number): { ok: true; merchant: MerchantState } | { ok: false; reply: PayReply } {
  const header = request.headers.authorization;
  if (!header) return { ok: false, reply: signError('Http头Authorization值为空,请参考《微信支付商户REST API签名规则》') };
  const fields = parseAuthorization(header);
  if (!fields || REQUIRED.some((name) => !fields[name])) {
    return { ok: false, reply: signError('Http头Authorization值格式错误,请参考《微信支付商户REST API签名规则》') };
  }
  const merchant = pay.merchants.get(fields.mchid ?? '');
  if (!merchant) return { ok: false, reply: signError(`商户号 ${fields.mchid ?? ''} 不存在或未开通API`) };
  if ((fields.serial_no ?? '').toUpperCase() !== merchant.config.merchantCertificate.serialNo) {
    return { ok: false, reply: signError('商户证书序列号有误。请使用签名私钥匹配的证书序列号') };
  }
  const timestamp = Number(fields.timestamp);
  if (!/^\d{1,12}$/.test(fields.timestamp ?? '') || Math.abs(now / 1000 - timestamp) > merchant.config.requestSkewSeconds) {
    return { ok: false, reply: signError('请求的时间戳已过期或与服务器时间相差过大,请检查系统时间') };
  }
  const message = Buffer.concat([Buffer.from(`${request.method}\n${request.url}\n${fields.timestamp}\n${fields.nonce_str}\n`), request.signedBody, Buffer.from('\n')]);
  let valid: boolean;
  try {
    valid = createVerify('RSA-SHA256').update(message).verify(merchant.merchantPublicKey, fields.signature ?? '', 'base64');
  } catch {
    valid = false;
  }
  if (valid) return { ok: true, merchant };
  const bodyText = request.signedBody.toString('utf8');
  const truncated = `${request.method}\n${request.url}\n${fields.timestamp}\n${fields.nonce_str}\n${bodyText.length > TRUNCATED_BODY_CHARS ? `${bodyText.slice(0, TRUNCATED_BODY_CHARS)}...` : bodyText}\n`;
  return {
    ok: false,
    reply: signError('错误的签名,验签失败', { method: request.method, url: request.url, sign_message_length: message.length, truncated_sign_message: truncated }),
  };
}
