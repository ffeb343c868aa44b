import { localized, type Localized } from '../i18n';

/**
 * Weixin's 14 coupon background colours (creation guide §2.5; wechat-card-api.md §4.5).
 * `card/get` answers with the hex value, `card/create` takes the name.
 */
export const COUPON_COLORS = [
  { name: 'Color010', hex: '#63b359', label: localized('翠绿', 'Green') },
  { name: 'Color020', hex: '#2c9f67', label: localized('深绿', 'Deep green') },
  { name: 'Color030', hex: '#509fc9', label: localized('天蓝', 'Sky blue') },
  { name: 'Color040', hex: '#5885cf', label: localized('蓝', 'Blue') },
  { name: 'Color050', hex: '#9062c0', label: localized('紫', 'Purple') },
  { name: 'Color060', hex: '#d09a45', label: localized('土黄', 'Ochre') },
  { name: 'Color070', hex: '#e4b138', label: localized('金黄', 'Gold') },
  { name: 'Color080', hex: '#ee903c', label: localized('橙', 'Orange') },
  { name: 'Color081', hex: '#f08500', label: localized('深橙', 'Deep orange') },
  { name: 'Color082', hex: '#a9d92d', label: localized('黄绿', 'Lime') },
  { name: 'Color090', hex: '#dd6549', label: localized('橘红', 'Vermilion') },
  { name: 'Color100', hex: '#cc463d', label: localized('红', 'Red') },
  { name: 'Color101', hex: '#cf3e36', label: localized('深红', 'Crimson') },
  { name: 'Color102', hex: '#5E6671', label: localized('灰', 'Slate grey') },
] as const satisfies readonly { name: string; hex: string; label: Localized }[];

export type CouponColorName = (typeof COUPON_COLORS)[number]['name'];

export const COUPON_COLOR_NAMES = COUPON_COLORS.map((c) => c.name) as [CouponColorName, ...CouponColorName[]];

const byName = new Map<string, (typeof COUPON_COLORS)[number]>(COUPON_COLORS.map((c) => [c.name, c]));
const byHex = new Map<string, CouponColorName>(COUPON_COLORS.map((c) => [c.hex.toLowerCase(), c.name]));

export function isCouponColor(value: unknown): value is CouponColorName {
  return typeof value === 'string' && byName.has(value);
}

/** Hex for a colour name (for previews), or undefined for anything outside the 14. */
export function colorHex(name: string): string | undefined {
  return byName.get(name)?.hex;
}

/** The colour name for a hex from `card/get` (case-insensitive), or undefined. */
export function colorNameFromHex(hex: string): CouponColorName | undefined {
  return byHex.get(hex.toLowerCase());
}
