import { createSign, randomBytes, type KeyObject } from 'node:crypto';

/** The Authorization scheme of APIv3 (wechatpay-merchant-coupons-and-member-cards.md §3.1). */
export const AUTH_SCHEME = 'WECHATPAY2-SHA256-RSA2048';

/** What one request signature covers and who makes it. */
export interface RequestToSign {
  readonly method: string;
  /** The absolute path with its `?query` exactly as sent (§3.1: easywechat#2443 signed no query). */
  readonly pathWithQuery: string;
  /** Unix seconds. */
  readonly timestamp: number;
  readonly nonce: string;
  /** The exact body bytes sent: '' for GET, the JSON text, or the meta JSON of an upload (§2.5). */
  readonly body: string | Buffer;
}

/** The merchant side of a signature: mchid, the API certificate's serial and its private key. */
export interface MerchantSigner {
  readonly mchid: string;
  /** 40 hex characters, upper case as `openssl x509 -serial` prints them (§2.1). */
  readonly serialNo: string;
  readonly privateKey: KeyObject;
}

/** `METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n` as bytes, so a non-ASCII body is signed as sent (§3.1). */
export function requestMessage(request: RequestToSign): Buffer {
  const head = `${request.method.toUpperCase()}\n${request.pathWithQuery}\n${request.timestamp}\n${request.nonce}\n`;
  return Buffer.concat([Buffer.from(head, 'utf8'), toBytes(request.body), Buffer.from('\n')]);
}

/** `TIMESTAMP\nNONCE\nBODY\n` over the raw answer or callback body (§3.2). */
export function responseMessage(timestamp: string, nonce: string, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}\n${nonce}\n`, 'utf8'), toBytes(body), Buffer.from('\n')]);
}

/** SHA256withRSA (PKCS#1 v1.5), standard Base64 (§3.1). */
export function signSha256Rsa(message: Buffer, privateKey: KeyObject): string {
  return createSign('RSA-SHA256').update(message).sign(privateKey, 'base64');
}

/** A 32-character nonce from `[0-9A-Z]`, as the SDKs make them. */
export function makeNonce(): string {
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let out = '';
  for (const byte of randomBytes(32)) out += alphabet[byte % 36];
  return out;
}

/** The whole Authorization header value for one request. */
export function authorizationHeader(signer: MerchantSigner, request: RequestToSign): string {
  const signature = signSha256Rsa(requestMessage(request), signer.privateKey);
  return (
    `${AUTH_SCHEME} mchid="${signer.mchid}",nonce_str="${request.nonce}",` +
    `timestamp="${request.timestamp}",serial_no="${signer.serialNo}",signature="${signature}"`
  );
}

function toBytes(body: string | Buffer): Buffer {
  return typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
}
