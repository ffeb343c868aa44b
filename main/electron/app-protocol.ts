import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { CustomScheme } from 'electron';
import { err, ok, type Result } from '../../common/result';
import { APP_HOST, APP_SCHEME } from './app-url';

/**
 * Registered before `ready`: `standard` gives app:// real origins and relative URL resolution,
 * `secure` makes it a secure context. No bypassCSP, no fetch/CORS/service-worker privileges.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true },
};

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** The content type for a file name (octet-stream when unknown, which with nosniff never executes). */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** Why a bundle path was refused. */
export type BundleRefusal = 'bad_path' | 'outside_bundle' | 'not_found';

function isInside(root: string, candidate: string): boolean {
  return candidate === root || candidate.startsWith(root.endsWith(sep) ? root : root + sep);
}

/**
 * Maps a URL path to a file inside `root` (checklist #18: traversal refused). Decodes once, then
 * refuses `.`/`..` segments (`%2e%2e`, `..%2f`), backslashes, NUL and `:`; resolves and requires
 * the result, after following symlinks, to stay inside the real root. `/` serves index.html.
 */
export async function resolveBundlePath(root: string, urlPath: string): Promise<Result<string, BundleRefusal>> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return err('bad_path');
  }
  if (/[\0\\:]/.test(decoded)) return err('bad_path');
  const segments = decoded.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return err('bad_path');
  const relative = segments.filter((segment) => segment !== '').join('/') || 'index.html';
  const absoluteRoot = resolve(root);
  const candidate = resolve(absoluteRoot, relative);
  if (!isInside(absoluteRoot, candidate)) return err('outside_bundle');
  let realRoot: string;
  let realCandidate: string;
  try {
    realRoot = await realpath(absoluteRoot);
    realCandidate = await realpath(candidate);
  } catch {
    return err('not_found');
  }
  if (!isInside(realRoot, realCandidate)) return err('outside_bundle');
  try {
    if (!(await stat(realCandidate)).isFile()) return err('not_found');
  } catch {
    return err('not_found');
  }
  return ok(realCandidate);
}

/** Headers every bundle response carries. */
export function bundleHeaders(contentType: string, csp: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

/** Options of {@link createBundleHandler}. */
export interface BundleHandlerOptions {
  /** The built renderer (out/renderer). */
  readonly root: string;
  /** Sent as a header on every response (the meta tag is the fallback). */
  readonly csp: string;
}

/** The `protocol.handle('app', …)` handler: serves files of `root` under app://bundle/ only. */
export function createBundleHandler({ root, csp }: BundleHandlerOptions): (request: Request) => Promise<Response> {
  const refuse = (status: number): Response =>
    new Response(null, { status, headers: bundleHeaders('text/plain; charset=utf-8', csp) });
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
      return refuse(404);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
    const file = await resolveBundlePath(root, url.pathname);
    if (!file.ok) return refuse(file.error === 'not_found' ? 404 : 400);
    const body = request.method === 'HEAD' ? null : await readFile(file.value);
    return new Response(body, { status: 200, headers: bundleHeaders(contentTypeFor(file.value), csp) });
  };
}
