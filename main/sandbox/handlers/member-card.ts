import { isAbsent, isInt, isMissing, isPlainObject, own } from '../card-create/access';
import type { StoredCard } from '../card-store';
import { memberBook, type SandboxMember } from '../member-store';
import { lookupCard } from './card-lookup';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';

/**
 * The member endpoints (wechatpay-merchant-coupons-and-member-cards.md §1.2, §1.4, §1.5; decisions in
 * main/sandbox/README.md "Member cards"): the activation form, interface activation, member lookup
 * and the points/balance update with absolute + delta semantics.
 */

const COMMON_FIELDS: ReadonlySet<string> = new Set([
  'USER_FORM_INFO_FLAG_MOBILE', 'USER_FORM_INFO_FLAG_SEX', 'USER_FORM_INFO_FLAG_NAME', 'USER_FORM_INFO_FLAG_BIRTHDAY',
  'USER_FORM_INFO_FLAG_IDCARD', 'USER_FORM_INFO_FLAG_EMAIL', 'USER_FORM_INFO_FLAG_LOCATION', 'USER_FORM_INFO_FLAG_EDUCATION_BACKGROUND',
  'USER_FORM_INFO_FLAG_INDUSTRY', 'USER_FORM_INFO_FLAG_INCOME', 'USER_FORM_INFO_FLAG_HABIT',
]);
const RICH_TYPES: ReadonlySet<string> = new Set(['FORM_FIELD_RADIO', 'FORM_FIELD_SELECT', 'FORM_FIELD_CHECK_BOX']);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** A member card of this account by card_id (40071 for a coupon: these are member-card endpoints). */
function memberCardOf(ctx: AuthedContext, body: Record<string, unknown>): { ok: true; card: StoredCard } | { ok: false; reply: Reply } {
  const found = lookupCard(ctx, body);
  if (!found.ok) return found;
  if (found.card.cardType !== 'MEMBER_CARD') return { ok: false, reply: fail(40071, 'card_id') };
  return found;
}

/** The member a {card_id, code} names: code missing 41011, unknown or of another card 40056 "invalid serial code". */
function memberOf(ctx: AuthedContext, body: Record<string, unknown>): { ok: true; member: SandboxMember; card: StoredCard } | { ok: false; reply: Reply } {
  const code = own(body, 'code');
  if (isMissing(code)) return { ok: false, reply: fail(41011, 'code') };
  if (typeof code !== 'string') return { ok: false, reply: fail(47001, 'code') };
  const card = memberCardOf(ctx, body);
  if (!card.ok) return card;
  const member = memberBook(ctx.account).members.get(code);
  if (!member || member.cardId !== card.card.cardId) return { ok: false, reply: fail(40056, 'code') };
  return { ok: true, member, card: card.card };
}

/** `card/membercard/activateuserform/set` (§1.4): forms of common, custom and rich fields. */
export function handleActivateFormSet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const card = memberCardOf(ctx, body.value);
  if (!card.ok) return card.reply;
  const allowed = new Set(['card_id', 'service_statement', 'bind_old_card', 'required_form', 'optional_form']);
  const extra = Object.keys(body.value).find((k) => !allowed.has(k));
  if (extra !== undefined) return fail(47001, extra);
  for (const key of ['service_statement', 'bind_old_card']) {
    const link = own(body.value, key);
    if (isAbsent(link)) continue;
    if (!isPlainObject(link) || typeof own(link, 'name') !== 'string' || typeof own(link, 'url') !== 'string') return fail(47001, key);
  }
  for (const key of ['required_form', 'optional_form']) {
    const form = own(body.value, key);
    if (isAbsent(form)) continue;
    const problem = checkForm(form, key);
    if (problem) return problem;
  }
  memberBook(ctx.account).forms.set(card.card.cardId, structuredClone(body.value));
  return ok();
}

function checkForm(form: unknown, at: string): Reply | undefined {
  if (!isPlainObject(form)) return fail(47001, at);
  const keys = new Set(['can_modify', 'common_field_id_list', 'custom_field_list', 'rich_field_list']);
  const extra = Object.keys(form).find((k) => !keys.has(k));
  if (extra !== undefined) return fail(47001, `${at}.${extra}`);
  if (!isAbsent(own(form, 'can_modify')) && typeof own(form, 'can_modify') !== 'boolean') return fail(47001, `${at}.can_modify`);
  const common = own(form, 'common_field_id_list');
  if (!isAbsent(common)) {
    if (!strings(common)) return fail(47001, `${at}.common_field_id_list`);
    const bad = common.findIndex((c) => !COMMON_FIELDS.has(c));
    if (bad >= 0) return fail(40097, `${at}.common_field_id_list[${bad}]`);
  }
  const custom = own(form, 'custom_field_list');
  if (!isAbsent(custom) && !strings(custom)) return fail(47001, `${at}.custom_field_list`);
  const rich = own(form, 'rich_field_list');
  if (isAbsent(rich)) return undefined;
  if (!Array.isArray(rich)) return fail(47001, `${at}.rich_field_list`);
  for (const [i, item] of rich.entries()) {
    const p = `${at}.rich_field_list[${i}]`;
    if (!isPlainObject(item) || typeof own(item, 'name') !== 'string' || !strings(own(item, 'values'))) return fail(47001, p);
    if (!RICH_TYPES.has(String(own(item, 'type')))) return fail(40097, `${p}.type`);
    if ((own(item, 'values') as string[]).length === 0) return fail(41011, `${p}.values`);
  }
  return undefined;
}

/** `card/membercard/activate` (§1.4): membership_number and code required; once only [INF: 40078]. */
export function handleMemberActivate(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const number = own(body.value, 'membership_number');
  if (isMissing(number)) return fail(41011, 'membership_number');
  if (typeof number !== 'string') return fail(47001, 'membership_number');
  const found = memberOf(ctx, body.value);
  if (!found.ok) return found.reply;
  const { member, card } = found;
  if (member.active) return fail(40078, 'code');
  const node = card.card.member_card as Record<string, unknown>;
  for (const key of ['init_bonus', 'init_balance']) {
    const v = own(body.value, key);
    if (!isAbsent(v) && (!isInt(v) || v < 0)) return fail(isInt(v) ? 40097 : 47001, key);
  }
  if (!isAbsent(own(body.value, 'init_balance')) && node.supply_balance !== true) return fail(43010, 'init_balance');
  for (const i of [1, 2, 3] as const) {
    const v = own(body.value, `init_custom_field_value${i}`);
    if (isAbsent(v)) continue;
    if (typeof v !== 'string') return fail(47001, `init_custom_field_value${i}`);
    if (bytes(v) > 12) return fail(45021, `init_custom_field_value${i}`);
    member.customValues[i - 1] = v;
  }
  member.active = true;
  member.membershipNumber = number;
  member.bonus = (own(body.value, 'init_bonus') as number | undefined) ?? 0;
  member.balance = (own(body.value, 'init_balance') as number | undefined) ?? 0;
  const pic = own(body.value, 'background_pic_url');
  if (typeof pic === 'string') member.backgroundPicUrl = pic;
  memberBook(ctx.account).events.push({ event: 'submit_membercard_user_info', cardId: card.cardId, code: member.code, at: ctx.now });
  return ok();
}

/** `card/membercard/userinfo/get` (§1.5). */
export function handleMemberUserInfo(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = memberOf(ctx, body.value);
  if (!found.ok) return found.reply;
  const m = found.member;
  return ok({
    openid: m.openid,
    nickname: m.nickname,
    membership_number: m.membershipNumber ?? '',
    bonus: m.bonus,
    balance: m.balance,
    sex: 'MALE',
    user_info: structuredClone(m.userInfo),
    user_card_status: 'NORMAL',
    has_active: m.active,
  });
}

/**
 * `card/membercard/updateuser` (§1.5): an absolute `bonus` / `balance` wins over the delta (the delta
 * then only feeds the notification), so resending the same request leaves the total as it was. Not
 * yet active → 40078 [INF]; points on a card without supply_bonus → 40097 [INF]; a balance without
 * supply_balance → 43010; a result below 0 → 40097 [INF]; records over 14 CJK (42 bytes) → 45021.
 */
export function handleMemberUpdate(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = memberOf(ctx, body.value);
  if (!found.ok) return found.reply;
  const { member, card } = found;
  const v = body.value;
  for (const key of ['bonus', 'add_bonus', 'balance', 'add_balance']) {
    if (!isAbsent(own(v, key)) && !isInt(own(v, key))) return fail(47001, key);
  }
  for (const key of ['record_bonus', 'record_balance']) {
    const text = own(v, key);
    if (isAbsent(text)) continue;
    if (typeof text !== 'string') return fail(47001, key);
    if (bytes(text) > 42) return fail(45021, key);
  }
  if (!member.active) return fail(40078, 'code');
  const node = card.card.member_card as Record<string, unknown>;
  const touchesBonus = !isAbsent(own(v, 'bonus')) || !isAbsent(own(v, 'add_bonus'));
  const touchesBalance = !isAbsent(own(v, 'balance')) || !isAbsent(own(v, 'add_balance'));
  if (touchesBonus && node.supply_bonus !== true) return fail(40097, 'bonus');
  if (touchesBalance && node.supply_balance !== true) return fail(43010, 'balance');
  const next = (abs: unknown, delta: unknown, current: number) => (isInt(abs) ? abs : isInt(delta) ? current + delta : current);
  const bonus = next(own(v, 'bonus'), own(v, 'add_bonus'), member.bonus);
  const balance = next(own(v, 'balance'), own(v, 'add_balance'), member.balance);
  if (bonus < 0) return fail(40097, 'bonus');
  if (balance < 0) return fail(40097, 'balance');
  for (const i of [1, 2, 3] as const) {
    const value = own(v, `custom_field_value${i}`);
    if (isAbsent(value)) continue;
    if (typeof value !== 'string') return fail(47001, `custom_field_value${i}`);
    if (bytes(value) > 12) return fail(45021, `custom_field_value${i}`);
    member.customValues[i - 1] = value;
  }
  const book = memberBook(ctx.account);
  const change = { modifyBonus: bonus - member.bonus, modifyBalance: balance - member.balance };
  member.bonus = bonus;
  member.balance = balance;
  const record = (k: string) => (typeof own(v, k) === 'string' ? (own(v, k) as string) : undefined);
  book.changes.push({ cardId: card.cardId, code: member.code, ...change, recordBonus: record('record_bonus'), recordBalance: record('record_balance'), at: ctx.now });
  book.events.push({ event: 'update_member_card', cardId: card.cardId, code: member.code, at: ctx.now, ...change });
  return ok({ result_bonus: bonus, result_balance: balance, openid: member.openid });
}
