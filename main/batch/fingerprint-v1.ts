import { colorName, dateType, isObj, type Obj } from './card-get-rewrites';

/** base_info fields version 1 kept (§1.5), colour aside. */
const BASE_FIELDS = ['logo_url', 'code_type', 'brand_name', 'title', 'sub_title', 'notice', 'description'] as const;
/** The type-specific fields of the five coupon types (§4.4). */
const TYPE_FIELDS = ['deal_detail', 'least_cost', 'reduce_cost', 'discount', 'gift', 'default_detail'] as const;

function pick(source: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null && source[key] !== '') out[key] = source[key];
  return out;
}

/**
 * The version-1 projection, frozen: records journaled before version 2 hold its hash, so it must
 * stay byte-for-byte what it was. It leaves out stores, advanced_info, limits and custom-code
 * settings — which is why drafts differing only there could swap card_ids, and why v2 exists.
 */
export function legacyProjection(card: Obj, stock: 'create' | 'get'): Obj | undefined {
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
