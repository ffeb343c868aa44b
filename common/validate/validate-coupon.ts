import { MEMBER_CARD, cardKindName } from '../coupon/card-types';
import { parseJsonChecked } from '../import/json-locate';
import { localized } from '../i18n';
import { checkAdvanced } from './advanced';
import { resolveCard } from './card';
import { checkCrossField } from './cross-field';
import { checkDates } from './dates';
import { checkGuideRules } from './guide-rules';
import { kindOf } from './labels';
import { structureText } from './messages';
import { withoutNulls } from './nulls';
import { Reporter, isObj, type Obj } from './report';
import { checkSku } from './sku';
import { TYPE_OBJECT_SPECS } from './specs';
import { walkObject } from './structure';
import { checkTypeFields } from './type-fields';
import { checkMemberCard, withoutExtraCustomFields } from './member-card';
import type { Finding, ValidateContext } from './types';

/**
 * Validates a card/create body (the parsed object, or its JSON text) and returns every finding at
 * once; an empty error list means the sandbox and, as far as we know, Weixin accept it. Follows
 * the rules table in common/validate/RULES.md exactly. Never throws: any input, however odd, yields
 * findings. Cheap enough for every keystroke and 10,000-coupon batches (see bench/validator.ts).
 */
export function validateCoupon(body: unknown, ctx: ValidateContext): Finding[] {
  const r = new Reporter(ctx);
  try {
    run(body, r);
  } catch {
    // Only exotic in-memory values (throwing getters, proxies) get here; JSON never does.
    r.add('', 'unreadable', structureText.unreadable());
  }
  return r.findings;
}

function run(input: unknown, r: Reporter): void {
  let body = input;
  if (typeof input === 'string') {
    // The located parser says where the text breaks, in words a merchant can act on.
    const parsed = parseJsonChecked(input);
    if (!parsed.ok) {
      r.add('', 'json_invalid', structureText.jsonInvalid(parsed.error));
      return;
    }
    body = parsed.value.value;
    // JSON keeps the last of two equal keys, silently: say where both are.
    for (const d of parsed.value.duplicates) r.add(d.path, 'duplicate_key', d.message);
  }
  if (!isObj(body)) {
    r.add('', 'body_not_object', structureText.bodyNotObject(kindOf(body)));
    return;
  }
  // Keys beside `card` are not part of the card: card/create ignores them (a hint, not an error).
  for (const key of Object.keys(body)) {
    if (key !== 'card' && body[key] !== undefined) r.add(key, 'body_key_ignored', structureText.bodyKeyIgnored(key));
  }
  const card = body.card;
  if (card === undefined || card === null) {
    r.add('card', 'required', structureText.required(localized('card 对象', 'The card object')));
    return;
  }
  if (!isObj(card)) {
    r.add('card', 'card_not_object', structureText.cardNotObject(kindOf(card)));
    return;
  }
  const resolved = resolveCard(card, r);
  if (!resolved) return;
  const { type, obj, path } = resolved;
  const member = type === MEMBER_CARD;
  walkObject(member ? withoutExtraCustomFields(obj, path, r) : obj, path, TYPE_OBJECT_SPECS[type], r, cardKindName(type));
  // The walk reported the nulls; every later rule reads them as absent, as Weixin does.
  const view = withoutNulls(obj) as Obj;
  const base = view.base_info;
  if (isObj(base)) {
    checkDates(base, `${path}.base_info`, r, member);
    checkSku(base, `${path}.base_info`, r);
  }
  if (isObj(view.advanced_info)) checkAdvanced(view.advanced_info, `${path}.advanced_info`, r);
  if (member) checkMemberCard(view, path, r);
  else checkTypeFields(view, path, type, r);
  checkCrossField(view, path, type, r);
  checkGuideRules(view, path, r);
}
