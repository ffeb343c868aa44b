import { localized } from '../i18n';
import { CARD_INPUT_ERRCODES } from './catalog-card-input';
import { CARD_STATE_ERRCODES } from './catalog-card-state';
import { PLATFORM_ERRCODES } from './catalog-platform';
import type { EndpointKind, ErrcodeEntry, ErrorAction } from './types';

export type { EndpointKind, ErrcodeEntry, ErrorAction, ErrorVariant } from './types';

/** Every errcode the app explains (wechat-card-api.md §2: main table, other card codes, -1, 0, and 61004 of §3.8). */
export const ERRCODE_CATALOG: readonly ErrcodeEntry[] = [...PLATFORM_ERRCODES, ...CARD_INPUT_ERRCODES, ...CARD_STATE_ERRCODES];

const BY_CODE: ReadonlyMap<number, ErrcodeEntry> = new Map(ERRCODE_CATALOG.map((e) => [e.errcode, e]));

/**
 * Which kind of endpoint a request path belongs to. Accepts a bare path ("/card/create"),
 * one without the leading slash, or a full URL with query string.
 */
export function classifyEndpoint(endpoint: string | undefined): EndpointKind {
  if (!endpoint) return 'other';
  const path = endpoint
    .replace(/^[a-z]+:\/\/[^/]*/i, '')
    .replace(/[?#].*$/, '')
    .replace(/^\/?/, '/')
    .replace(/\/+$/, '')
    .toLowerCase();
  switch (path) {
    case '/cgi-bin/token':
    case '/cgi-bin/stable_token':
      return 'token';
    case '/card/create':
      return 'card_create';
    case '/card/paycell/set':
      return 'paycell';
    case '/card/selfconsumecell/set':
      return 'selfconsume';
    case '/cgi-bin/media/uploadimg':
      return 'upload';
    default:
      return 'other';
  }
}

/** The catalog entry of a known errcode as it reads on the given endpoint, or undefined. */
export function lookupErrcode(errcode: number, endpoint?: string): ErrcodeEntry | undefined {
  const entry = BY_CODE.get(errcode);
  if (!entry) return undefined;
  const kind = classifyEndpoint(endpoint);
  const variant = entry.on?.[kind];
  // §8: refresh once on 40001/40014/42001 — "not when the failing call was the token endpoint
  // itself": a fresh token cannot cure the token call, so it is a configuration error.
  const action: ErrorAction =
    variant?.action ?? (kind === 'token' && entry.action === 'refresh_token' ? 'report' : entry.action);
  return { ...entry, action, meaning: variant?.meaning ?? entry.meaning, fix: variant?.fix ?? entry.fix };
}

/**
 * The generic entry for a code the catalog does not know: reported, never retried, and
 * still showing the code and errmsg so the user can search for them.
 */
export function unknownErrcodeEntry(errcode: number, errmsg: string): ErrcodeEntry {
  const shown = errmsg.trim() === '' ? '' : `：${errmsg.trim()}`;
  const shownEn = errmsg.trim() === '' ? '' : `: ${errmsg.trim()}`;
  return {
    errcode,
    errmsg,
    action: 'report',
    meaning: localized(`微信返回了未收录的错误码 ${errcode}${shown}`, `Weixin returned errcode ${errcode}, which the app does not know${shownEn}`),
    fix: localized(
      `请在微信开放文档中搜索错误码 ${errcode}；如需求助，请附上错误码和 rid`,
      `Search the Weixin documentation for errcode ${errcode}; when asking for help, include the code and the rid`,
    ),
  };
}

/**
 * What the client does for an errcode on an endpoint: `actionFor(40001, '/card/create')` is
 * 'refresh_token', `actionFor(40001, '/cgi-bin/token')` is 'report'. Unknown codes: 'report'.
 */
export function actionFor(errcode: number, endpoint?: string): ErrorAction {
  return lookupErrcode(errcode, endpoint)?.action ?? 'report';
}

/** True for actions after which the same request is sent again automatically. */
export function isRetryableAction(action: ErrorAction): boolean {
  return action === 'retry' || action === 'refresh_token' || action === 'wait_next_minute';
}
