import { CARD_TYPE_INFO, MEMBER_CARD, cardTypeOfKey, isCardType, kindKey, type CardKind, type CardType } from '../../../common/coupon/card-types';
import { colorHex } from '../../../common/coupon/colors';
import type { Draft } from '../../../common/drafts/draft';
import { localized, type Localized } from '../../../common/i18n';
import { getAt } from './card-path';

/**
 * What the builder reads off a draft's card body (`{ card: { card_type, <key>: {…} } }`). A draft
 * may be half-typed or imported from anywhere, so every reader tolerates a body of any shape.
 */

/** The coupon type of a draft: card_type, or the type key found under `card` when card_type is broken. */
export function draftType(draft: Pick<Draft, 'card'>): CardType | undefined {
  const declared = getAt(draft.card, 'card.card_type');
  if (isCardType(declared)) return declared;
  const card = getAt(draft.card, 'card');
  if (typeof card !== 'object' || card === null) return undefined;
  for (const key of Object.keys(card)) {
    const type = cardTypeOfKey(key);
    if (type) return type;
  }
  return undefined;
}

/** `card.cash` for a CASH draft (`card.member_card` for a member card): the prefix of every field path of that draft. */
export function typeRoot(type: CardKind): string {
  return `card.${kindKey(type)}`;
}

/** The full path of a field pattern below the type object: ('CASH', 'base_info.title') → 'card.cash.base_info.title'. */
export function fullPath(type: CardKind, relative: string): string {
  if (relative.startsWith(`${kindKey(type)}.`)) return `card.${relative}`;
  return `${typeRoot(type)}.${relative}`;
}

/** A member card draft (card_type MEMBER_CARD, or a member_card object when card_type is broken). */
export function isMemberCardDraft(draft: Pick<Draft, 'card'>): boolean {
  const declared = getAt(draft.card, 'card.card_type');
  if (declared === MEMBER_CARD) return true;
  return !isCardType(declared) && draftType(draft) === undefined && typeof getAt(draft.card, 'card.member_card') === 'object';
}

/** The kind of a draft: a coupon type, MEMBER_CARD, or undefined when neither can be read. */
export function draftKind(draft: Pick<Draft, 'card'>): CardKind | undefined {
  return isMemberCardDraft(draft) ? MEMBER_CARD : draftType(draft);
}

/** A string field of base_info, or '' when absent or not a string. */
export function baseText(draft: Pick<Draft, 'card'>, key: string): string {
  const type = draftKind(draft);
  if (!type) return '';
  const value = getAt(draft.card, `${typeRoot(type)}.base_info.${key}`);
  return typeof value === 'string' ? value : '';
}

/** The draft's title as the list shows it (may be ''). */
export function draftTitle(draft: Pick<Draft, 'card'>): string {
  return baseText(draft, 'title');
}

/** The hex of the draft's colour, or undefined when it is not one of the 14. */
export function draftColorHex(draft: Pick<Draft, 'card'>): string | undefined {
  return colorHex(baseText(draft, 'color'));
}

/** Short badge text per type, as merchants call them: 团购 / 代金 / 折扣 / 兑换 / 优惠. */
export function typeShortName(type: CardType): Localized {
  const { name } = CARD_TYPE_INFO[type];
  return localized(name['zh-CN'].replace(/券$/, ''), name.en.replace(/ coupon$/, ''));
}
