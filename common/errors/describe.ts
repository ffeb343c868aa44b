import type { Localized } from '../i18n';
import { isRetryableAction, lookupErrcode, unknownErrcodeEntry } from './catalog';
import { extractWhitelistIp, whitelistFix, type WhitelistIp } from './ip-whitelist';
import type { ErrorAction } from './types';

/** An errmsg split into its text and the request-id suffix Weixin appends (wechat-card-api.md §0). */
export interface ParsedErrmsg {
  /** The message without the suffix, e.g. "invalid ip 61.172.68.219, not in whitelist". */
  text: string;
  /** Current format: `rid: 654df33c-64386a2f-29857782`. */
  rid?: string;
  /** Older formats: `hint: [R_hs8a06151100]`; OAuth's `hints: [ req_id: hDexla0781ns89 ]` gives the req_id. */
  hint?: string;
}

// Anchored at the end: the suffixes are appended, and "Hint: the card was given..." inside
// 40127's own text must stay part of the text.
const RID_SUFFIX = /[\s,]*\brid:\s*([0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)\s*$/;
const HINT_SUFFIX = /[\s,]*\bhints?:\s*\[\s*(?:req_id:\s*)?([^\]]*?)\s*\]\s*$/;

/** Splits the ` rid: ...` / ` hint: [...]` / `, hints: [ req_id: ... ]` suffix off an errmsg. */
export function parseErrmsg(errmsg: string): ParsedErrmsg {
  let text = errmsg.trim();
  const parsed: { rid?: string; hint?: string } = {};
  for (let changed = true; changed; ) {
    changed = false;
    const rid = parsed.rid === undefined ? RID_SUFFIX.exec(text) : null;
    if (rid) {
      parsed.rid = rid[1];
      text = text.slice(0, rid.index);
      changed = true;
    }
    const hint = parsed.hint === undefined ? HINT_SUFFIX.exec(text) : null;
    if (hint) {
      parsed.hint = hint[1];
      text = text.slice(0, hint.index);
      changed = true;
    }
  }
  return { text: text.trim(), ...parsed };
}

/** A Weixin error response, plus the path it came from when known. */
export interface WeixinErrorInput {
  errcode: number;
  errmsg?: string;
  /** The request path ("/card/create", "/cgi-bin/token", or a full URL). */
  endpoint?: string;
}

/** Everything the UI, the batch runner and the logs need to know about one errcode. */
export interface WeixinErrorDescription {
  errcode: number;
  /** The errmsg exactly as received. */
  errmsg: string;
  /** The errmsg without its request-id suffix. */
  text: string;
  /** The request id to quote to Weixin support: the `rid`, or for older responses the `hint`. */
  rid?: string;
  action: ErrorAction;
  meaning: Localized;
  fix: Localized;
  /** True when the client sends the request again by itself (retry, refresh, next minute). */
  retryable: boolean;
  /** False for codes the catalog does not list. */
  known: boolean;
  /** For 40164 / 61004: the address Weixin saw, when the errmsg names it. */
  whitelistIp?: WhitelistIp;
}

const IP_CODES = new Set([40164, 61004]);

/**
 * Explains a Weixin error: meaning, fix and client action all keyed on errcode (§0), with the
 * endpoint deciding the few codes that differ (40001 on the token endpoint, 48001 on card/create).
 * The errmsg is read only for its request id and, for 40164, the IP address to whitelist.
 */
export function describeWeixinError(input: WeixinErrorInput): WeixinErrorDescription {
  const errmsg = input.errmsg ?? '';
  const parsed = parseErrmsg(errmsg);
  const entry = lookupErrcode(input.errcode, input.endpoint);
  const base = entry ?? unknownErrcodeEntry(input.errcode, parsed.text);
  const whitelistIp = IP_CODES.has(input.errcode) ? extractWhitelistIp(errmsg) : undefined;
  const rid = parsed.rid ?? parsed.hint;
  return {
    errcode: input.errcode,
    errmsg,
    text: parsed.text,
    ...(rid === undefined ? {} : { rid }),
    action: base.action,
    meaning: base.meaning,
    fix: whitelistIp ? whitelistFix(whitelistIp) : base.fix,
    retryable: isRetryableAction(base.action),
    known: entry !== undefined,
    ...(whitelistIp ? { whitelistIp } : {}),
  };
}
