/**
 * Weixin's errmsg text per errcode, from the (E) column of wechat-card-api.md §2 (WxJava's copy of
 * the official return-code page). The sandbox appends ` rid: …` to each (§0).
 */
export const ERRMSG: Readonly<Record<number, string>> = {
  [-1]: 'system error',
  40001: 'invalid credential, access_token is invalid or not latest',
  40002: 'invalid grant_type',
  40009: 'invalid image size',
  40013: 'invalid appid',
  40014: 'invalid access_token',
  40053: 'invalid action info, please check document',
  // member cards (wechat-card-api.md §2; wechatpay-merchant-coupons-and-member-cards.md §1.1, §1.3)
  40056: 'invalid serial code',
  40124: 'too many custom field!',
  43010: 'can not use balance, need authorize',
  45160: 'invalid category to create card',
  40071: 'invalid card type',
  40073: 'invalid card id',
  40075: 'invalid encrypt code',
  40078: 'invalid card status',
  40079: 'invalid time',
  40097: 'invalid args',
  40098: 'invalid poiid',
  40100:
    'invalid DateInfo, Make Sure OldDateInfoType==NewDateInfoType && NewBeginTime<=OldBeginTime && OldEndTime<= NewEndTime',
  40122: 'invalid card quantity',
  40125: 'invalid appsecret',
  40136: 'invalid use DepositCodeMode, make sure sku.quantity>DepositCode.quantity',
  40137: 'invalid image format',
  40141: 'invalid image url',
  40145:
    'invalid update! Can not both set PayCell and CenterCellInfo(include: center_title, center_sub_title, center_url).',
  40164: 'invalid ip, not in whitelist',
  41001: 'access_token missing',
  41002: 'appid missing',
  41004: 'appsecret missing',
  41005: 'media data missing',
  41011: 'missing required fields! please check document and request json!',
  41012: 'missing card id',
  41026: 'missing image list info, text maybe empty',
  42001: 'access_token expired',
  43002: 'require POST method',
  43008: 'require biz pay auth',
  // §1.10 [OBS]: "require location id!  hint: [...]" — two spaces before the suffix.
  43017: 'require location id! ',
  44002: 'empty post data',
  45009: 'reach max api daily quota limit',
  45011: 'api minute-quota reach limit, must slower, retry next minute',
  45020: 'too many image, please input less',
  45021: 'some argument may be out of length limit! please check document and request json!',
  45041: 'this card reach total sku quantity limit!',
  45046: 'operate field conflict, CenterCell, PayCell, SelfConsumeCell conflict',
  47001: 'data format error',
  48001: 'api unauthorized',
  48006: 'forbid to clear quota because of reaching the limit',
};

/** A Weixin error as a value: the code, an optional errmsg override, and (for tests) the field path. */
export interface WxError {
  readonly errcode: number;
  /** Replaces the catalogue text (e.g. 40164 carries the caller's IP). */
  readonly errmsg?: string;
  /** Where the sandbox found the problem; never sent on the wire (Weixin's errmsg has no path). */
  readonly path?: string;
}

/** Builds a {@link WxError}. */
export function wxError(errcode: number, path?: string, errmsg?: string): WxError {
  return { errcode, ...(path === undefined ? {} : { path }), ...(errmsg === undefined ? {} : { errmsg }) };
}

/** The errmsg text (without rid) Weixin sends for a code. */
export function errmsgText(error: WxError): string {
  return error.errmsg ?? ERRMSG[error.errcode] ?? 'system error';
}
