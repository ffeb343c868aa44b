import { CARD_TYPE_KEYS, cardKindName, cardKindOfKey, isCardKind, kindKey, type CardKind } from '../coupon/card-types';
import { localized } from '../i18n';
import { structureText } from './messages';
import { kindOf } from './labels';
import { isObj, type Obj, type Reporter } from './report';
import { reportUnknownKey, reportWrongType } from './structure';

/** The type object the rest of the rules validate, with the type it is judged as. */
export interface ResolvedCard {
  type: CardKind;
  obj: Obj;
  /** e.g. `card.groupon`. */
  path: string;
}

const CARD_KEYS = ['card_type', ...CARD_TYPE_KEYS, 'member_card'];

/**
 * Weixin's other card types (§4.4: member cards, tickets, lucky money…): their object beside a
 * coupon's is an extra type key (40071, decisions table), as the sandbox answers; with a null value
 * it is not a field of a coupon card at all, so an unknown key (47001).
 */
const OTHER_TYPE_KEYS: ReadonlySet<string> = new Set(['scenic_ticket', 'movie_ticket', 'boarding_pass', 'meeting_ticket', 'bus_ticket', 'lucky_money', 'general_card']);

/**
 * The card level (decisions table): card_type missing, null or empty → 41011; not one of the five →
 * 40071; its lower-case object missing (or null), misnamed or joined by another type object → 40071
 * (§1.4 "此节点名称必须与上面card_type值相同"); any other key → 47001. When card_type is unusable but
 * exactly one type object is present, that object is still validated so a draft gets full feedback.
 */
export function resolveCard(card: Obj, r: Reporter): ResolvedCard | undefined {
  const declared = readCardType(card, r);
  const present: { key: string; type: CardKind }[] = [];
  const others: string[] = [];
  for (const key of Object.keys(card)) {
    if (key === 'card_type' || card[key] === undefined) continue;
    const type = cardKindOfKey(key);
    // null = absent (nulls.ts): a null type object is not there; only a stray one earns a hint.
    if (type && card[key] === null) {
      if (type !== declared) r.add(`card.${key}`, 'null_ignored', structureText.nullIgnored(localized(`“${key}”`, `"${key}"`)));
    } else if (type) present.push({ key, type });
    else if (OTHER_TYPE_KEYS.has(key) && card[key] !== null) others.push(key);
    else reportUnknownKey(`card.${key}`, key, CARD_KEYS, localized('card 对象', 'card'), r);
  }

  let chosen: { key: string; type: CardKind } | undefined;
  if (declared) {
    const expected = kindKey(declared);
    chosen = present.find((p) => p.key === expected);
    if (!chosen && present.length === 0) {
      r.add(`card.${expected}`, 'type_object_missing', structureText.typeObjectMissing(declared, expected));
    } else if (!chosen && present[0]) {
      // Judge the content as the declared type: renaming the key is the likely fix.
      chosen = { key: present[0].key, type: declared };
      r.add(`card.${chosen.key}`, 'type_key_mismatch', structureText.typeKeyMismatch(chosen.key, declared, expected));
    }
  } else {
    chosen = present[0];
  }
  for (const p of present) {
    if (p.key !== chosen?.key) r.add(`card.${p.key}`, 'extra_type_key', structureText.extraTypeKey(p.key, chosen?.key ?? kindKey(p.type)));
  }
  for (const key of others) {
    r.add(`card.${key}`, 'extra_type_key', structureText.extraTypeKey(key, chosen?.key ?? (declared ? kindKey(declared) : CARD_TYPE_KEYS.join(' / '))));
  }
  if (!chosen) return undefined;

  const obj = card[chosen.key];
  const path = `card.${chosen.key}`;
  if (!isObj(obj)) {
    reportWrongType(path, localized(`${cardKindName(chosen.type)['zh-CN']}对象 {…}`, `a ${cardKindName(chosen.type).en} object {…}`), obj, r);
    return undefined;
  }
  return { type: chosen.type, obj, path };
}

function readCardType(card: Obj, r: Reporter): CardKind | undefined {
  const value = card.card_type;
  const path = 'card.card_type';
  if (value === undefined || value === null || value === '') {
    r.add(path, 'required', structureText.required(localized('卡券类型 card_type', 'Card type (card_type)')));
    return undefined;
  }
  if (typeof value !== 'string') {
    r.add(path, 'wrong_type', structureText.wrongType(localized('卡券类型', 'Card type'), localized('文本', 'a text'), kindOf(value)));
    return undefined;
  }
  if (!isCardKind(value)) {
    r.add(path, 'card_type_invalid', structureText.cardTypeInvalid(value));
    return undefined;
  }
  return value;
}
