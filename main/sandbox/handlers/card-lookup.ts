import { isMissing, own } from '../card-create/access';
import type { StoredCard } from '../card-store';
import { fail, type AuthedContext, type Reply } from './context';

/**
 * The card a request names: card_id missing → 41012, not a string → 47001, unknown to this account →
 * 40073 "invalid card id", deleted → 40078 "invalid card status" (§1.8) unless reading.
 */
export function lookupCard(
  ctx: AuthedContext,
  body: Record<string, unknown>,
  options: { allowDeleted: boolean } = { allowDeleted: false },
): { ok: true; card: StoredCard } | { ok: false; reply: Reply } {
  const cardId = own(body, 'card_id');
  if (isMissing(cardId)) return { ok: false, reply: fail(41012, 'card_id') };
  if (typeof cardId !== 'string') return { ok: false, reply: fail(47001, 'card_id') };
  const card = ctx.account.cards.get(cardId);
  if (!card) return { ok: false, reply: fail(40073, 'card_id') };
  if (card.status === 'CARD_STATUS_DELETE' && !options.allowDeleted) return { ok: false, reply: fail(40078, 'card_id') };
  return { ok: true, card };
}
