import { colorNameFromHex } from '../../common/coupon/colors';

/** A plain JSON object. */
export type Obj = Record<string, unknown>;

export const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** §4.3: the legacy numbers 1 and 2 are the two string types; card/get answers the string. */
export function dateType(type: unknown): unknown {
  if (type === 1 || type === 'DATE_TYPE_FIX_TIME_RANGE') return 'DATE_TYPE_FIX_TIME_RANGE';
  if (type === 2 || type === 'DATE_TYPE_FIX_TERM') return 'DATE_TYPE_FIX_TERM';
  return type;
}

/** §1.5: card/create takes the colour name (Color010), card/get answers the hex (#63b359). */
export function colorName(color: unknown): unknown {
  if (typeof color !== 'string') return color;
  return color.startsWith('#') ? (colorNameFromHex(color) ?? color.toLowerCase()) : color;
}
