import { MAX_CUSTOM_CELLS, MAX_CUSTOM_FIELDS } from '../../../../../common/coupon/limits-member-card';

/**
 * The member-card editor's switch rules, as pure functions over `card.member_card` so they can be
 * tested without a screen (wechatpay-merchant-coupons-and-member-cards.md §1.3 fields, §1.4
 * activation; common/validate/member-card.ts says what Weixin refuses).
 */

type Obj = Record<string, unknown>;

/** The four activation modes; Weixin takes exactly one (auto with another is refused, §1.4). */
export const ACTIVATION_MODES = ['auto', 'wx', 'url', 'mini'] as const;
export type ActivationMode = (typeof ACTIVATION_MODES)[number];

const ACTIVATION_KEYS = ['auto_activate', 'wx_activate', 'wx_activate_after_submit', 'wx_activate_after_submit_url', 'activate_url', 'activate_app_brand_user_name', 'activate_app_brand_pass'] as const;

const text = (v: unknown): boolean => typeof v === 'string' && v !== '';

/** The mode a card is in, or undefined when none (or a conflicting mix the checker reports) is set. */
export function activationMode(card: Obj): ActivationMode | undefined {
  if (card.auto_activate === true) return 'auto';
  if (card.wx_activate === true) return 'wx';
  if (text(card.activate_app_brand_user_name) || text(card.activate_app_brand_pass)) return 'mini';
  if (card.activate_url !== undefined) return 'url';
  return undefined;
}

/**
 * The card with one mode chosen and every other mode's keys removed, so a switch never leaves a
 * mix behind (auto + a page → 40097; one-click + a page → one-click silently ignored, §1.3).
 * A page or Mini Program the merchant typed is kept when they come back to that mode.
 */
export function withActivationMode(card: Obj, mode: ActivationMode): Obj {
  const next: Obj = { ...card };
  for (const key of ACTIVATION_KEYS) {
    const keep = (mode === 'url' && key === 'activate_url') || (mode === 'mini' && (key === 'activate_app_brand_user_name' || key === 'activate_app_brand_pass'));
    if (!keep) delete next[key];
  }
  if (mode === 'auto') next.auto_activate = true;
  if (mode === 'wx') next.wx_activate = true;
  if (mode === 'url' && next.activate_url === undefined) next.activate_url = '';
  if (mode === 'mini' && next.activate_app_brand_user_name === undefined) next.activate_app_brand_user_name = '';
  return next;
}

export const BONUS_KEYS = ['bonus_url', 'bonus_app_brand_user_name', 'bonus_app_brand_pass', 'bonus_cleared', 'bonus_rules', 'bonus_rule'] as const;
export const BALANCE_KEYS = ['balance_url', 'balance_app_brand_user_name', 'balance_app_brand_pass', 'balance_rules'] as const;

/**
 * Points or stored value switched: off drops the fields only that feature uses (Weixin ignores
 * them and the checker would flag them as unused); on keeps whatever was there.
 */
export function withSupply(card: Obj, which: 'bonus' | 'balance', on: boolean): Obj {
  const next: Obj = { ...card, [which === 'bonus' ? 'supply_bonus' : 'supply_balance']: on };
  if (!on) for (const key of which === 'bonus' ? BONUS_KEYS : BALANCE_KEYS) delete next[key];
  return next;
}

/** The numbered slots in use, in order: 'custom_field' → [1, 3] when custom_field1 and 3 are set. */
export function usedSlots(card: Obj, prefix: 'custom_field' | 'custom_cell'): number[] {
  const max = prefix === 'custom_field' ? MAX_CUSTOM_FIELDS : MAX_CUSTOM_CELLS;
  return Array.from({ length: max }, (_, i) => i + 1).filter((n) => typeof card[`${prefix}${n}`] === 'object' && card[`${prefix}${n}`] !== null);
}

/** The first free slot number of a kind, or undefined when all are used. */
export function nextSlot(card: Obj, prefix: 'custom_field' | 'custom_cell'): number | undefined {
  const max = prefix === 'custom_field' ? MAX_CUSTOM_FIELDS : MAX_CUSTOM_CELLS;
  const used = new Set(usedSlots(card, prefix));
  for (let n = 1; n <= max; n++) if (!used.has(n)) return n;
  return undefined;
}
