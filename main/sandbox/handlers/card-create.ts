import { recordRejection } from '../account-state';
import { usablePoiIds } from '../accounts';
import { isPlainObject } from '../card-create/access';
import { checkCardHead } from '../card-create/check-card-type';
import { checkCardBody } from '../card-create/pipeline';
import { makeCardId, type StoredCard } from '../card-store';
import { wxError, type WxError } from '../errors';
import { startReview } from '../review';
import { failWith, ok, type AuthedContext, type Reply } from './context';

/**
 * `POST /card/create` (§1.4, §8 pipeline, decisions table). Refusals are recorded for the dump;
 * an accepted card is stored as received and enters review.
 */
export function handleCardCreate(ctx: AuthedContext): Reply {
  const { account } = ctx;
  const reject = (error: WxError): Reply => {
    recordRejection(account, error, ctx.now);
    return failWith(error);
  };
  const raw = ctx.body.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return reject(wxError(47001, 'body'));
  }
  const head = checkCardHead(parsed);
  if (!head.ok) return reject(head.error);
  // product-landscape.md §0: creation of these five types stopped on 2021-04-01. The real errcode
  // is unknown; 48001 "api unauthorized" is Weixin's usual answer for an API the account may not use.
  // Member cards were left out of that stop (wechatpay-merchant-coupons-and-member-cards.md §1.1), but
  // only accounts in a member-card category may create them: 45160 "invalid category to create card".
  const member = head.head.cardType === 'MEMBER_CARD';
  if (!member && account.config.couponCreation === 'blocked') return reject(wxError(48001, 'card.card_type'));
  if (member && !account.config.memberCards.category) return reject(wxError(45160, 'card.card_type'));
  const problem = checkCardBody(head.head, { nowMs: ctx.now, usablePoiIds: usablePoiIds(account.config), requireFutureEnd: true });
  if (problem) return reject(problem);
  // §1.1: stored value needs the extra 储值 permission, "43010 can not use balance, need authorize".
  if (member && head.head.node.supply_balance === true && !account.config.memberCards.balance) return reject(wxError(43010, 'card.member_card.supply_balance'));

  const baseInfo = head.head.node.base_info;
  const sku = isPlainObject(baseInfo) && isPlainObject(baseInfo.sku) ? baseInfo.sku : {};
  const quantity = typeof sku.quantity === 'number' ? sku.quantity : 0;
  let cardId: string;
  do cardId = makeCardId(account.config.prefix);
  while (account.cards.has(cardId));
  const seconds = Math.floor(ctx.now / 1000);
  const card: StoredCard = {
    cardId,
    cardType: head.head.cardType,
    typeKey: head.head.typeKey,
    rawBody: raw,
    body: parsed,
    card: structuredClone(head.head.card),
    status: 'CARD_STATUS_NOT_VERIFY',
    createTime: seconds,
    updateTime: seconds,
    quantity,
    totalQuantity: quantity,
    reviewDueAt: undefined,
    refuseReason: undefined,
    payCell: false,
    selfConsumeCell: { is_open: false, need_verify_cod: false, need_remark_amount: false },
  };
  startReview(card, account.config.review, ctx.now);
  account.cards.add(card);
  return ok({ card_id: cardId });
}
