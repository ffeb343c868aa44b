import { wxError, type WxError } from '../errors';
import { isMissing, isPlainObject, own } from './access';
import type { CardHead } from './context';
import { COUPON_TYPES, TYPE_KEYS, type CreatableType } from './spec';

/**
 * Steps 1–2 of §8's pipeline after JSON parsing: `card` and `card_type` present (41011), card_type
 * a string (47001) and one of the five coupons or MEMBER_CARD, its lower-case key present and alone (40071, §1.4,
 * §4.4), the type node an object (47001).
 */
export function checkCardHead(body: unknown): { ok: true; head: CardHead } | { ok: false; error: WxError } {
  const card = isPlainObject(body) ? own(body, 'card') : undefined;
  if (!isPlainObject(card)) return { ok: false, error: wxError(41011, 'card') };
  const cardType = own(card, 'card_type');
  if (isMissing(cardType)) return { ok: false, error: wxError(41011, 'card.card_type') };
  // A card_type that is not even a string is a wrong JSON type (47001), as for every other field.
  if (typeof cardType !== 'string') return { ok: false, error: wxError(47001, 'card.card_type') };
  if (cardType !== 'MEMBER_CARD' && !(COUPON_TYPES as readonly string[]).includes(cardType)) {
    return { ok: false, error: wxError(40071, 'card.card_type') };
  }
  const typeKey = cardType.toLowerCase();
  const node = own(card, typeKey);
  if (node === undefined || node === null) return { ok: false, error: wxError(40071, `card.${typeKey}`) };
  // A null type key is absent (README: null = absent), so only a non-null one is "extra".
  const extra = Object.keys(card).find((k) => k !== typeKey && TYPE_KEYS.has(k) && card[k] !== null);
  if (extra !== undefined) return { ok: false, error: wxError(40071, `card.${extra}`) };
  if (!isPlainObject(node)) return { ok: false, error: wxError(47001, `card.${typeKey}`) };
  return { ok: true, head: { cardType: cardType as CreatableType, typeKey, card, node } };
}
