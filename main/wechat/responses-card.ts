import { z } from 'zod';
import { parseWith, type Parsed } from './responses';

const int = z.number().int();

/**
 * `card/create` (§1.4): `{"errcode":0,"errmsg":"ok","card_id":"p…"}`. Observed ids are 28 characters
 * (§4.7) but the doc types them string(32); a looser pattern keeps a real id from being thrown away.
 */
export const createCardSchema = z.object({ card_id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/) }).transform((v) => ({ cardId: v.card_id }));

/** `card/batchget` (§1.6): one page of ids and the total. */
export const batchGetSchema = z
  .object({ card_id_list: z.array(z.string()).optional(), total_num: int.nonnegative() })
  .transform((v) => ({ cardIds: v.card_id_list ?? [], totalNum: v.total_num }));

/** `card/update` (§1.7): send_check says whether the card went back to review. */
export const updateCardSchema = z.object({ send_check: z.boolean().optional() }).transform((v) => ({ sendCheck: v.send_check }));

/** `card/testwhitelist/set` (§1.12). */
export const testWhitelistSchema = z
  .object({ white_list_size: int.optional(), success_openid: z.array(z.string()).optional(), success_username: z.array(z.string()).optional() })
  .transform((v) => ({
    whiteListSize: v.white_list_size ?? (v.success_openid?.length ?? 0) + (v.success_username?.length ?? 0),
    successOpenids: v.success_openid ?? [],
    successUsernames: v.success_username ?? [],
  }));

/** `card/qrcode/create` (§1.13); the image lives at showqrcode?ticket= when show_qrcode_url is absent. */
export const qrCodeSchema = z
  .object({ ticket: z.string().min(1), expire_seconds: int.optional(), url: z.string(), show_qrcode_url: z.string().optional() })
  .transform((v) => ({
    ticket: v.ticket,
    expireSeconds: v.expire_seconds,
    url: v.url,
    showQrcodeUrl: v.show_qrcode_url ?? `https://mp.weixin.qq.com/cgi-bin/showqrcode?ticket=${encodeURIComponent(v.ticket)}`,
  }));

/** A card as card/get describes it (§1.5), with the raw `card` object for anything else. */
export interface CardInfo {
  readonly cardId: string;
  readonly cardType: string;
  /** CARD_STATUS_NOT_VERIFY, _VERIFY_OK, _VERIFY_FAIL, _DELETE, _DISPATCH (older spellings pass too, §7.7). */
  readonly status: string;
  readonly title: string | undefined;
  /** Remaining stock. */
  readonly quantity: number;
  readonly totalQuantity: number | undefined;
  /** Unix seconds. */
  readonly createTime: number | undefined;
  readonly updateTime: number | undefined;
  /** The `card` object as returned (colour as hex, §4.5). */
  readonly card: Readonly<Record<string, unknown>>;
}

const cardEnvelope = z.object({ card: z.looseObject({ card_type: z.string().min(1) }) });
const typeNode = z.looseObject({
  base_info: z.looseObject({
    id: z.string().min(1),
    status: z.string().min(1),
    title: z.string().optional(),
    sku: z.looseObject({ quantity: int, total_quantity: int.optional() }),
    create_time: int.optional(),
    update_time: int.optional(),
  }),
});

/**
 * `card/get`: the id is `base_info.id` and the stock `sku.quantity` (remaining) and
 * `sku.total_quantity`, under the card's lower-case type key (§1.5).
 */
export function parseCardGet(json: unknown): Parsed<CardInfo> {
  const outer = parseWith(cardEnvelope, json);
  if (!outer.ok) return outer;
  const card = outer.value.card;
  const key = card.card_type.toLowerCase();
  const node = parseWith(typeNode, Object.hasOwn(card, key) ? card[key] : undefined);
  if (!node.ok) return { ok: false, issues: node.issues.map((i) => ({ path: ['card', key, i.path].filter(Boolean).join('.'), code: i.code })) };
  const base = node.value.base_info;
  return {
    ok: true,
    value: {
      cardId: base.id,
      cardType: card.card_type,
      status: base.status,
      title: base.title,
      quantity: base.sku.quantity,
      totalQuantity: base.sku.total_quantity,
      createTime: base.create_time,
      updateTime: base.update_time,
      card,
    },
  };
}
