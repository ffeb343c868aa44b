import axios, { type AxiosInstance, type AxiosProxyConfig } from 'axios';
import { classifyError, strictAxiosConfig, type HttpOutcome } from '../wechat/transport';

/** One APIv3 exchange to perform: the signed headers are already made. */
export interface PayHttpRequest {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** Path with `?query`, exactly as signed. */
  readonly pathWithQuery: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: Buffer;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/** What came back: status, headers (lower-case names) and the raw body bytes the signature covers (§3.2). */
export type PayHttpOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: Buffer }
  | Extract<HttpOutcome, { kind: 'error' }>;

/** Sends one request. Never throws. */
export interface PayTransport {
  send(request: PayHttpRequest): Promise<PayHttpOutcome>;
}

/**
 * The axios transport for api.mch.weixin.qq.com (as the card client's: one instance per account,
 * no redirects, every status handed back), reading bodies as bytes so verification sees them raw.
 */
export function createPayTransport(baseUrl: string, proxy: AxiosProxyConfig | false | undefined): PayTransport {
  const instance: AxiosInstance = axios.create({ ...strictAxiosConfig(baseUrl, proxy), responseType: 'arraybuffer' });
  return {
    async send(request) {
      if (request.signal?.aborted) return { kind: 'error', code: 'ERR_CANCELED', sent: 'no', timedOut: false, cancelled: true };
      try {
        const response = await instance.request<ArrayBuffer>({
          method: request.method,
          url: request.pathWithQuery,
          headers: { ...request.headers },
          ...(request.body ? { data: request.body } : {}),
          timeout: request.timeoutMs,
          ...(request.signal ? { signal: request.signal } : {}),
        });
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers as Record<string, unknown>)) {
          if (typeof value === 'string') headers[name.toLowerCase()] = value;
        }
        const data: unknown = response.data;
        const body = Buffer.isBuffer(data) ? data : data instanceof ArrayBuffer ? Buffer.from(data) : Buffer.alloc(0);
        return { kind: 'response', status: response.status, headers, body };
      } catch (error: unknown) {
        return classifyError(error, request.signal) as Extract<HttpOutcome, { kind: 'error' }>;
      }
    },
  };
}
