import { isAbsent, isInt, isPlainObject, own } from '../card-create/access';
import { MAX_QUANTITY } from '../card-create/spec';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';
import { lookupCard } from './card-lookup';

/** `POST /card/delete` (§1.8): the card becomes CARD_STATUS_DELETE; later operations get 40078. */
export function handleCardDelete(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value);
  if (!found.ok) return found.reply;
  found.card.status = 'CARD_STATUS_DELETE';
  found.card.reviewDueAt = undefined;
  found.card.updateTime = Math.floor(ctx.now / 1000);
  return ok();
}

/**
 * `POST /card/modifystock` (§1.9): increase_stock_value / reduce_stock_value are deltas ("支持不填或
 * 填0"); negative → 40097; below zero remaining → 40122 "invalid card quantity"; above the
 * 100000000 ceiling → 45041; a deposit-mode card cannot grow without deposited codes → 40136.
 */
export function handleModifyStock(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value);
  if (!found.ok) return found.reply;
  const increase = own(body.value, 'increase_stock_value') ?? 0;
  const reduce = own(body.value, 'reduce_stock_value') ?? 0;
  if (!isInt(increase)) return fail(47001, 'increase_stock_value');
  if (!isInt(reduce)) return fail(47001, 'reduce_stock_value');
  if (increase < 0) return fail(40097, 'increase_stock_value');
  if (reduce < 0) return fail(40097, 'reduce_stock_value');
  const card = found.card;
  if (increase > 0 && isDepositMode(card.card[card.typeKey])) return fail(40136, 'increase_stock_value');
  const quantity = card.quantity + increase - reduce;
  const total = card.totalQuantity + increase - reduce;
  if (quantity < 0) return fail(40122, 'reduce_stock_value');
  if (total > MAX_QUANTITY) return fail(45041, 'increase_stock_value');
  card.quantity = quantity;
  card.totalQuantity = total;
  card.updateTime = Math.floor(ctx.now / 1000);
  return ok();
}

function isDepositMode(node: unknown): boolean {
  const baseInfo = isPlainObject(node) ? node.base_info : undefined;
  return isPlainObject(baseInfo) && !isAbsent(baseInfo.get_custom_code_mode);
}
