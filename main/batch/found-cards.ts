import type { KnownCardsStore } from '../history/known-cards-store';
import type { WeixinClient } from '../wechat';
import { knownCardOf, type KnownCard, type KnownCardsReport } from './known-cards';

/** §1.5: a deleted card stays readable (and listed) but can be given to nobody. */
const DELETED = new Set(['CARD_STATUS_DELETE', 'CARD_STATUS_USER_DELETE']);

/**
 * The account's cards on Weixin by fingerprint, for one run: a draft whose identical card is
 * already there is linked to it instead of being sent. Rows that came from the cache (not read
 * in this sync) are read once more before a link, since the card may have been deleted or
 * edited since; a card is never linked twice within a batch.
 */
export class FoundCards {
  private readonly byFingerprint = new Map<string, KnownCard[]>();
  private readonly fresh: Set<string>;

  constructor(
    cards: readonly KnownCard[],
    readonly report: KnownCardsReport,
    private readonly cache: { readonly store: KnownCardsStore; readonly accountId: string; readonly now: () => number },
    /** Card_ids read from Weixin by this sync (no second read needed). */
    freshIds: Iterable<string> = [],
  ) {
    this.fresh = new Set(freshIds);
    this.cardIds = cards.map((card) => card.cardId);
    this.listed = new Set(this.cardIds);
    for (const card of cards) this.index(card);
  }

  /** Every card_id the account had when the run started (also the account's baseline, baseline.ts). */
  readonly cardIds: readonly string[];
  private readonly listed: Set<string>;

  /** Whether the lookup listed this card (then its status and content are judged here, deleted or not). */
  knows(cardId: string): boolean {
    return this.listed.has(cardId);
  }

  private index(card: KnownCard): void {
    if (card.fingerprint === null || (card.status !== null && DELETED.has(card.status))) return;
    const list = this.byFingerprint.get(card.fingerprint) ?? [];
    list.push(card);
    this.byFingerprint.set(card.fingerprint, list);
  }

  private drop(card: KnownCard): void {
    if (card.fingerprint === null) return;
    const list = this.byFingerprint.get(card.fingerprint)?.filter((c) => c.cardId !== card.cardId) ?? [];
    if (list.length === 0) this.byFingerprint.delete(card.fingerprint);
    else this.byFingerprint.set(card.fingerprint, list);
  }

  /** Identical cards that are not deleted, oldest first. */
  identical(fingerprint: string): readonly KnownCard[] {
    return [...(this.byFingerprint.get(fingerprint) ?? [])].sort((a, b) => (a.createTime ?? 0) - (b.createTime ?? 0));
  }

  /**
   * The first identical card `taken` does not exclude, confirmed with card/get when it came from
   * the cache (a changed card is re-indexed, a deleted one dropped). A failed confirmation trusts
   * the cache: the row is a real card/get answer, and sending instead could make a duplicate.
   */
  async pick(fingerprint: string, taken: (cardId: string) => boolean, client: Pick<WeixinClient, 'getCard'>): Promise<{ card: KnownCard; calls: number } | undefined> {
    let calls = 0;
    for (const card of this.identical(fingerprint)) {
      if (taken(card.cardId)) continue;
      if (this.fresh.has(card.cardId)) return { card, calls };
      const got = await client.getCard(card.cardId);
      calls++;
      if (!got.ok) return { card, calls };
      const now = knownCardOf(got.value);
      this.fresh.add(card.cardId);
      if (now.fingerprint === card.fingerprint && !(now.status !== null && DELETED.has(now.status))) return { card: now, calls };
      this.drop(card);
      this.index(now);
      await this.cache.store.putKnownCards(this.cache.accountId, [now], this.cache.now()).catch(() => undefined);
    }
    return calls === 0 ? undefined : this.pickAgain(fingerprint, taken, calls);
  }

  /** After re-reads: only fresh rows are left to consider, so no more calls. */
  private pickAgain(fingerprint: string, taken: (cardId: string) => boolean, calls: number): { card: KnownCard; calls: number } | undefined {
    const card = this.identical(fingerprint).find((c) => !taken(c.cardId) && this.fresh.has(c.cardId));
    return card ? { card, calls } : undefined;
  }
}
