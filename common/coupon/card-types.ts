import { localized, type Localized } from '../i18n';

/**
 * The five coupon types a card/create body may carry (creation guide §2.6; wechat-card-api.md §4.4).
 * Member cards, tickets and the rest are other products and are refused here.
 */
export const CARD_TYPES = ['GROUPON', 'CASH', 'DISCOUNT', 'GIFT', 'GENERAL_COUPON'] as const;

/** One of the five coupon types, as written in `card.card_type`. */
export type CardType = (typeof CARD_TYPES)[number];

/** The lower-case object key that must sit next to `card_type` (§1.4: `strtolower($cardType)`). */
export type CardTypeKey = Lowercase<CardType>;

/** What the app knows about one type: its object key, names, and the fields only it carries. */
export interface CardTypeInfo {
  type: CardType;
  key: CardTypeKey;
  /** 团购券 / Group-buy coupon … as the MP platform names them. */
  name: Localized;
  /** Fields that sit beside base_info inside the type object (all required, §4.4). */
  fields: readonly string[];
}

const info = (type: CardType, zh: string, en: string, fields: readonly string[]): CardTypeInfo => ({
  type,
  key: type.toLowerCase() as CardTypeKey,
  name: localized(zh, en),
  fields,
});

/** Per-type facts, in the order the MP platform lists the types. */
export const CARD_TYPE_INFO: Readonly<Record<CardType, CardTypeInfo>> = {
  GROUPON: info('GROUPON', '团购券', 'Group-buy coupon', ['deal_detail']),
  CASH: info('CASH', '代金券', 'Cash coupon', ['least_cost', 'reduce_cost']),
  DISCOUNT: info('DISCOUNT', '折扣券', 'Discount coupon', ['discount']),
  GIFT: info('GIFT', '兑换券', 'Gift coupon', ['gift']),
  GENERAL_COUPON: info('GENERAL_COUPON', '优惠券', 'General coupon', ['default_detail']),
};

/** All five lower-case object keys. */
export const CARD_TYPE_KEYS: readonly CardTypeKey[] = CARD_TYPES.map((t) => CARD_TYPE_INFO[t].key);

const typeByKey = new Map<string, CardType>(CARD_TYPES.map((t) => [CARD_TYPE_INFO[t].key, t]));
const typeSet = new Set<string>(CARD_TYPES);

/** The object key for a type: `typeKey('GENERAL_COUPON')` is `'general_coupon'`. */
export function typeKey<T extends CardType>(type: T): Lowercase<T> {
  return CARD_TYPE_INFO[type].key as Lowercase<T>;
}

/** True for exactly the five upper-case type names (case matters: the API is case-sensitive). */
export function isCardType(value: unknown): value is CardType {
  return typeof value === 'string' && typeSet.has(value);
}

/** The type whose object key this is, or undefined (`'sash'` is not a type key). */
export function cardTypeOfKey(key: string): CardType | undefined {
  return typeByKey.get(key);
}

/** The bilingual name of a type, e.g. 代金券 / Cash coupon. */
export function cardTypeName(type: CardType): Localized {
  return CARD_TYPE_INFO[type].name;
}

/**
 * The member card (会员卡): created through the same card/create, left open by the 2021-04-01 stop
 * (wechatpay-merchant-coupons-and-member-cards.md §1.1), with its own object `member_card` (§1.3).
 * Kept apart from CARD_TYPES, which are the coupons the batch builder offers.
 */
export const MEMBER_CARD = 'MEMBER_CARD';
export type MemberCardType = typeof MEMBER_CARD;

/** Every type card/create accepts from this app: the five coupons and the member card. */
export type CardKind = CardType | MemberCardType;
export const CARD_KINDS: readonly CardKind[] = [...CARD_TYPES, MEMBER_CARD];

const MEMBER_CARD_NAME = localized('会员卡', 'Member card');

/** True for the five coupon types and MEMBER_CARD (case-sensitive). */
export function isCardKind(value: unknown): value is CardKind {
  return value === MEMBER_CARD || isCardType(value);
}

/** The object key of any kind: `kindKey('MEMBER_CARD')` is `'member_card'`. */
export function kindKey(kind: CardKind): string {
  return kind === MEMBER_CARD ? 'member_card' : CARD_TYPE_INFO[kind].key;
}

/** The kind whose object key this is (`'member_card'` included), or undefined. */
export function cardKindOfKey(key: string): CardKind | undefined {
  return key === 'member_card' ? MEMBER_CARD : cardTypeOfKey(key);
}

/** The bilingual name of any kind: 会员卡 / Member card, 代金券 / Cash coupon … */
export function cardKindName(kind: CardKind): Localized {
  return kind === MEMBER_CARD ? MEMBER_CARD_NAME : cardTypeName(kind);
}
