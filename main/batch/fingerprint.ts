import { createHash } from 'node:crypto';
import { colorNameFromHex } from '../../common/coupon/colors';

type Obj = Record<string, unknown>;

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** base_info fields that come back from card/get as they were sent (§1.5), colour aside. */
const BASE_FIELDS = ['logo_url', 'code_type', 'brand_name', 'title', 'sub_title', 'notice', 'description'] as const;
/** The type-specific fields of the five coupon types (§4.4). */
const TYPE_FIELDS = ['deal_detail', 'least_cost', 'reduce_cost', 'discount', 'gift', 'default_detail'] as const;

/** §4.3: the legacy numbers 1 and 2 are the two string types; card/get answers the string. */
function dateType(type: unknown): unknown {
  if (type === 1 || type === 'DATE_TYPE_FIX_TIME_RANGE') return 'DATE_TYPE_FIX_TIME_RANGE';
  if (type === 2 || type === 'DATE_TYPE_FIX_TERM') return 'DATE_TYPE_FIX_TERM';
  return type;
}

/** §1.5: card/create takes the colour name (Color010), card/get answers the hex (#63b359). */
function colorName(color: unknown): unknown {
  if (typeof color !== 'string') return color;
  return color.startsWith('#') ? (colorNameFromHex(color) ?? color.toLowerCase()) : color;
}

function pick(source: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null && source[key] !== '') out[key] = source[key];
  return out;
}

/**
 * The projection of a card that survives the round trip card/create → card/get unchanged, with
 * the known rewrites undone: colour hex → name, date type number → string, stock = the total
 * (card/get's `sku.quantity` is what is left, `total_quantity` what was created, §1.5). Fields
 * Weixin may fill with defaults (get_limit, can_share…) are left out on purpose.
 * `stock` says where the created quantity is: the create body or a card/get answer.
 */
function projection(card: Obj, stock: 'create' | 'get'): Obj | undefined {
  const cardType = card.card_type;
  if (typeof cardType !== 'string') return undefined;
  const node = card[cardType.toLowerCase()];
  if (!isObj(node) || !isObj(node.base_info)) return undefined;
  const base = node.base_info;
  const date = isObj(base.date_info) ? base.date_info : {};
  const sku = isObj(base.sku) ? base.sku : {};
  const quantity = stock === 'get' ? (sku.total_quantity ?? sku.quantity) : sku.quantity;
  return {
    card_type: cardType,
    base: { ...pick(base, BASE_FIELDS), color: colorName(base.color) },
    date: { ...pick(date, ['begin_timestamp', 'end_timestamp', 'fixed_term', 'fixed_begin_term']), type: dateType(date.type) },
    quantity,
    special: pick(node, TYPE_FIELDS),
  };
}

/** JSON with keys sorted at every level, so the hash does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObj(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function hash(projected: Obj): string {
  return createHash('sha256').update(canonical(projected)).digest('hex').slice(0, 32);
}

/**
 * The fingerprint of a card/create body (images already uploaded, nulls removed): reconcile
 * recognises the card Weixin made from it by the same fingerprint of its card/get answer
 * (security-reliability.md §4.3 rule 4). Undefined for a body without a card.
 */
export function fingerprintOfBody(body: unknown): string | undefined {
  if (!isObj(body) || !isObj(body.card)) return undefined;
  const projected = projection(body.card, 'create');
  return projected && hash(projected);
}

/** The fingerprint of the `card` object of a card/get answer (§1.5). */
export function fingerprintOfCard(card: unknown): string | undefined {
  if (!isObj(card)) return undefined;
  const projected = projection(card, 'get');
  return projected && hash(projected);
}
