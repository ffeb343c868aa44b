import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { err, ok, type Result } from '../../common/result';
import { TOKEN_HEADER } from './wire';

/** Who the harness is this run: its token and the exact origin it serves. */
export interface HarnessIdentity {
  readonly token: string;
  /** e.g. `127.0.0.1:49152` */
  readonly host: string;
  /** e.g. `http://127.0.0.1:49152` */
  readonly origin: string;
}

/** Why a request was refused. */
export type HarnessRefusal = 'bad_host' | 'bad_origin' | 'cross_site' | 'missing_token' | 'bad_token';

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? undefined : value;
}

/**
 * Page-level checks for every request: `Host` must be the harness's own (no DNS rebinding);
 * an `Origin` or `Sec-Fetch-Site`, when a browser sends one, must say same-origin — or, for
 * static files only, `none` (the user opened the printed URL).
 */
export function checkHarnessOrigin(
  headers: IncomingHttpHeaders,
  identity: HarnessIdentity,
  { allowUserNavigation = true }: { readonly allowUserNavigation?: boolean } = {},
): Result<void, HarnessRefusal> {
  if (single(headers.host) !== identity.host) return err('bad_host');
  const origin = headers.origin;
  if (origin !== undefined && origin !== identity.origin) return err('bad_origin');
  const site = single(headers['sec-fetch-site']);
  if (site !== undefined && site !== 'same-origin' && !(allowUserNavigation && site === 'none')) return err('cross_site');
  return ok(undefined);
}

/** API-level checks (POST /ipc/*, GET /events): the origin checks plus the per-run token header. */
export function checkHarnessRequest(headers: IncomingHttpHeaders, identity: HarnessIdentity): Result<void, HarnessRefusal> {
  const page = checkHarnessOrigin(headers, identity, { allowUserNavigation: false });
  if (!page.ok) return page;
  const presented = single(headers[TOKEN_HEADER]);
  if (presented === undefined || presented === '') return err('missing_token');
  const a = Buffer.from(presented);
  const b = Buffer.from(identity.token);
  if (a.length !== b.length || !timingSafeEqual(a, b)) return err('bad_token');
  return ok(undefined);
}
