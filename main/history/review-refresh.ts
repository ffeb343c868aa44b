import { systemClock, type Clock } from '../../common/clock';
import type { HistoryRecord } from '../../common/ipc/channels/history';
import type { Localized } from '../../common/i18n';
import type { WeixinClient } from '../wechat';
import type { HistoryStore } from './history-store';

/** The reads a review refresh makes (both repeatable, §6.2). */
export type ReviewClient = Pick<WeixinClient, 'getCard' | 'batchGetCards'>;

/** One account's refresh. */
export interface ReviewTarget {
  readonly accountId: string;
  readonly appid: string;
  readonly client: ReviewClient;
}

/** What one account's refresh did. */
export interface AccountRefresh {
  readonly checked: number;
  readonly changed: number;
  readonly skippedFinal: number;
  readonly remaining: number;
  readonly callsUsed: number;
  readonly failure: Localized | undefined;
}

/** §1.6: card/batchget pages hold at most 50. */
const PAGE = 50;
/** Below this many cards, one card/get each is never more calls than listing. */
const DIRECT_GET_MAX = 3;
/** Statuses a decided card can be in, the likeliest first (most reviews pass). */
const DECIDED_STATUSES = ['CARD_STATUS_VERIFY_OK', 'CARD_STATUS_VERIFY_FAIL', 'CARD_STATUS_DISPATCH', 'CARD_STATUS_DELETE'] as const;

/**
 * Review is over once a card leaves CARD_STATUS_NOT_VERIFY (§1.4: a new card starts in review). A
 * refresh skips those cards unless asked for them by id: that is what keeps it cheap on an account
 * with thousands of approved cards.
 */
export function reviewDecided(status: string | null): boolean {
  return status !== null && status !== 'CARD_STATUS_NOT_VERIFY';
}

/**
 * Refreshes the review status of an account's cards with as few calls as it can, never more than
 * `maxCalls`: card/get for a handful; otherwise card/batchget with status_list=[NOT_VERIFY] to see
 * which are still in review, then for the decided ones each status list whose length (total_num,
 * learnt from its first page) costs fewer pages than the cards left to place, and card/get for the
 * rest. Cards the cap leaves unchecked are counted as `remaining`.
 */
export async function refreshAccountReview(
  history: HistoryStore,
  target: ReviewTarget,
  options: { readonly maxCalls: number; readonly recordIds?: ReadonlySet<string> | undefined; readonly clock?: Clock | undefined },
): Promise<AccountRefresh> {
  const clock = options.clock ?? systemClock;
  const explicit = options.recordIds;
  const candidates = new Map<string, HistoryRecord>();
  let skippedFinal = 0;
  for (const record of history.all()) {
    if (record.appid !== target.appid || !record.cardId || (record.state !== 'created' && record.state !== 'orphan')) continue;
    if (explicit && !explicit.has(record.id)) continue;
    if (!explicit && reviewDecided(record.reviewStatus)) {
      skippedFinal++;
      continue;
    }
    candidates.set(record.cardId, record);
  }
  let calls = 0;
  let changed = 0;
  let checked = 0;
  let failure: Localized | undefined;
  const budget = () => options.maxCalls - calls;
  const settle = async (cardId: string, status: string, at: number) => {
    const record = candidates.get(cardId);
    if (!record) return;
    candidates.delete(cardId);
    checked++;
    if (record.reviewStatus === status) return;
    const written = await history.write(record.id, 'review', { reviewStatus: status, reviewStatusAt: at });
    if (written.ok) changed++;
  };

  /** Pages one status list; answers false when it stopped early (cap, error, or not worth it). */
  const listStatus = async (status: string, decide: (total: number) => boolean): Promise<Set<string> | undefined> => {
    const found = new Set<string>();
    for (let offset = 0, total = Infinity; offset < total; ) {
      if (budget() <= 0) return undefined;
      const page = await target.client.batchGetCards({ offset, count: PAGE, statusList: [status] });
      calls++;
      if (!page.ok) {
        failure = page.error.message;
        return undefined;
      }
      total = page.value.totalNum;
      // After the first page: finish the list only if its remaining pages are worth it.
      if (offset === 0 && page.value.cardIds.length < total && !decide(total)) return undefined;
      for (const id of page.value.cardIds) found.add(id);
      if (page.value.cardIds.length === 0) break;
      offset += page.value.cardIds.length;
    }
    return found;
  };

  if (candidates.size > DIRECT_GET_MAX) {
    const pages = (total: number) => Math.ceil(total / PAGE);
    const inReview = await listStatus('CARD_STATUS_NOT_VERIFY', (total) => pages(total) < candidates.size && pages(total) - 1 <= budget());
    if (inReview) {
      const now = clock.now();
      for (const cardId of [...candidates.keys()]) {
        if (inReview.has(cardId)) await settle(cardId, 'CARD_STATUS_NOT_VERIFY', candidates.get(cardId)?.reviewStatusAt ?? now);
      }
      for (const status of DECIDED_STATUSES) {
        if (candidates.size <= DIRECT_GET_MAX) break;
        const listed = await listStatus(status, (total) => pages(total) <= candidates.size && pages(total) - 1 <= budget());
        if (!listed) continue;
        const at = clock.now();
        for (const cardId of [...candidates.keys()]) if (listed.has(cardId)) await settle(cardId, status, at);
      }
    }
  }
  for (const cardId of [...candidates.keys()]) {
    if (budget() <= 0) break;
    const got = await target.client.getCard(cardId);
    calls++;
    if (!got.ok) {
      // Left among `remaining`: the next refresh tries it again.
      failure = got.error.message;
      continue;
    }
    await settle(cardId, got.value.status, (got.value.updateTime ?? Math.floor(clock.now() / 1000)) * 1000);
  }
  return { checked, changed, skippedFinal, remaining: candidates.size, callsUsed: calls, failure };
}
