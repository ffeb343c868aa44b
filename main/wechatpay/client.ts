import type { AxiosProxyConfig } from 'axios';
import type { KeyObject } from 'node:crypto';
import type { z } from 'zod';
import type { Clock } from '../../common/clock';
import { decryptResource, type DecryptFailure } from './aes-gcm';
import { readCertificate } from './keys';
import { parseAnswer, payCall, type PayCallContext, type PayCallSpec, type PayCredentials } from './pay-call';
import type { PayResult } from './pay-failure';
import { createPayTransport, type PayTransport } from './pay-transport';
import * as s from './schemas';
import { imageUploadBody, type ImageUpload } from './upload-body';

/** The production host (§2). */
export const WECHATPAY_BASE_URL = 'https://api.mch.weixin.qq.com';

/** How to build a client. */
export interface WechatPayClientOptions {
  readonly credentials: PayCredentials;
  readonly clock: Clock;
  /** Default the production host; the sandbox's baseUrl in tests and the sandbox mode. */
  readonly baseUrl?: string;
  readonly timeoutMs?: number;
  readonly proxy?: AxiosProxyConfig | false;
  /** Injected in tests; built from baseUrl otherwise. */
  readonly transport?: PayTransport;
}

type Json = Record<string, unknown>;
type Out<S extends z.ZodType> = Promise<PayResult<z.output<S>>>;

/** A platform certificate downloaded, decrypted and verified (§3.4). */
export interface DownloadedCertificate {
  readonly serialNo: string;
  readonly pem: string;
  readonly effectiveTime: string;
  readonly expireTime: string;
}

/** The result of a certificate download: the APIv3 key failing to decrypt is its own case (§3.5). */
export type CertificateDownload =
  | PayResult<readonly DownloadedCertificate[]>
  | { readonly ok: false; readonly error: { readonly kind: 'decrypt'; readonly code: 'APIV3_KEY_MISMATCH'; readonly message: string; readonly reason: DecryptFailure } };

const seg = (value: string) => encodeURIComponent(value);
const STOCKS = '/v3/marketing/busifavor/stocks';

/** Typed busifavor endpoints over APIv3 (§2.2–§2.5): signed, verified, zod-parsed, errors as values. */
export function createWechatPayClient(options: WechatPayClientOptions) {
  const ctx: PayCallContext = {
    credentials: options.credentials,
    transport: options.transport ?? createPayTransport(options.baseUrl ?? WECHATPAY_BASE_URL, options.proxy),
    clock: options.clock,
    timeoutMs: options.timeoutMs ?? 15_000,
    userAgent: 'CouponStudio/1 (WeChatPay APIv3)',
  };
  const call = <S extends z.ZodType>(spec: PayCallSpec, schema: S): Out<S> => payCall(ctx, spec).then((answer) => parseAnswer(answer, schema));
  const noBody = async (spec: PayCallSpec): Promise<PayResult<void>> => {
    const answer = await payCall(ctx, spec);
    return answer.ok ? { ok: true, value: undefined } : answer;
  };
  return {
    /** POST stocks; `out_request_no` inside the body is the idempotency key (§2.2). */
    createStock: (body: Json, signal?: AbortSignal) => call({ method: 'POST', pathWithQuery: STOCKS, json: body, ...(signal ? { signal } : {}) }, s.createStockAnswer),
    /** GET stocks/{stock_id}. */
    getStock: (stockId: string) => call({ method: 'GET', pathWithQuery: `${STOCKS}/${seg(stockId)}` }, s.stockAnswer),
    /** PATCH stocks/{stock_id}: 204 on success (§2.3). */
    modifyStock: (stockId: string, patch: Json & { out_request_no: string }) => noBody({ method: 'PATCH', pathWithQuery: `${STOCKS}/${seg(stockId)}`, json: patch }),
    /** PATCH stocks/{stock_id}/budget with the current value (optimistic concurrency, §2.3). */
    updateBudget: (
      stockId: string,
      change: ({ target_max_coupons: number; current_max_coupons: number } | { target_max_coupons_by_day: number; current_max_coupons_by_day: number }) & { modify_budget_request_no: string },
    ) => call({ method: 'PATCH', pathWithQuery: `${STOCKS}/${seg(stockId)}/budget`, json: change }, s.budgetAnswer),
    /** POST favor/media/image-upload: multipart, the meta JSON signed (§2.5). */
    uploadImage: (image: ImageUpload) => call({ method: 'POST', pathWithQuery: '/v3/marketing/favor/media/image-upload', multipart: imageUploadBody(image) }, s.imageAnswer),
    /** POST stocks/{stock_id}/couponcodes: at most 200 codes (§2.3). */
    uploadCodes: (stockId: string, codes: readonly string[], uploadRequestNo: string) =>
      call({ method: 'POST', pathWithQuery: `${STOCKS}/${seg(stockId)}/couponcodes`, json: { coupon_code_list: codes, upload_request_no: uploadRequestNo } }, s.uploadCodesAnswer),
    /** GET stocks/{stock_id}/couponcodes?limit&offset&status. */
    listCodes: (stockId: string, query: { limit: number; offset: number; status?: 'AVAILABLE' | 'DISPATCHED' }) => {
      const q = new URLSearchParams({ limit: String(query.limit), offset: String(query.offset), ...(query.status ? { status: query.status } : {}) });
      return call({ method: 'GET', pathWithQuery: `${STOCKS}/${seg(stockId)}/couponcodes?${q.toString()}` }, s.listCodesAnswer);
    },
    /** GET stocks/{stock_id}/couponcodes/{coupon_code}. */
    getCode: (stockId: string, code: string) => call({ method: 'GET', pathWithQuery: `${STOCKS}/${seg(stockId)}/couponcodes/${seg(code)}` }, s.codeAnswer),
    /** DELETE stocks/{stock_id}/couponcodes/{coupon_code} with `delete_request_no`. */
    deleteCode: (stockId: string, code: string, deleteRequestNo: string) =>
      call({ method: 'DELETE', pathWithQuery: `${STOCKS}/${seg(stockId)}/couponcodes/${seg(code)}`, json: { delete_request_no: deleteRequestNo } }, s.deleteCodeAnswer),
    /** POST coupons/use: counter redemption, `use_request_no` the idempotency key (§2.3). */
    useCoupon: (use: { coupon_code: string; stock_id?: string; appid: string; use_time: string; use_request_no: string; openid?: string }) =>
      call({ method: 'POST', pathWithQuery: '/v3/marketing/busifavor/coupons/use', json: use }, s.useAnswer),
    /** POST coupons/deactivate. */
    deactivateCoupon: (request: { coupon_code: string; stock_id?: string; deactivate_request_no: string; deactivate_reason?: string }) =>
      call({ method: 'POST', pathWithQuery: '/v3/marketing/busifavor/coupons/deactivate', json: request }, s.deactivateAnswer),
    /** POST callbacks: the HTTPS notify URL (§2.3). */
    setCallback: (notifyUrl: string, mchid?: string) =>
      call({ method: 'POST', pathWithQuery: '/v3/marketing/busifavor/callbacks', json: { notify_url: notifyUrl, ...(mchid ? { mchid } : {}) } }, s.callbackAnswer),
    /** GET callbacks. */
    getCallback: (mchid: string) => call({ method: 'GET', pathWithQuery: `/v3/marketing/busifavor/callbacks?mchid=${seg(mchid)}` }, s.callbackAnswer),
    /** GET /v3/certificates, decrypted with the APIv3 key and verified with what it brought (§3.4). */
    downloadCertificates: (apiv3Key: string) => downloadCertificates(ctx, apiv3Key),
  };
}

/** The client's type. */
export type WechatPayClient = ReturnType<typeof createWechatPayClient>;

async function downloadCertificates(ctx: PayCallContext, apiv3Key: string): Promise<CertificateDownload> {
  let decryptFailure: DecryptFailure | undefined;
  let decrypted: DownloadedCertificate[] = [];
  // The download is signed by a certificate it carries, so decryption comes before verification.
  const extraKeys = (body: Buffer) => {
    const keys = new Map<string, KeyObject>();
    const parsed = s.certificatesAnswer.safeParse(safeJson(body));
    if (!parsed.success) return keys;
    decrypted = [];
    for (const entry of parsed.data.data) {
      const plain = decryptResource(entry.encrypt_certificate, apiv3Key);
      if (!plain.ok) {
        decryptFailure = plain.error;
        continue;
      }
      const pem = plain.value.toString('utf8');
      const info = readCertificate(pem);
      if (!info.ok) continue;
      keys.set(entry.serial_no, info.value.publicKey);
      decrypted.push({ serialNo: entry.serial_no, pem, effectiveTime: entry.effective_time, expireTime: entry.expire_time });
    }
    return keys;
  };
  const answer = await payCall(ctx, { method: 'GET', pathWithQuery: '/v3/certificates', extraKeys });
  if (decryptFailure) return { ok: false, error: { kind: 'decrypt', code: 'APIV3_KEY_MISMATCH', message: 'the APIv3 key does not decrypt the certificates', reason: decryptFailure } };
  const parsed = parseAnswer(answer, s.certificatesAnswer);
  return parsed.ok ? { ok: true, value: decrypted } : parsed;
}

function safeJson(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
