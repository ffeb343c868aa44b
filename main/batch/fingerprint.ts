import { createHash } from 'node:crypto';
import { colorName, dateType, isObj, type Obj } from './card-get-rewrites';
import { legacyProjection } from './fingerprint-v1';

/** The prefix of a version-2 fingerprint; a bare 32-hex string is version 1 (records made before it). */
export const FINGERPRINT_V2 = 'v2:';

/** base_info fields card/get adds (§1.5): not part of what was sent. */
const SERVER_BASE_FIELDS: ReadonlySet<string> = new Set(['id', 'status', 'create_time', 'update_time', 'area_code_list', 'sku']);

/**
 * Values Weixin uses for a field that was not sent, so "left out" and "sent as the default" are
 * the same card: get_limit and use_limit default to 50 (§4.2, current doc), use_condition's
 * can_use_with_other_discount to true (§4.6). Every other boolean defaults to false (§4.2
 * use_custom_code, bind_openid; §1.5 card/get fills `share_friends: false`).
 */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  'base_info.get_limit': 50,
  'base_info.use_limit': 50,
  'advanced_info.use_condition.can_use_with_other_discount': true,
  // §4.3: fixed_begin_term is "days until it takes effect; 0 = same day". A zero timestamp or term
  // is "not set" (a range needs both timestamps, a term ≥ 1 day), whichever type card/get answers.
  'base_info.date_info.fixed_begin_term': 0,
  'base_info.date_info.fixed_term': 0,
  'base_info.date_info.begin_timestamp': 0,
  'base_info.date_info.end_timestamp': 0,
};

/** Lists whose order Weixin does not keep meaning in (sets of stores and services). */
const SETS: ReadonlySet<string> = new Set(['base_info.location_id_list', 'advanced_info.business_service']);

/**
 * A value with what carries no meaning removed: nulls, empty strings, empty lists and objects
 * (card/get fills `time_limit: []`, `location_id_list: []`… §1.5), `false` booleans and values
 * equal to their documented default. Set-like lists are sorted.
 */
function meaningful(value: unknown, path: string): unknown {
  if (value === null || value === undefined || value === '' || value === false) return undefined;
  if (Object.hasOwn(DEFAULTS, path) && DEFAULTS[path] === value) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => meaningful(item, `${path}[]`)).filter((item) => item !== undefined);
    if (items.length === 0) return undefined;
    return SETS.has(path) ? [...items].sort((a, b) => canonical(a).localeCompare(canonical(b))) : items;
  }
  if (isObj(value)) {
    const out: Obj = {};
    for (const [key, child] of Object.entries(value)) {
      const kept = meaningful(child, path === '' ? key : `${path}.${key}`);
      if (kept !== undefined) out[key] = kept;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/**
 * Every field of a card that card/create takes (base_info, advanced_info, the type's own fields:
 * stores, limits, custom-code settings, images, services, time limits…), with card/get's known
 * rewrites undone (§1.5): colour hex → name, date type number → string, stock = the total created
 * (card/get's `sku.quantity` is what is left), the fields it adds (`id`, `status`, times) dropped.
 * `stock` says where the created quantity is: the create body or a card/get answer.
 */
function projection(card: Obj, stock: 'create' | 'get'): Obj | undefined {
  const cardType = card.card_type;
  if (typeof cardType !== 'string') return undefined;
  const node = card[cardType.toLowerCase()];
  if (!isObj(node) || !isObj(node.base_info)) return undefined;
  const base = node.base_info;
  const sku = isObj(base.sku) ? base.sku : {};
  const quantity = stock === 'get' ? (sku.total_quantity ?? sku.quantity) : sku.quantity;
  const sent: Obj = {};
  for (const [key, value] of Object.entries(base)) if (!SERVER_BASE_FIELDS.has(key)) sent[key] = value;
  const date = isObj(base.date_info) ? { ...base.date_info, type: dateType(base.date_info.type) } : base.date_info;
  const { base_info: _base, ...rest } = node;
  return {
    card_type: cardType,
    base_info: meaningful({ ...sent, color: colorName(base.color), date_info: date, sku: { quantity } }, 'base_info'),
    ...((meaningful(rest, '') as Obj | undefined) ?? {}),
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

const cardOfBody = (body: unknown): Obj | undefined => (isObj(body) && isObj(body.card) ? body.card : undefined);

/**
 * The fingerprint of a card/create body (images already uploaded, nulls removed): reconcile and
 * the known-cards lookup recognise the card Weixin made from it by the same fingerprint of its
 * card/get answer (security-reliability.md §4.3 rule 4). Undefined for a body without a card.
 */
export function fingerprintOfBody(body: unknown): string | undefined {
  const card = cardOfBody(body);
  const projected = card && projection(card, 'create');
  return projected && `${FINGERPRINT_V2}${hash(projected)}`;
}

/** The fingerprint of the `card` object of a card/get answer (§1.5). */
export function fingerprintOfCard(card: unknown): string | undefined {
  if (!isObj(card)) return undefined;
  const projected = projection(card, 'get');
  return projected && `${FINGERPRINT_V2}${hash(projected)}`;
}

/**
 * The version-1 fingerprint (title, texts, colour, dates, stock, type fields only) of a body:
 * records written before version 2 carry it, so reconcile still finds their cards.
 */
export function legacyFingerprintOfBody(body: unknown): string | undefined {
  const card = cardOfBody(body);
  const projected = card && legacyProjection(card, 'create');
  return projected && hash(projected);
}

/** The version-1 fingerprint of a card/get answer's `card`. */
export function legacyFingerprintOfCard(card: unknown): string | undefined {
  if (!isObj(card)) return undefined;
  const projected = legacyProjection(card, 'get');
  return projected && hash(projected);
}

/** Both fingerprints of a card/get answer: what a record of either version may carry. */
export function fingerprintsOfCard(card: unknown): string[] {
  return [fingerprintOfCard(card), legacyFingerprintOfCard(card)].filter((f): f is string => f !== undefined);
}
