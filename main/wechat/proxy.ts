import type { AxiosProxyConfig } from 'axios';

/** A parsed per-account proxy. Its credentials stay inside the axios config and are never logged. */
export interface ParsedProxy {
  readonly config: AxiosProxyConfig;
  /** `host:port`, safe to show and log. */
  readonly display: string;
}

/**
 * Parses `http://[user:pass@]host[:port]` or `https://…` (axios speaks only HTTP(S) proxies). Any
 * other scheme, a path or a query is refused rather than half-used.
 */
export function parseProxyUrl(text: string): ParsedProxy | undefined {
  let url: URL;
  try {
    url = new URL(String(text).trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.hostname === '' || (url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') return undefined;
  const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const username = safeDecode(url.username);
  const password = safeDecode(url.password);
  const config: AxiosProxyConfig = {
    protocol: url.protocol.slice(0, -1),
    host,
    port,
    ...(username !== '' || password !== '' ? { auth: { username, password } } : {}),
  };
  return { config, display: `${url.hostname}:${port}` };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** 127.0.0.0/8, ::1 and localhost: the embedded sandbox, which no corporate proxy can reach. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * The base URL if usable: https anywhere, plain http only on loopback (the sandbox) — elsewhere it
 * would carry the AppSecret and tokens in cleartext. Path and query are not allowed.
 */
export function parseBaseUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(String(text).trim());
  } catch {
    return undefined;
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== '' || url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'https:') return url;
  return url.protocol === 'http:' && isLoopbackHost(url.hostname) ? url : undefined;
}
