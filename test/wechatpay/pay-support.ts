// A hand-rolled APIv3 caller for the simulator's tests, signed and checked with wechatpay-axios-plugin's
// Rsa and Formatter (an implementation independent of main/wechatpay), over real HTTP.
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { Formatter, Rsa } from 'wechatpay-axios-plugin';
import { DEMO_MERCHANT, startSandbox, type SandboxHandle, type StartSandboxOptions } from '../../main/sandbox';

/** 2026-01-15 12:00:00 China time. */
export const T0 = Date.UTC(2026, 0, 15, 4, 0, 0);

/** A sandbox on a frozen virtual clock at T0, stocks leaving UNAUDIT at once unless told otherwise. */
export function startPaySandbox(options: StartSandboxOptions = {}): Promise<SandboxHandle> {
  return startSandbox({ clock: { startAt: T0, frozen: true }, ...options });
}

/** One answer as received, with its signature checked against the demo merchant's WeChat Pay key. */
export interface PayAnswer {
  readonly status: number;
  readonly text: string;
  readonly json: Record<string, unknown>;
  readonly headers: Headers;
  readonly verified: boolean;
}

/** Who signs and what is changed on purpose. */
export interface CallOptions {
  readonly mchid?: string;
  readonly serial?: string;
  readonly privateKey?: KeyObject;
  readonly timestampOffset?: number;
  readonly tamper?: (message: string) => string;
  readonly headers?: Record<string, string>;
  /** The multipart body; `body` is then the signed meta JSON. */
  readonly multipart?: { readonly data: Buffer; readonly contentType: string };
  readonly verifyWith?: KeyObject;
}

const demoKey = createPrivateKey(DEMO_MERCHANT.merchantCertificate.privateKeyPem);
const demoPayPublic = createPublicKey(DEMO_MERCHANT.wechatpayKey.publicKeyPem);

/** Calls a `/v3/` path of the sandbox as the demo merchant (or as `options` say). */
export async function payCall(sandbox: SandboxHandle, method: string, pathWithQuery: string, body?: unknown, options: CallOptions = {}): Promise<PayAnswer> {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = Math.floor(sandbox.clock.now() / 1000) + (options.timestampOffset ?? 0);
  const nonce = Formatter.nonce();
  const message = Formatter.request(method, pathWithQuery, timestamp, nonce, text);
  const signature = Rsa.sign(options.tamper ? options.tamper(message) : message, options.privateKey ?? demoKey);
  const authorization = Formatter.authorization(options.mchid ?? DEMO_MERCHANT.mchid, nonce, signature, timestamp, options.serial ?? DEMO_MERCHANT.merchantCertificate.serialNo);
  const response = await fetch(`${sandbox.baseUrl}${pathWithQuery}`, {
    method,
    headers: {
      Authorization: authorization,
      Accept: 'application/json',
      ...(options.multipart ? { 'Content-Type': options.multipart.contentType } : text ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    ...(options.multipart ? { body: options.multipart.data } : text ? { body: text } : {}),
  });
  const answer = await response.text();
  const signatureHeader = response.headers.get('wechatpay-signature');
  const verified =
    signatureHeader !== null &&
    Rsa.verify(Formatter.response(response.headers.get('wechatpay-timestamp') ?? '', response.headers.get('wechatpay-nonce') ?? '', answer), signatureHeader, options.verifyWith ?? demoPayPublic);
  return { status: response.status, text: answer, json: answer ? (JSON.parse(answer) as Record<string, unknown>) : {}, headers: response.headers, verified };
}
