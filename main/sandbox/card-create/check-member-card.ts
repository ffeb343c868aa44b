import { MMBIZ_HOST } from '../media-store';
import { wxError, type WxError } from '../errors';
import { isInt, isMissing, isPlainObject, own } from './access';
import { nodePath, type CardHead } from './context';
import { BONUS_RULE_FLOORS, MEMBER_BYTE_LIMITS, MEMBER_CARD_TYPE, MEMBER_REQUIRED, NAME_TYPES } from './member-card-spec';

/**
 * The member card's own rules (RULES.md "Member cards"; §1.3, §1.4 of
 * wechatpay-merchant-coupons-and-member-cards.md), run only for MEMBER_CARD. Split in the pipeline's
 * order: the header-cell count before the type step (Weixin says 40124, not 47001), the required
 * fields with the others, then lengths, then the rules between fields.
 */

const isMember = (head: CardHead) => head.cardType === MEMBER_CARD_TYPE;
const filled = (v: unknown): boolean => typeof v === 'string' && v !== '';

/** custom_field4 and up: "too many custom field!" (40124). */
export function checkMemberFieldCount(head: CardHead): WxError | undefined {
  if (!isMember(head)) return undefined;
  const extra = Object.keys(head.node).find((k) => /^custom_field(\d+)$/.test(k) && Number(k.slice(12)) > 3 && head.node[k] !== null);
  return extra === undefined ? undefined : wxError(40124, `${nodePath(head)}.${extra}`);
}

/** prerogative, supply_bonus, supply_balance (41011; "" counts as missing for the text). */
export function checkMemberRequired(head: CardHead): WxError | undefined {
  if (!isMember(head)) return undefined;
  const missing = MEMBER_REQUIRED.find((k) => (k === 'prerogative' ? isMissing(own(head.node, k)) : own(head.node, k) === undefined || own(head.node, k) === null));
  return missing === undefined ? undefined : wxError(41011, `${nodePath(head)}.${missing}`);
}

/** UTF-8 byte limits of the member fields (45021). */
export function checkMemberLengths(head: CardHead): WxError | undefined {
  if (!isMember(head)) return undefined;
  for (const [dotted, limit] of MEMBER_BYTE_LIMITS) {
    const [first, second] = dotted.split('.') as [string, string | undefined];
    const parent = second === undefined ? head.node : own(head.node, first);
    const value = isPlainObject(parent) ? own(parent, second ?? first) : undefined;
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > limit) return wxError(45021, `${nodePath(head)}.${dotted}`);
  }
  return undefined;
}

/** Everything between fields, the card face's CDN host, name_type and the discount range. */
export function checkMemberRules(head: CardHead): WxError | undefined {
  if (!isMember(head)) return undefined;
  const at = nodePath(head);
  const n = head.node;
  const face = own(n, 'background_pic_url');
  if (typeof face === 'string' && cdnHost(face) !== MMBIZ_HOST) return wxError(40141, `${at}.background_pic_url`);
  return activation(n, at) ?? bonus(n, at) ?? balance(n, at) ?? cells(n, at) ?? discount(n, at);
}

function activation(n: Record<string, unknown>, at: string): WxError | undefined {
  const auto = own(n, 'auto_activate') === true;
  const wx = own(n, 'wx_activate') === true;
  const page = filled(own(n, 'activate_url')) || filled(own(n, 'activate_app_brand_user_name'));
  if (!auto && !wx && !page) return wxError(41011, `${at}.activate_url`);
  if (auto && (wx || page)) return wxError(40097, `${at}.auto_activate`);
  if (own(n, 'wx_activate_after_submit') === true) {
    if (!wx) return wxError(40097, `${at}.wx_activate_after_submit`);
    if (!filled(own(n, 'wx_activate_after_submit_url'))) return wxError(41011, `${at}.wx_activate_after_submit_url`);
  }
  if (filled(own(n, 'activate_app_brand_pass')) && !filled(own(n, 'activate_app_brand_user_name'))) return wxError(41011, `${at}.activate_app_brand_user_name`);
  return undefined;
}

function bonus(n: Record<string, unknown>, at: string): WxError | undefined {
  const rule = own(n, 'bonus_rule');
  if (own(n, 'supply_bonus') === true && !filled(own(n, 'bonus_rules')) && !isPlainObject(rule)) return wxError(41011, `${at}.bonus_rules`);
  if (!isPlainObject(rule)) return undefined;
  for (const [a, b] of [['cost_money_unit', 'increase_bonus'], ['cost_bonus_unit', 'reduce_money']] as const) {
    const hasA = own(rule, a) !== undefined && own(rule, a) !== null;
    const hasB = own(rule, b) !== undefined && own(rule, b) !== null;
    if (hasA !== hasB) return wxError(40097, `${at}.bonus_rule.${hasA ? a : b}`);
  }
  for (const [key, floor] of Object.entries(BONUS_RULE_FLOORS)) {
    const value = own(rule, key);
    if (isInt(value) && value < floor) return wxError(40097, `${at}.bonus_rule.${key}`);
  }
  return undefined;
}

function balance(n: Record<string, unknown>, at: string): WxError | undefined {
  if (own(n, 'supply_balance') === true && !filled(own(n, 'balance_rules'))) return wxError(41011, `${at}.balance_rules`);
  return undefined;
}

function cells(n: Record<string, unknown>, at: string): WxError | undefined {
  for (const i of [1, 2, 3]) {
    const field = own(n, `custom_field${i}`);
    if (isPlainObject(field)) {
      const preset = own(field, 'name_type');
      if (typeof preset === 'string' && !NAME_TYPES.has(preset)) return wxError(40097, `${at}.custom_field${i}.name_type`);
      if (!filled(preset) && !filled(own(field, 'name'))) return wxError(41011, `${at}.custom_field${i}.name`);
      if (filled(preset) && filled(own(field, 'name'))) return wxError(40097, `${at}.custom_field${i}.name`);
    }
    const cell = own(n, `custom_cell${i}`);
    if (isPlainObject(cell)) {
      if (isMissing(own(cell, 'name'))) return wxError(41011, `${at}.custom_cell${i}.name`);
      if (!filled(own(cell, 'url')) && !filled(own(cell, 'app_brand_user_name'))) return wxError(41011, `${at}.custom_cell${i}.url`);
    }
  }
  return undefined;
}

function discount(n: Record<string, unknown>, at: string): WxError | undefined {
  const d = own(n, 'discount');
  // "10 means 9折": percent off, 1..99 (RULES.md).
  return isInt(d) && (d < 1 || d > 99) ? wxError(40097, `${at}.discount`) : undefined;
}

function cdnHost(value: string): string | undefined {
  if (/\s/.test(value) || !/^https?:\/\//i.test(value)) return undefined;
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}
