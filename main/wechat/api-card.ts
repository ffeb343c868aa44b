import { ok } from '../../common/result';
import { callJson, schemaParser, type ApiContext, type CallOptions, type JsonObject } from './call';
import { ENDPOINTS } from './endpoints';
import type { WeixinResult } from './failure';
import { emptySchema } from './responses';
import {
  batchGetSchema,
  createCardSchema,
  parseCardGet,
  qrCodeSchema,
  testWhitelistSchema,
  updateCardSchema,
  type CardInfo,
} from './responses-card';

/** card/batchget filters (§1.6): count 1..50. */
export interface BatchGetQuery {
  readonly offset?: number;
  readonly count: number;
  /** e.g. ['CARD_STATUS_VERIFY_OK']; empty or absent: every status. */
  readonly statusList?: readonly string[];
}

/** card/modifystock (§1.9): deltas, one of them usually. */
export interface StockChange {
  readonly increaseBy?: number;
  readonly reduceBy?: number;
}

/** card/selfconsumecell/set flags (§1.11). */
export interface SelfConsumeCell {
  readonly isOpen: boolean;
  readonly needVerifyCode?: boolean;
  readonly needRemarkAmount?: boolean;
}

/** One card in a QR code (§1.13). */
export interface QrCard {
  readonly cardId: string;
  /** Required for use_custom_code cards outside deposit mode, absent otherwise. */
  readonly code?: string;
  /** Required when the card has bind_openid. */
  readonly openid?: string;
  readonly isUniqueCode?: boolean;
  readonly outerStr?: string;
}

function qrItem(card: QrCard): Record<string, unknown> {
  return {
    card_id: card.cardId,
    ...(card.code === undefined ? {} : { code: card.code }),
    ...(card.openid === undefined ? {} : { openid: card.openid }),
    ...(card.isUniqueCode === undefined ? {} : { is_unique_code: card.isUniqueCode }),
    ...(card.outerStr === undefined ? {} : { outer_str: card.outerStr }),
  };
}

const empty = schemaParser(emptySchema);

/** The card endpoints (§1.4–§1.15) bound to one account. */
export function cardApi(ctx: ApiContext) {
  const getCard = (cardId: string, options?: CallOptions): Promise<WeixinResult<CardInfo>> =>
    callJson(ctx, ENDPOINTS.getCard, { card_id: cardId }, parseCardGet, options);

  return {
    /**
     * `card/create` (§1.4), sent as given (validate it first). Never resent after it may have been
     * received: a timeout, reset, 5xx or -1 then is `outcome_unknown` for the caller to reconcile.
     */
    createCard: (body: JsonObject, options?: CallOptions): Promise<WeixinResult<{ cardId: string }>> =>
      callJson(ctx, ENDPOINTS.createCard, body, schemaParser(createCardSchema), options),

    /** `card/get` (§1.5): status, stock and the card as Weixin holds it. */
    getCard,

    /** `card/batchget` (§1.6): one page of card_ids, oldest first in the sandbox. */
    batchGetCards: (query: BatchGetQuery, options?: CallOptions): Promise<WeixinResult<{ cardIds: string[]; totalNum: number }>> =>
      callJson(
        ctx,
        ENDPOINTS.batchGetCards,
        { offset: query.offset ?? 0, count: query.count, ...(query.statusList ? { status_list: query.statusList } : {}) },
        schemaParser(batchGetSchema),
        options,
      ),

    /**
     * `card/update` (§1.7): `fields` go under the card's lower-case type key, e.g. `{ base_info:
     * { notice } }`. Absolute values only, so a repeat after a lost answer does the same thing.
     */
    updateCard: (cardId: string, cardType: string, fields: JsonObject, options?: CallOptions): Promise<WeixinResult<{ sendCheck: boolean | undefined }>> =>
      callJson(ctx, ENDPOINTS.updateCard, { card_id: cardId, [cardType.toLowerCase()]: fields }, schemaParser(updateCardSchema), options),

    /**
     * `card/delete` (§1.8). Later operations on a deleted card answer 40078, so a repeat after a lost
     * answer — or deleting twice — would look like a failure. Decision: a 40078 is checked with
     * card/get; if the card is CARD_STATUS_DELETE the goal is reached and the answer is
     * `{ alreadyDeleted: true }`. Any other state, or a failing card/get, returns the 40078.
     */
    async deleteCard(cardId: string, options?: CallOptions): Promise<WeixinResult<{ alreadyDeleted: boolean }>> {
      const result = await callJson(ctx, ENDPOINTS.deleteCard, { card_id: cardId }, empty, options);
      if (result.ok) return ok({ alreadyDeleted: false });
      if (result.error.kind !== 'weixin' || result.error.errcode !== 40078) return result;
      const current = await getCard(cardId, options);
      return current.ok && current.value.status === 'CARD_STATUS_DELETE' ? ok({ alreadyDeleted: true }) : result;
    },

    /** `card/modifystock` (§1.9): deltas, so NOT repeatable — ambiguous failures are `outcome_unknown`. */
    modifyStock: (cardId: string, change: StockChange, options?: CallOptions): Promise<WeixinResult<void>> =>
      callJson(
        ctx,
        ENDPOINTS.modifyStock,
        {
          card_id: cardId,
          ...(change.increaseBy === undefined ? {} : { increase_stock_value: change.increaseBy }),
          ...(change.reduceBy === undefined ? {} : { reduce_stock_value: change.reduceBy }),
        },
        empty,
        options,
      ),

    /** `card/paycell/set` (§1.10). */
    setPaycell: (cardId: string, isOpen: boolean, options?: CallOptions): Promise<WeixinResult<void>> =>
      callJson(ctx, ENDPOINTS.setPaycell, { card_id: cardId, is_open: isOpen }, empty, options),

    /** `card/selfconsumecell/set` (§1.11). The flag is spelt `need_verify_cod`: the official typo. */
    setSelfConsumeCell: (cardId: string, cell: SelfConsumeCell, options?: CallOptions): Promise<WeixinResult<void>> =>
      callJson(
        ctx,
        ENDPOINTS.setSelfConsumeCell,
        { card_id: cardId, is_open: cell.isOpen, need_verify_cod: cell.needVerifyCode ?? false, need_remark_amount: cell.needRemarkAmount ?? false },
        empty,
        options,
      ),

    /** `card/testwhitelist/set` (§1.12): full replacement of the list, at most 10 in total. */
    setTestWhitelist: (
      list: { readonly openids?: readonly string[]; readonly usernames?: readonly string[] },
      options?: CallOptions,
    ): Promise<WeixinResult<{ whiteListSize: number; successOpenids: string[]; successUsernames: string[] }>> =>
      callJson(ctx, ENDPOINTS.setTestWhitelist, { openid: list.openids ?? [], username: list.usernames ?? [] }, schemaParser(testWhitelistSchema), options),

    /** `card/qrcode/create` (§1.13): one card → QR_CARD, 2–5 → QR_MULTIPLE_CARD. */
    createQrCode: (
      request: { readonly cards: readonly QrCard[]; readonly expireSeconds?: number },
      options?: CallOptions,
    ): Promise<WeixinResult<{ ticket: string; expireSeconds: number | undefined; url: string; showQrcodeUrl: string }>> => {
      const [first, ...rest] = request.cards;
      const actionInfo = first && rest.length === 0 ? { card: qrItem(first) } : { multiple_card: { card_list: request.cards.map(qrItem) } };
      const body = {
        action_name: first && rest.length === 0 ? 'QR_CARD' : 'QR_MULTIPLE_CARD',
        ...(request.expireSeconds === undefined ? {} : { expire_seconds: request.expireSeconds }),
        action_info: actionInfo,
      };
      return callJson(ctx, ENDPOINTS.createQrCode, body, schemaParser(qrCodeSchema), options);
    },
  };
}
