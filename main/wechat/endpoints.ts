/** Which timeout applies (security-reliability.md §6.2). */
export type TimeoutClass = 'token' | 'read' | 'write' | 'create' | 'upload';

/** One API path and how the client treats it. */
export interface EndpointInfo {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly timeout: TimeoutClass;
  /**
   * Safe to send again after an ambiguous failure (timeout, reset, 5xx, -1): repeating it cannot do
   * twice what was asked. False → such failures become `outcome_unknown` and are never resent.
   */
  readonly repeatable: boolean;
}

const e = (path: string, method: 'GET' | 'POST', timeout: TimeoutClass, repeatable: boolean): EndpointInfo => ({ path, method, timeout, repeatable });

/**
 * Every endpoint the client calls (§1.1), with the retry matrix of security-reliability.md §6.2:
 * - token, reads, uploadimg (a repeat yields another URL, harmless), paycell/selfconsumecell
 *   (is_open is absolute), testwhitelist (full replacement, §1.12), update (absolute payload),
 *   delete (a repeat finds the card deleted: see deleteCard) — repeatable;
 * - qrcode/create — repeatable: like uploadimg, a repeat only mints another ticket for the same card;
 * - card/create and card/modifystock (deltas, §1.9) — NOT repeatable;
 * - clear_quota — NOT repeatable: each success uses one of the 10 monthly resets (§3.7).
 */
export const ENDPOINTS = {
  stableToken: e('/cgi-bin/stable_token', 'POST', 'token', true),
  classicToken: e('/cgi-bin/token', 'GET', 'token', true),
  uploadImage: e('/cgi-bin/media/uploadimg', 'POST', 'upload', true),
  createCard: e('/card/create', 'POST', 'create', false),
  getCard: e('/card/get', 'POST', 'read', true),
  batchGetCards: e('/card/batchget', 'POST', 'read', true),
  updateCard: e('/card/update', 'POST', 'write', true),
  deleteCard: e('/card/delete', 'POST', 'write', true),
  modifyStock: e('/card/modifystock', 'POST', 'write', false),
  setPaycell: e('/card/paycell/set', 'POST', 'write', true),
  setSelfConsumeCell: e('/card/selfconsumecell/set', 'POST', 'write', true),
  setTestWhitelist: e('/card/testwhitelist/set', 'POST', 'write', true),
  createQrCode: e('/card/qrcode/create', 'POST', 'write', true),
  decryptCode: e('/card/code/decrypt', 'POST', 'read', true),
  getColors: e('/card/getcolors', 'GET', 'read', true),
  getPoiList: e('/cgi-bin/poi/getpoilist', 'POST', 'read', true),
  getQuota: e('/cgi-bin/openapi/quota/get', 'POST', 'read', true),
  clearQuota: e('/cgi-bin/clear_quota', 'POST', 'write', false),
  // Member cards (wechatpay-merchant-coupons-and-member-cards.md §1.2). updateuser and activate are
  // NOT repeatable: the members service commits the change first and reconciles an unknown outcome
  // with userinfo/get; the form is a full replacement.
  getMember: e('/card/membercard/userinfo/get', 'POST', 'read', true),
  updateMember: e('/card/membercard/updateuser', 'POST', 'write', false),
  activateMember: e('/card/membercard/activate', 'POST', 'write', false),
  setActivationForm: e('/card/membercard/activateuserform/set', 'POST', 'write', true),
} as const satisfies Record<string, EndpointInfo>;

const BY_PATH: ReadonlyMap<string, EndpointInfo> = new Map(Object.values(ENDPOINTS).map((info) => [info.path, info]));

/** The known endpoint at a path, or undefined. */
export function endpointAt(path: string): EndpointInfo | undefined {
  return BY_PATH.get(path);
}

/**
 * Paths the raw API console may not call: the token endpoints (the client fetches tokens itself and
 * never shows one) and clear_quota/v2, which takes the AppSecret in its query (§1.17).
 */
export const RAW_FORBIDDEN_PATHS: ReadonlySet<string> = new Set(['/cgi-bin/token', '/cgi-bin/stable_token', '/cgi-bin/clear_quota/v2']);
