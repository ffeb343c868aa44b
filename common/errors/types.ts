import type { Localized } from '../i18n';

/**
 * What the client does with an errcode (wechat-card-api.md §2 action column and §8):
 * - `retry`: same request again with backoff (-1 system busy);
 * - `refresh_token`: fetch a new access_token and retry once (40001, 40014, 42001);
 * - `wait_next_minute`: the per-minute cap (45011): retry once the minute has turned;
 * - `fix_input`: the draft or request is wrong; do not resend it unchanged;
 * - `report`: show the code, errmsg and fix to the user; never retry automatically;
 * - `none`: errcode 0, success.
 */
export type ErrorAction = 'retry' | 'refresh_token' | 'wait_next_minute' | 'fix_input' | 'report' | 'none';

/**
 * The endpoints whose errcodes mean something different (§2, §8): the token endpoints
 * (40001 there is a wrong AppSecret, not a stale token), card/create (48001 since 2021-04-01),
 * paycell and self-redemption (43017, 45046, 40145), image upload, and everything else.
 */
export type EndpointKind = 'token' | 'card_create' | 'paycell' | 'selfconsume' | 'upload' | 'other';

/** Endpoint-specific override of a catalog entry's action or texts. */
export interface ErrorVariant {
  action?: ErrorAction;
  meaning?: Localized;
  fix?: Localized;
}

/** One errcode as the app explains it. */
export interface ErrcodeEntry {
  errcode: number;
  /** The English errmsg as Weixin returns it, without the ` hint: [...]` / ` rid: ...` suffix. */
  errmsg: string;
  /** What the code means. */
  meaning: Localized;
  /** What the client does on a business endpoint. */
  action: ErrorAction;
  /** What the user can do about it. */
  fix: Localized;
  /** Overrides for particular endpoints. */
  on?: Partial<Record<EndpointKind, ErrorVariant>>;
}
