import { colorHex } from '../coupon/colors';
import { localized, type Localized } from '../i18n';

/**
 * The 10 商家券 background colours `Color010, Color020 … Color100` (§2.2: WxJava "可设置10种颜色",
 * wechatpay-im enum; a hex value was refused). Preview hexes are the Card API's for the same names
 * (wechat-card-api.md §4.5) — WeChat Pay does not publish its own [INF]. Whether `COLOR030` is also
 * accepted is [UNCONFIRMED]: the validator refuses any other spelling and the stocks file folds
 * case, so the documented spelling is what is sent.
 */
const NAMES = ['Color010', 'Color020', 'Color030', 'Color040', 'Color050', 'Color060', 'Color070', 'Color080', 'Color090', 'Color100'] as const;
const LABELS: readonly Localized[] = [
  localized('翠绿', 'Green'),
  localized('深绿', 'Deep green'),
  localized('天蓝', 'Sky blue'),
  localized('蓝', 'Blue'),
  localized('紫', 'Purple'),
  localized('土黄', 'Ochre'),
  localized('金黄', 'Gold'),
  localized('橙', 'Orange'),
  localized('橘红', 'Vermilion'),
  localized('红', 'Red'),
];

export type StockColorName = (typeof NAMES)[number];

export const STOCK_COLORS: readonly { name: StockColorName; hex: string; label: Localized }[] = NAMES.map((name, i) => ({
  name,
  hex: colorHex(name) ?? '#000000',
  label: LABELS[i] as Localized,
}));

export const STOCK_COLOR_NAMES = [...NAMES] as [StockColorName, ...StockColorName[]];
const byLower = new Map<string, StockColorName>(NAMES.map((n) => [n.toLowerCase(), n]));

export function isStockColor(value: unknown): value is StockColorName {
  return typeof value === 'string' && (NAMES as readonly string[]).includes(value);
}

/** The documented spelling of a colour typed in another case ("color030" → "Color030"), if any. */
export function stockColorFolded(value: string): StockColorName | undefined {
  return byLower.get(value.toLowerCase());
}
