import { err } from '../../common/result';
import { callJson, jsonBody, schemaParser, type ApiContext, type CallOptions } from './call';
import { endpointAt, ENDPOINTS, RAW_FORBIDDEN_PATHS, type EndpointInfo } from './endpoints';
import { execute } from './executor';
import type { WeixinResult } from './failure';
import { configFailure } from './failures';
import { buildImageMultipart, type ImageFile } from './multipart';
import { colorsSchema, decryptSchema, emptySchema, parseWith, poiListSchema, quotaSchema, uploadImageSchema } from './responses';
import type { RequestBody } from './transport';

/** One store of getPoiList. */
export interface PoiStore {
  readonly sid: string;
  /** Empty unless availableState is 3 (§1.16). */
  readonly poiId: string;
  readonly businessName: string;
  readonly branchName: string;
  readonly address: string;
  /** 1 系统错误, 2 审核中, 3 审核通过, 4 审核驳回: only 3 is usable in location_id_list. */
  readonly availableState: number;
}

/** What the raw console gets back: the JSON answer, the access_token scrubbed out of it. */
export interface RawResponse {
  readonly body: unknown;
}

const MIB = 1024 * 1024;
const RAW_PATH = /^\/[A-Za-z0-9_\-.]+(?:\/[A-Za-z0-9_\-.]+)*$/;
const REDACTED = '[redacted]';

/** Replaces every occurrence of the token in the strings of a JSON value. */
function scrub(value: unknown, token: string | undefined): unknown {
  if (!token) return value;
  if (typeof value === 'string') return value.split(token).join(REDACTED);
  if (Array.isArray(value)) return value.map((item) => scrub(item, token));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.split(token).join(REDACTED), scrub(v, token)]));
  }
  return value;
}

/** Media, stores, colours, quotas and the raw console, bound to one account. */
export function miscApi(ctx: ApiContext) {
  return {
    /**
     * `cgi-bin/media/uploadimg` (§1.3): multipart with the file in the `buffer` part; the answer's
     * URL must be an http(s) mmbiz.qpic.cn URL. Timeout scaled by size.
     */
    uploadImage(file: ImageFile, options: CallOptions = {}): Promise<WeixinResult<{ url: string }>> {
      let multipart: { data: Buffer; boundary: string };
      try {
        multipart = buildImageMultipart(file);
      } catch {
        // Not bytes (a caller outside the type system): nothing to send.
        return Promise.resolve(err(configFailure(ENDPOINTS.uploadImage.path, 'invalid_request')));
      }
      const { data, boundary } = multipart;
      const { uploadBaseMs, uploadPerMiBMs } = ctx.deps.timeouts;
      return execute(ctx.deps, {
        endpoint: ENDPOINTS.uploadImage,
        tokens: ctx.tokens,
        body: { kind: 'multipart', data, boundary },
        timeoutMs: Math.ceil(uploadBaseMs + (uploadPerMiBMs * file.bytes.byteLength) / MIB),
        ...(options.signal ? { signal: options.signal } : {}),
        parse: schemaParser(uploadImageSchema),
      });
    },

    /** `card/getcolors` (§4.5). */
    getColors: (options?: CallOptions): Promise<WeixinResult<{ colors: { name: string; value: string }[] }>> =>
      callJson(ctx, ENDPOINTS.getColors, undefined, schemaParser(colorsSchema), options),

    /** `cgi-bin/poi/getpoilist` (§1.16): limit ≤ 50. */
    getPoiList: (page: { readonly begin?: number; readonly limit?: number } = {}, options?: CallOptions): Promise<WeixinResult<{ stores: PoiStore[]; totalCount: number }>> =>
      callJson(ctx, ENDPOINTS.getPoiList, { begin: page.begin ?? 0, limit: page.limit ?? 50 }, schemaParser(poiListSchema), options),

    /** `card/code/decrypt` (§1.15). */
    decryptCode: (encryptCode: string, options?: CallOptions): Promise<WeixinResult<{ code: string }>> =>
      callJson(ctx, ENDPOINTS.decryptCode, { encrypt_code: encryptCode }, schemaParser(decryptSchema), options),

    /** `cgi-bin/openapi/quota/get` (§1.17): today's use of one API path, e.g. '/card/create'. */
    getQuota: (
      cgiPath: string,
      options?: CallOptions,
    ): Promise<WeixinResult<{ dailyLimit: number; used: number; remain: number; rateLimit: { callCount: number; refreshSecond: number } | undefined }>> =>
      callJson(ctx, ENDPOINTS.getQuota, { cgi_path: cgiPath }, schemaParser(quotaSchema), options),

    /** `cgi-bin/clear_quota` (§1.17, §3.7): uses one of 10 monthly resets, so never resent blindly. */
    clearQuota: (options?: CallOptions): Promise<WeixinResult<void>> =>
      callJson(ctx, ENDPOINTS.clearQuota, { appid: ctx.appid }, schemaParser(emptySchema), options),

    /**
     * The API console: any JSON to a path on this account's host. The client attaches the token and
     * scrubs it from the answer; token endpoints and clear_quota/v2 are refused (they would show or
     * need a secret). Known paths keep their timeout and retry rules; unknown ones are treated as
     * non-repeatable writes. An errcode answer is a `weixin` failure carrying errcode and errmsg.
     */
    raw(method: 'GET' | 'POST', path: string, json?: unknown, options: CallOptions = {}): Promise<WeixinResult<RawResponse>> {
      const refused = Promise.resolve(err(configFailure(typeof path === 'string' && RAW_PATH.test(path) ? path : '(raw)', 'raw_path_refused')));
      if (typeof path !== 'string' || !RAW_PATH.test(path) || path.split('/').some((segment) => /^\.+$/.test(segment))) return refused;
      if (RAW_FORBIDDEN_PATHS.has(path.toLowerCase())) return refused;
      const known = endpointAt(path);
      const endpoint: EndpointInfo = known ? { ...known, method } : { path, method, timeout: 'write', repeatable: false };
      let body: RequestBody | undefined;
      if (json !== undefined && method === 'POST') {
        body = jsonBody(json);
        if (!body) return Promise.resolve(err(configFailure(path, 'invalid_request')));
      }
      return execute(ctx.deps, {
        endpoint,
        tokens: ctx.tokens,
        ...(body ? { body } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        parse: (answer, token) => {
          const parsed = parseWith(emptySchema, answer);
          return parsed.ok ? { ok: true as const, value: { body: scrub(answer, token) } } : parsed;
        },
      });
    },
  };
}
