import { isAbsent, isInt, isMissing, isPlainObject, own } from '../card-create/access';
import type { StoredCard } from '../card-store';
import { randomUrlSafe } from '../random';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';
import { lookupCard } from './card-lookup';

/** §1.12: "总数上限为10个". */
const MAX_WHITELIST = 10;
/** §1.13: "领取多张的二维码一次最多填入5个card_id". */
const MAX_MULTIPLE_CARDS = 5;
/** §1.13 [OBS]: omitted expire_seconds → 365 days for one card, 90 days for several. */
const DEFAULT_EXPIRE_SINGLE = 31_536_000;
const DEFAULT_EXPIRE_MULTIPLE = 7_776_000;
/** A WeChat ID: a letter then 5–19 letters, digits, `_` or `-`; or a legacy `wxid_…`. */
const USERNAME = /^(?:[A-Za-z][A-Za-z0-9_-]{5,19}|wxid_[a-z0-9]{6,30})$/;

function stringList(value: unknown): string[] | undefined {
  if (isAbsent(value)) return [];
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
}

/**
 * `POST /card/testwhitelist/set` (§1.12): full replacement, openid + username ≤ 10 (40097). Only
 * this account's openids (`o` + its prefix, §4.7) and well-formed WeChat IDs succeed.
 */
export function handleTestWhitelistSet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const openids = stringList(own(body.value, 'openid'));
  const usernames = stringList(own(body.value, 'username'));
  if (!openids) return fail(47001, 'openid');
  if (!usernames) return fail(47001, 'username');
  if (isAbsent(own(body.value, 'openid')) && isAbsent(own(body.value, 'username'))) return fail(41011, 'openid');
  if (openids.length + usernames.length > MAX_WHITELIST) return fail(40097, 'openid');
  const openidPattern = new RegExp(`^o${escapeRegExp(ctx.account.config.prefix)}[A-Za-z0-9_-]{22}$`);
  const successOpenid = openids.filter((o) => openidPattern.test(o));
  const successUsername = usernames.filter((u) => USERNAME.test(u));
  ctx.account.testWhitelist = { openid: successOpenid, username: successUsername };
  return ok({
    white_list_size: successOpenid.length + successUsername.length,
    success_openid: successOpenid,
    success_username: successUsername,
  });
}

/**
 * `POST /card/qrcode/create` (§1.13): QR_CARD or QR_MULTIPLE_CARD (1–5 cards, else 40053);
 * expire_seconds 60..1800 (40097) or omitted; deleted cards → 40078. `code` only and always for
 * custom-code cards outside deposit mode, `openid` when bind_openid (40053).
 */
export function handleQrcodeCreate(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const action = own(body.value, 'action_name');
  if (isMissing(action)) return fail(41011, 'action_name');
  if (action !== 'QR_CARD' && action !== 'QR_MULTIPLE_CARD') return fail(40097, 'action_name');
  const info = own(body.value, 'action_info');
  if (!isPlainObject(info)) return fail(40053, 'action_info');
  const cards: StoredCard[] = [];
  if (action === 'QR_CARD') {
    const item = own(info, 'card');
    if (!isPlainObject(item)) return fail(40053, 'action_info.card');
    const found = checkItem(ctx, item);
    if (!found.ok) return found.reply;
    cards.push(found.card);
  } else {
    const multiple = own(info, 'multiple_card');
    const list = isPlainObject(multiple) ? own(multiple, 'card_list') : undefined;
    if (!Array.isArray(list) || list.length === 0 || list.length > MAX_MULTIPLE_CARDS) return fail(40053, 'action_info.multiple_card.card_list');
    for (const item of list) {
      if (!isPlainObject(item)) return fail(40053, 'action_info.multiple_card.card_list');
      const found = checkItem(ctx, item);
      if (!found.ok) return found.reply;
      cards.push(found.card);
    }
  }
  const expire = own(body.value, 'expire_seconds');
  if (!isAbsent(expire) && !isInt(expire)) return fail(47001, 'expire_seconds');
  if (isInt(expire) && (expire < 60 || expire > 1800)) return fail(40097, 'expire_seconds');
  const expireSeconds = isInt(expire) ? expire : action === 'QR_CARD' ? DEFAULT_EXPIRE_SINGLE : DEFAULT_EXPIRE_MULTIPLE;
  const url = `http://weixin.qq.com/q/02${randomUrlSafe(22)}`;
  // Real tickets are base64 of a binary record that embeds the short URL ("gQE…").
  const ticket = `gQ${Buffer.concat([Buffer.from(randomUrlSafe(12)), Buffer.from(url)]).toString('base64').replace(/=+$/, '')}`;
  ctx.account.qrcodes.push({ ticket, actionName: action, cardIds: cards.map((c) => c.cardId), expireSeconds, url, at: ctx.now });
  return ok({
    ticket,
    expire_seconds: expireSeconds,
    url,
    show_qrcode_url: `https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=${encodeURIComponent(ticket)}`,
  });
}

function checkItem(ctx: AuthedContext, item: Record<string, unknown>): { ok: true; card: StoredCard } | { ok: false; reply: Reply } {
  const found = lookupCard(ctx, item);
  if (!found.ok) return found;
  const node = found.card.card[found.card.typeKey];
  const baseInfo = isPlainObject(node) && isPlainObject(node.base_info) ? node.base_info : {};
  const customCode = baseInfo.use_custom_code === true && isAbsent(baseInfo.get_custom_code_mode);
  const hasCode = !isMissing(own(item, 'code'));
  if (customCode !== hasCode) return { ok: false, reply: fail(40053, 'code') };
  if (baseInfo.bind_openid === true && isMissing(own(item, 'openid'))) return { ok: false, reply: fail(40053, 'openid') };
  return found;
}

/** `POST /card/code/decrypt` (§1.15): codes minted through the handle decrypt; anything else → 40075. */
export function handleCodeDecrypt(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const encrypted = own(body.value, 'encrypt_code');
  if (isMissing(encrypted)) return fail(41011, 'encrypt_code');
  if (typeof encrypted !== 'string') return fail(47001, 'encrypt_code');
  // Jump links carry it URL-encoded (§1.15); accept it either way.
  const entry = ctx.state.encryptCodes.get(encrypted) ?? ctx.state.encryptCodes.get(safeDecode(encrypted));
  if (!entry || entry.appid !== ctx.account.config.appid) return fail(40075, 'encrypt_code');
  return ok({ code: entry.code });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}
