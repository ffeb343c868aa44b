import { isAbsent, isInt, own } from '../card-create/access';
import { renderCard } from '../card-render';
import { fail, ok, readJsonObject, type AuthedContext, type Reply } from './context';
import { lookupCard } from './card-lookup';

/** §1.6: "需要查询的卡片的数量（数量最大50）". */
const MAX_BATCH = 50;

/** `POST /card/get` (§1.5). A deleted card is still readable, with status CARD_STATUS_DELETE. */
export function handleCardGet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const found = lookupCard(ctx, body.value, { allowDeleted: true });
  if (!found.ok) return found.reply;
  return ok({ card: renderCard(found.card) });
}

/**
 * `POST /card/batchget` (§1.6): offset (default 0), count 1..50 (40097 otherwise), optional
 * status_list filter; total_num counts every match, card_id_list is the page. Oldest first.
 */
export function handleCardBatchGet(ctx: AuthedContext): Reply {
  const body = readJsonObject(ctx);
  if (!body.ok) return body.reply;
  const offset = own(body.value, 'offset') ?? 0;
  const count = own(body.value, 'count');
  const statusList = own(body.value, 'status_list');
  if (isAbsent(count)) return fail(41011, 'count');
  if (!isInt(offset)) return fail(47001, 'offset');
  if (!isInt(count)) return fail(47001, 'count');
  if (offset < 0) return fail(40097, 'offset');
  if (count < 1 || count > MAX_BATCH) return fail(40097, 'count');
  if (!isAbsent(statusList) && !(Array.isArray(statusList) && statusList.every((s) => typeof s === 'string'))) {
    return fail(47001, 'status_list');
  }
  const wanted = Array.isArray(statusList) && statusList.length > 0 ? new Set<unknown>(statusList) : undefined;
  const matching = ctx.account.cards.list().filter((c) => !wanted || wanted.has(c.status));
  return ok({
    card_id_list: matching.slice(offset, offset + count).map((c) => c.cardId),
    total_num: matching.length,
  });
}
