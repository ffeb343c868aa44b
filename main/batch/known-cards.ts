import type { Clock } from '../../common/clock';
import { err, ok, type Result } from '../../common/result';
import type { HistoryStore } from '../history/history-store';
import type { KnownCardRow, KnownCardsStore } from '../history/known-cards-store';
import type { Logger } from '../log/logger';
import type { CardInfo, WeixinClient, WeixinFailure } from '../wechat';
import { FINGERPRINT_V2, fingerprintOfCard } from './fingerprint';

/** A card the account has on Weixin, as the lookup keeps it. */
export interface KnownCard extends KnownCardRow {
  readonly cardId: string;
  /** Version-2 fingerprint of its card/get answer; null when it has no card a draft could match. */
  readonly fingerprint: string | null;
  readonly title: string | null;
  readonly cardType: string | null;
  /** CARD_STATUS_* when it was read (a deleted card is never linked). */
  readonly status: string | null;
  /** Unix seconds (§1.5). */
  readonly createTime: number | null;
}

/** What one sync cost and found: the figures the CLI prints and the run status carries. */
export interface KnownCardsReport {
  /** Cards the account has on Weixin now. */
  readonly cards: number;
  /** card/batchget pages read (§1.6: 50 per page). */
  readonly listCalls: number;
  /** card/get calls for cards neither the cache nor the history knew. */
  readonly getCalls: number;
  /** Cards answered by the cache. */
  readonly cached: number;
  /** New cards whose fingerprint the history already had (created by this app, or read by a reconcile: no card/get). */
  readonly fromHistory: number;
  /** Cached cards Weixin no longer lists. */
  readonly removed: number;
  /** True when the account had never been synced. */
  readonly cold: boolean;
}

/** Why the account's cards could not all be read: nothing may be concluded "absent" from a partial list. */
export interface KnownCardsFailure {
  readonly failure: WeixinFailure;
  readonly report: KnownCardsReport;
}

/** The account's cards after a sync. */
export interface KnownCardsSync {
  readonly cards: KnownCard[];
  readonly report: KnownCardsReport;
  /** Cards read from Weixin (or the history) by this sync, not answered by the cache. */
  readonly freshIds: string[];
}

/** What a sync works with. */
export interface KnownCardsDeps {
  readonly store: KnownCardsStore;
  readonly history: Pick<HistoryStore, 'byCardId'>;
  readonly clock: Clock;
  readonly log?: Logger | undefined;
}

/** The account a sync reads. */
export interface KnownCardsTarget {
  readonly accountId: string;
  readonly appid: string;
  readonly client: Pick<WeixinClient, 'batchGetCards' | 'getCard'>;
}

/** §1.6: at most 50 per card/batchget page. */
const PAGE = 50;
/** card/get calls in flight at once during a cold sync. */
const PARALLEL_GETS = 4;

/** The cache row of a card/get answer. */
export function knownCardOf(info: CardInfo): KnownCard {
  return {
    cardId: info.cardId,
    fingerprint: fingerprintOfCard(info.card) ?? null,
    title: info.title ?? null,
    cardType: info.cardType,
    status: info.status,
    createTime: info.createTime ?? null,
  };
}

const asKnown = (row: KnownCardRow): KnownCard => ({
  cardId: row.cardId,
  fingerprint: typeof row.fingerprint === 'string' ? row.fingerprint : null,
  title: typeof row.title === 'string' ? row.title : null,
  cardType: typeof row.cardType === 'string' ? row.cardType : null,
  status: typeof row.status === 'string' ? row.status : null,
  createTime: typeof row.createTime === 'number' ? row.createTime : null,
});

/**
 * Brings the account's known cards up to date and answers them: every card_id from card/batchget
 * (the only way to see cards made elsewhere or before a history was lost), then card/get only for
 * cards the cache does not hold — and not even those when the history already has their v2
 * fingerprint (cards it created, or orphans a reconcile read). Cached cards Weixin no longer lists are dropped. What was read is cached even when
 * a later read fails, so a retry costs only the rest.
 */
export async function syncKnownCards(deps: KnownCardsDeps, target: KnownCardsTarget): Promise<Result<KnownCardsSync, KnownCardsFailure>> {
  const cached = await deps.store.knownCards(target.accountId).catch((error: unknown) => {
    deps.log?.warn('known cards: cache unreadable; reading Weixin', { accountId: target.accountId, error });
    return { cards: [], syncedAt: null };
  });
  const byId = new Map(cached.cards.map((row) => [row.cardId, asKnown(row)]));
  let listCalls = 0;
  let getCalls = 0;
  let fromHistory = 0;
  const listed: string[] = [];
  const seen = new Set<string>();
  const fresh: KnownCard[] = [];
  const missing: string[] = [];
  const report = (removed = 0): KnownCardsReport => ({ cards: listed.length, listCalls, getCalls, cached: listed.length - missing.length, fromHistory, removed, cold: cached.syncedAt === null });
  for (let offset = 0, total = Infinity; offset < total; ) {
    const page = await target.client.batchGetCards({ offset, count: PAGE });
    listCalls++;
    if (!page.ok) return err({ failure: page.error, report: report() });
    total = page.value.totalNum;
    for (const cardId of page.value.cardIds) {
      if (seen.has(cardId)) continue;
      seen.add(cardId);
      listed.push(cardId);
      if (!byId.has(cardId)) missing.push(cardId);
    }
    if (page.value.cardIds.length === 0) break;
    offset += page.value.cardIds.length;
  }
  const toGet: string[] = [];
  for (const cardId of missing) {
    const record = deps.history.byCardId(cardId);
    // An op's v2 fingerprint is its sent body's; an orphan's is its card/get answer's (a reconcile read it).
    if (record && record.appid === target.appid && record.fingerprint?.startsWith(FINGERPRINT_V2)) {
      fromHistory++;
      fresh.push({ cardId, fingerprint: record.fingerprint, title: record.title, cardType: record.cardType, status: record.reviewStatus, createTime: record.createdAt === null ? null : Math.floor(record.createdAt / 1000) });
    } else toGet.push(cardId);
  }
  let failure: WeixinFailure | undefined;
  let next = 0;
  const worker = async () => {
    while (failure === undefined && next < toGet.length) {
      const cardId = toGet[next++] as string;
      const got = await target.client.getCard(cardId);
      getCalls++;
      if (got.ok) fresh.push(knownCardOf(got.value));
      else failure ??= got.error;
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_GETS, toGet.length) }, worker));
  for (const card of fresh) byId.set(card.cardId, card);
  const gone = [...byId.keys()].filter((cardId) => !seen.has(cardId));
  for (const cardId of gone) byId.delete(cardId);
  const now = deps.clock.now();
  try {
    if (gone.length > 0) await deps.store.removeKnownCards(target.accountId, gone);
    // Each row is a real card/get answer: kept even when a later read failed.
    await deps.store.putKnownCards(target.accountId, fresh, now);
  } catch (error) {
    deps.log?.warn('known cards: cache not saved; the next run reads Weixin again', { accountId: target.accountId, error });
  }
  const done = report(gone.length);
  if (failure) return err({ failure, report: done });
  deps.log?.info('known cards: synced', { accountId: target.accountId, ...done });
  return ok({ cards: listed.map((cardId) => byId.get(cardId)).filter((c): c is KnownCard => c !== undefined), report: done, freshIds: fresh.map((c) => c.cardId) });
}
