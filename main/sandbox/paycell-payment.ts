import { randomInt } from 'node:crypto';
import { err, ok, type Result } from '../../common/result';
import type { PayCellEvent } from '../../common/ipc/channels/sandbox';
import type { AccountState } from './account-state';
import { isPlainObject } from './card-create/access';
import { makeOpenid, type StoredCard } from './card-store';

const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');

/** What the coupon takes off a bill of `originalFee` 分: a cash coupon its reduce_cost once least_cost is met, a discount its percentage (§4.4). */
function paidFee(card: StoredCard, originalFee: number): number {
  const node = card.card[card.typeKey];
  if (!isPlainObject(node)) return originalFee;
  if (card.typeKey === 'cash' && typeof node.reduce_cost === 'number') {
    const least = typeof node.least_cost === 'number' ? node.least_cost : 0;
    return originalFee >= least ? Math.max(0, originalFee - node.reduce_cost) : originalFee;
  }
  if (card.typeKey === 'discount' && typeof node.discount === 'number') return Math.round((originalFee * (100 - node.discount)) / 100);
  return originalFee;
}

/** The store the payment is made in: the card's first poi_id, else (use_all_locations) the account's first usable store. */
function storeOf(card: StoredCard, account: AccountState): number | undefined {
  const node = card.card[card.typeKey];
  const base = isPlainObject(node) && isPlainObject(node.base_info) ? node.base_info : {};
  const list = Array.isArray(base.location_id_list) ? base.location_id_list : [];
  if (typeof list[0] === 'number') return list[0];
  const usable = account.config.stores.find((s) => s.available_state === 3);
  return usable ? Number(usable.poi_id) : undefined;
}

/**
 * A WeChat Pay payment through a card's 买单 cell (guide §3.2): a user pays a bill of
 * `originalFee` 分 in a store with the coupon. Answers the `user_pay_from_pay_cell` event Weixin
 * would push to the merchant's callback URL (wechat-card-api.md §5; Fee and OriginalFee in 分) and
 * keeps it on the account. Refused unless the card is approved and its pay cell is open.
 */
export function payThroughPayCell(account: AccountState, cardId: string, originalFee: number, now: number): Result<PayCellEvent, string> {
  const card = account.cards.get(cardId);
  if (!card) return err(`card ${cardId} does not exist`);
  if (card.status !== 'CARD_STATUS_VERIFY_OK') return err(`card ${cardId} is ${card.status}, not approved`);
  if (!card.payCell) return err(`card ${cardId} has no open pay cell (card/paycell/set)`);
  if (!Number.isInteger(originalFee) || originalFee <= 0) return err('the bill must be a positive number of fen');
  const locationId = storeOf(card, account);
  if (locationId === undefined) return err(`card ${cardId} has no store to pay in`);
  const event: PayCellEvent = {
    ToUserName: `gh_${account.config.prefix.toLowerCase()}sandbox`,
    FromUserName: makeOpenid(account.config.prefix),
    CreateTime: Math.floor(now / 1000),
    MsgType: 'event',
    Event: 'user_pay_from_pay_cell',
    CardId: cardId,
    UserCardCode: digits(12),
    TransId: `4200${digits(24)}`,
    LocationId: locationId,
    Fee: paidFee(card, originalFee),
    OriginalFee: originalFee,
  };
  account.payCellEvents.push(event);
  return ok(event);
}
