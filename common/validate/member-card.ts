import { fieldMeta } from '../coupon/fields';
import { MAX_CUSTOM_FIELDS, MAX_MEMBER_DISCOUNT, MIN_MEMBER_DISCOUNT } from '../coupon/limits-member-card';
import { localized } from '../i18n';
import { labelFor } from './labels';
import { memberText } from './messages-member-card';
import { isInt, isObj, type Obj, type Reporter } from './report';

/**
 * The member card's own rules (common/validate/RULES.md "Member cards";
 * wechatpay-merchant-coupons-and-member-cards.md §1.3 fields, §1.4 activation). The walk has checked
 * keys, JSON types, required fields, byte limits, enums and the card-face CDN host; here the rules
 * between fields: one activation mode, points and stored value and the fields they need, bonus_rule
 * pairs and floors, header-cell names, the discount range.
 */

const CUSTOM_FIELD_KEY = /^custom_field(\d+)$/;

/**
 * custom_field4 and up: Weixin answers 40124 "too many custom field!" (§1.3), not 47001, so they are
 * reported here and left out of the walk (which would call them unknown keys).
 */
export function withoutExtraCustomFields(obj: Obj, path: string, r: Reporter): Obj {
  const extra = Object.keys(obj).filter((k) => Number(CUSTOM_FIELD_KEY.exec(k)?.[1] ?? 0) > MAX_CUSTOM_FIELDS && obj[k] !== undefined && obj[k] !== null);
  if (extra.length === 0) return obj;
  const copy = { ...obj };
  for (const key of extra) {
    r.add(`${path}.${key}`, 'custom_fields_too_many', memberText.customFieldsTooMany(key, MAX_CUSTOM_FIELDS), { limit: MAX_CUSTOM_FIELDS });
    delete copy[key];
  }
  return copy;
}

const text = (v: unknown): v is string => typeof v === 'string' && v !== '';

/** Every rule between member_card fields; `card` is the null-free view of `card.member_card`. */
export function checkMemberCard(card: Obj, path: string, r: Reporter): void {
  checkActivation(card, path, r);
  checkBonus(card, path, r);
  checkBalance(card, path, r);
  for (const key of Object.keys(card)) {
    const value = card[key];
    if (!isObj(value)) continue;
    if (/^custom_field[1-3]$/.test(key)) checkCustomField(value, `${path}.${key}`, r);
    else if (/^custom_cell[1-3]$/.test(key)) checkCustomCell(value, `${path}.${key}`, r);
  }
  const d = card.discount;
  if (isInt(d) && (d < MIN_MEMBER_DISCOUNT || d > MAX_MEMBER_DISCOUNT)) {
    r.add(`${path}.discount`, 'member_discount_range', memberText.discountRange(d, MIN_MEMBER_DISCOUNT, MAX_MEMBER_DISCOUNT), {
      limit: d < MIN_MEMBER_DISCOUNT ? MIN_MEMBER_DISCOUNT : MAX_MEMBER_DISCOUNT,
      actual: d,
    });
  }
}

/**
 * §1.4: auto, one-click (wx_activate) or interface (activate_url / Mini Program). None at all →
 * activate_url is required (WxJava validCheck, 41011); auto with another mode → 40097 [INF]; one-click
 * with a page → accepted, one-click ignored (§1.3), so a warning.
 */
function checkActivation(card: Obj, path: string, r: Reporter): void {
  const auto = card.auto_activate === true;
  const wx = card.wx_activate === true;
  const page = text(card.activate_url) || text(card.activate_app_brand_user_name);
  if (!auto && !wx && !page) r.add(`${path}.activate_url`, 'activation_missing', memberText.activationMissing());
  if (auto && (wx || page)) r.add(`${path}.auto_activate`, 'activation_conflict', memberText.activationConflict());
  if (wx && page && !auto) r.add(`${path}.wx_activate`, 'wx_activate_ignored', memberText.wxActivateIgnored());
  if (page && !auto) r.add(`${path}.activate_url`, 'activation_needs_web_page', memberText.needsWebPage());
  if (wx && !page && !auto) r.add(`${path}.wx_activate`, 'activation_form_needed', memberText.formNeeded());
  if (card.wx_activate_after_submit === true) {
    if (!wx) r.add(`${path}.wx_activate_after_submit`, 'activation_after_submit_needs_wx', memberText.afterSubmitNeedsWx());
    else if (!text(card.wx_activate_after_submit_url)) r.add(`${path}.wx_activate_after_submit_url`, 'activation_after_submit_url_missing', memberText.afterSubmitUrlMissing());
  }
  if (text(card.activate_app_brand_pass) && !text(card.activate_app_brand_user_name)) {
    r.add(`${path}.activate_app_brand_user_name`, 'activation_app_brand_incomplete', memberText.appBrandIncomplete());
  }
}

const BONUS_KEYS = ['bonus_url', 'bonus_app_brand_user_name', 'bonus_app_brand_pass', 'bonus_cleared', 'bonus_rules', 'bonus_rule'];
const BALANCE_KEYS = ['balance_url', 'balance_app_brand_user_name', 'balance_app_brand_pass', 'balance_rules'];

/** The bonus_rule pairs: an amount and what it earns or takes off. */
const PAIRS: readonly (readonly [string, string])[] = [
  ['cost_money_unit', 'increase_bonus'],
  ['cost_bonus_unit', 'reduce_money'],
];

/** supply_bonus true needs a points rule (bonus_rules text or bonus_rule) → 41011; bonus_rule pairs and floors → 40097. */
function checkBonus(card: Obj, path: string, r: Reporter): void {
  if (card.supply_bonus === true && !text(card.bonus_rules) && !isObj(card.bonus_rule)) {
    r.add(`${path}.bonus_rules`, 'bonus_fields_missing', memberText.bonusFieldsMissing());
  }
  if (card.supply_bonus === false) unused(card, BONUS_KEYS, path, localized('积分', 'Points'), r);
  const rule = card.bonus_rule;
  if (!isObj(rule)) return;
  const at = `${path}.bonus_rule`;
  for (const [a, b] of PAIRS) {
    for (const [one, other] of [[a, b], [b, a]] as const) {
      if (rule[one] !== undefined && rule[other] === undefined) {
        r.add(`${at}.${one}`, 'bonus_rule_incomplete', memberText.bonusRuleIncomplete(labelFor(`${at}.${one}`), labelFor(`${at}.${other}`)));
      }
    }
  }
  for (const [key, value] of Object.entries(rule)) {
    const meta = fieldMeta(`member_card.bonus_rule.${key}`);
    if (!isInt(value) || meta?.min === undefined || value >= meta.min) continue;
    r.add(`${at}.${key}`, 'bonus_rule_range', memberText.bonusRuleRange(labelFor(`${at}.${key}`), meta.min, value, meta.unit === 'fen'), { limit: meta.min, actual: value });
  }
}

/** supply_balance true needs balance_rules (41011) and the 储值 permission, which only the account knows (43010, a warning here). */
function checkBalance(card: Obj, path: string, r: Reporter): void {
  if (card.supply_balance === true) {
    if (!text(card.balance_rules)) r.add(`${path}.balance_rules`, 'balance_rules_missing', memberText.balanceRulesMissing());
    r.add(`${path}.supply_balance`, 'balance_needs_permission', memberText.balanceNeedsPermission());
  }
  if (card.supply_balance === false) unused(card, BALANCE_KEYS, path, localized('储值', 'Stored value'), r);
}

function unused(card: Obj, keys: readonly string[], path: string, what: ReturnType<typeof localized>, r: Reporter): void {
  const set = keys.find((k) => card[k] !== undefined && card[k] !== '');
  if (set !== undefined) r.add(`${path}.${set}`, 'supply_off_fields_unused', memberText.supplyOffFieldsUnused(what));
}

/** A header cell has exactly one name: a preset name_type or a free name (§1.3). */
function checkCustomField(item: Obj, at: string, r: Reporter): void {
  const preset = text(item.name_type);
  const free = text(item.name);
  if (!preset && !free) r.add(`${at}.name`, 'custom_field_name_missing', memberText.customFieldNameMissing(labelFor(at)));
  if (preset && free) r.add(`${at}.name`, 'custom_field_name_both', memberText.customFieldNameBoth(labelFor(at)));
}

/** An entry row leads somewhere: a url or a Mini Program (§1.3). */
function checkCustomCell(item: Obj, at: string, r: Reporter): void {
  if (!text(item.url) && !text(item.app_brand_user_name)) r.add(`${at}.url`, 'custom_cell_link_missing', memberText.customCellLinkMissing(labelFor(at)));
}
