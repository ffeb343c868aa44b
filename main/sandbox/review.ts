import type { AccountState } from './account-state';
import type { ReviewPolicy } from './accounts';
import type { StoredCard } from './card-store';

/** A manual verdict given through the handle. */
export type ReviewVerdict = { readonly approve: true } | { readonly reject: string };

/** Puts a card into review (§1.4: new and re-submitted cards are CARD_STATUS_NOT_VERIFY). */
export function startReview(card: StoredCard, policy: ReviewPolicy, now: number): void {
  card.status = 'CARD_STATUS_NOT_VERIFY';
  card.refuseReason = undefined;
  card.reviewDueAt = policy.mode === 'manual' ? undefined : now + policy.afterSeconds * 1000;
}

/**
 * Applies the account's policy to every card whose review time has passed on the virtual clock.
 * Called before each request and each dump, so moving the clock is all a test needs to do.
 */
export function settleReviews(account: AccountState, now: number): void {
  const policy = account.config.review;
  for (const card of account.cards.list()) {
    if (card.status !== 'CARD_STATUS_NOT_VERIFY' || card.reviewDueAt === undefined || card.reviewDueAt > now) continue;
    const at = card.reviewDueAt;
    if (policy.mode === 'reject') finish(account, card, { reject: policy.reason }, at);
    else if (policy.mode === 'approve') finish(account, card, { approve: true }, at);
    else card.reviewDueAt = undefined;
  }
}

/** A manual decision on a card in review; refused for a card that is not in review. */
export function decideReview(account: AccountState, cardId: string, verdict: ReviewVerdict, now: number): { ok: true } | { ok: false; reason: string } {
  const card = account.cards.get(cardId);
  if (!card) return { ok: false, reason: `no card ${cardId} in ${account.config.appid}` };
  if (card.status !== 'CARD_STATUS_NOT_VERIFY') return { ok: false, reason: `card ${cardId} is ${card.status}, not in review` };
  finish(account, card, verdict, now);
  return { ok: true };
}

function finish(account: AccountState, card: StoredCard, verdict: ReviewVerdict, at: number): void {
  card.reviewDueAt = undefined;
  if ('reject' in verdict) {
    card.status = 'CARD_STATUS_VERIFY_FAIL';
    card.refuseReason = verdict.reject;
    account.reviewEvents.push({ event: 'card_not_pass_check', cardId: card.cardId, refuseReason: verdict.reject, at });
  } else {
    card.status = 'CARD_STATUS_VERIFY_OK';
    card.refuseReason = undefined;
    account.reviewEvents.push({ event: 'card_pass_check', cardId: card.cardId, at });
  }
}
