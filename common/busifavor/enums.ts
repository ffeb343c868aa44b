import { localized, type Localized } from '../i18n';

/**
 * The enums of the create-stock body (§2.2), each value with the merchant's name for it. Values are
 * case-sensitive: WeChat Pay compares them exactly (the rules table, common/validate-busifavor/RULES.md).
 */

/** stock_type: which rule object coupon_use_rule holds ("三选一", §2.2). */
export const STOCK_TYPES = {
  NORMAL: { label: localized('满减券', 'Amount-off coupon'), rule: 'fixed_normal_coupon' },
  DISCOUNT: { label: localized('折扣券', 'Discount coupon'), rule: 'discount_coupon' },
  EXCHANGE: { label: localized('换购券', 'Exchange coupon'), rule: 'exchange_coupon' },
} as const satisfies Record<string, { label: Localized; rule: string }>;

export type StockType = keyof typeof STOCK_TYPES;
export const STOCK_TYPE_NAMES = Object.keys(STOCK_TYPES) as [StockType, ...StockType[]];
/** The three rule objects, in stock-type order. */
export const RULE_KEYS = STOCK_TYPE_NAMES.map((t) => STOCK_TYPES[t].rule) as ['fixed_normal_coupon', 'discount_coupon', 'exchange_coupon'];
export type RuleKey = (typeof RULE_KEYS)[number];

export function isStockType(value: unknown): value is StockType {
  return typeof value === 'string' && Object.hasOwn(STOCK_TYPES, value);
}

/** coupon_code_mode (§2.2). */
export const COUPON_CODE_MODES = {
  WECHATPAY_MODE: localized('微信支付分配券码', 'Codes assigned by WeChat Pay'),
  MERCHANT_API: localized('发券时由商户指定券码', 'Code given by the merchant when sending'),
  MERCHANT_UPLOAD: localized('预先上传券码', 'Codes uploaded in advance'),
} as const satisfies Record<string, Localized>;
export type CouponCodeMode = keyof typeof COUPON_CODE_MODES;
export const COUPON_CODE_MODE_NAMES = Object.keys(COUPON_CODE_MODES) as [CouponCodeMode, ...CouponCodeMode[]];

/** use_method (§2.2). SELF_CONSUME is listed but "当前暂不支持" [OBS], so the validator refuses it. */
export const USE_METHODS = {
  OFF_LINE: localized('线下核销', 'Redeemed in store'),
  MINI_PROGRAMS: localized('小程序核销', 'Redeemed in a mini program'),
  PAYMENT_CODE: localized('付款码核销', 'Redeemed with the payment code'),
  SELF_CONSUME: localized('用户自助核销', 'Self-redemption by the customer'),
} as const satisfies Record<string, Localized>;
export type UseMethod = keyof typeof USE_METHODS;
export const USE_METHOD_NAMES = Object.keys(USE_METHODS) as [UseMethod, ...UseMethod[]];

/** custom_entrance.code_display_mode (§2.2). */
export const CODE_DISPLAY_MODES = {
  NOT_SHOW: localized('不显示券码', 'Code not shown'),
  BARCODE: localized('条形码', 'Barcode'),
  QRCODE: localized('二维码', 'QR code'),
} as const satisfies Record<string, Localized>;
export type CodeDisplayMode = keyof typeof CODE_DISPLAY_MODES;
export const CODE_DISPLAY_MODE_NAMES = Object.keys(CODE_DISPLAY_MODES) as [CodeDisplayMode, ...CodeDisplayMode[]];

/** Stock states a query answers (§2.2; `STOPED` is WeChat Pay's spelling). */
export const STOCK_STATES = ['UNAUDIT', 'RUNNING', 'STOPED', 'PAUSED'] as const;
export type StockState = (typeof STOCK_STATES)[number];
