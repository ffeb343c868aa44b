import axios, { type AxiosInstance, type AxiosProxyConfig, type CreateAxiosDefaults } from 'axios';

/** A request body: JSON text, or a ready multipart/form-data payload. */
export type RequestBody = { readonly kind: 'json'; readonly text: string } | { readonly kind: 'multipart'; readonly data: Buffer; readonly boundary: string };

/** One HTTP exchange to perform. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  /** An API path such as `/card/create`; joined to the base URL. */
  readonly path: string;
  /** Query parameters (access_token, or the classic token call's credentials). */
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: RequestBody;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

/**
 * What came back, reduced to facts that carry no secret: a status and body text, or an error code
 * and whether the request can have reached the server. The axios error itself (whose config holds
 * the URL with access_token or secret, and the stable_token body) never leaves this module.
 */
export type HttpOutcome =
  | { readonly kind: 'response'; readonly status: number; readonly text: string }
  | {
      readonly kind: 'error';
      readonly code: string;
      /** 'no': the connection never opened (refused, DNS, TLS), so nothing was processed. */
      readonly sent: 'no' | 'maybe';
      readonly timedOut: boolean;
      readonly cancelled: boolean;
    };

/** Sends one request. Never throws. */
export interface Transport {
  send(request: HttpRequest): Promise<HttpOutcome>;
}

/** 10 MiB: far above any Weixin answer or upload (1 MB images, §1.3). */
const MAX_BYTES = 10 * 1024 * 1024;

/** Codes raised before a single request byte can reach the server. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL', 'ERR_INVALID_URL', 'ERR_BAD_OPTION', 'ERR_BAD_OPTION_VALUE', 'ERR_NOT_SUPPORT']);
/** TLS handshake failures also happen before the request is written. */
const TLS_FAILURE = /^(?:CERT_|ERR_TLS_|ERR_SSL_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_)/;
const TIMED_OUT = new Set(['ETIMEDOUT', 'ECONNABORTED']);

/** The settings every API transport shares (card API and WeChat Pay): no redirects, all statuses, raw bodies. */
export function strictAxiosConfig(baseUrl: string, proxy: AxiosProxyConfig | false | undefined): CreateAxiosDefaults {
  return {
    baseURL: baseUrl,
    adapter: 'http',
    maxRedirects: 0,
    transformResponse: [(data: unknown) => data],
    validateStatus: () => true,
    maxContentLength: MAX_BYTES,
    maxBodyLength: MAX_BYTES,
    transitional: { clarifyTimeoutError: true, silentJSONParsing: true, forcedJSONParsing: false },
    ...(proxy === undefined ? {} : { proxy }),
  };
}

/**
 * The axios transport: one instance per account (architecture.md). Redirects are off (a redirect
 * could carry the token to another host), statuses are all handed back, bodies are read as text
 * and parsed by the caller. `proxy` undefined lets axios read HTTPS_PROXY/HTTP_PROXY/NO_PROXY;
 * axios ≥ 1.16.1 tunnels HTTPS through CONNECT, so a proxy never sees the secret (§6.3).
 */
export function createAxiosTransport(baseUrl: string, proxy: AxiosProxyConfig | false | undefined): Transport {
  const instance: AxiosInstance = axios.create({ ...strictAxiosConfig(baseUrl, proxy), responseType: 'text', responseEncoding: 'utf8' });
  return {
    async send(request) {
      if (request.signal?.aborted) return { kind: 'error', code: 'ERR_CANCELED', sent: 'no', timedOut: false, cancelled: true };
      const { body } = request;
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (body?.kind === 'json') headers['Content-Type'] = 'application/json; charset=utf-8';
      if (body?.kind === 'multipart') headers['Content-Type'] = `multipart/form-data; boundary=${body.boundary}`;
      try {
        const response = await instance.request<string>({
          method: request.method,
          url: request.path,
          ...(request.query ? { params: request.query } : {}),
          ...(body ? { data: body.kind === 'json' ? body.text : body.data } : {}),
          headers,
          timeout: request.timeoutMs,
          ...(request.signal ? { signal: request.signal } : {}),
        });
        const text = typeof response.data === 'string' ? response.data : String(response.data ?? '');
        return { kind: 'response', status: response.status, text };
      } catch (error: unknown) {
        return classifyError(error, request.signal);
      }
    },
  };
}

/** Reduces an axios/Node error to a code and a "was it sent" judgement; nothing else is kept. */
export function classifyError(error: unknown, signal: AbortSignal | undefined): HttpOutcome {
  const raw = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const code = typeof raw === 'string' && /^[A-Z0-9_]{1,40}$/.test(raw) ? raw : 'UNKNOWN';
  if (code === 'ERR_CANCELED' || signal?.aborted) return { kind: 'error', code: 'ERR_CANCELED', sent: 'maybe', timedOut: false, cancelled: true };
  const notSent = NOT_SENT.has(code) || TLS_FAILURE.test(code) || proxyConnectFailed(error);
  return { kind: 'error', code, sent: notSent ? 'no' : 'maybe', timedOut: TIMED_OUT.has(code), cancelled: false };
}

/**
 * The CONNECT to the proxy ended before it answered (https-proxy-agent's message): the tunnel never
 * opened, so the request was certainly not sent. The message is read, never passed on.
 */
function proxyConnectFailed(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return /before receiving CONNECT response/i.test(message);
}
