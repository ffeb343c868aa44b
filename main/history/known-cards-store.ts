import type { Result } from '../../common/result';
import type { StorageFailure } from '../storage/document-store';
import type { SqlDatabase } from '../storage/sqlite';
import { parseDoc } from './record-rows';

/** A card as the duplicate check caches it; everything but `cardId` is opaque to the storage. */
export interface KnownCardRow {
  readonly cardId: string;
  readonly [key: string]: unknown;
}

/** The cards each account has on Weixin, cached for the duplicate check (issue 8 §2). */
export interface KnownCardsStore {
  /** Every cached card of the account and when the cache was last synced (null: never). */
  knownCards(accountId: string): Promise<{ readonly cards: readonly KnownCardRow[]; readonly syncedAt: number | null }>;
  /** Upserts by cardId and records syncedAt, in one transaction. */
  putKnownCards(accountId: string, cards: readonly KnownCardRow[], syncedAt: number): Promise<void>;
  /** Drops cached cards that Weixin no longer lists. */
  removeKnownCards(accountId: string, cardIds: readonly string[]): Promise<void>;
}

/** Runs a change inside the store's group commit; resolves once committed. */
type Commit = <T>(apply: () => T) => Promise<Result<T, StorageFailure>>;

/** A storage failure thrown to callers of the promise-only interface above. */
export class KnownCardsWriteError extends Error {
  constructor(readonly failure: StorageFailure) {
    super(failure.message.en);
  }
}

async function committed(result: Promise<Result<unknown, StorageFailure>>): Promise<void> {
  const done = await result;
  if (!done.ok) throw new KnownCardsWriteError(done.error);
}

/** The known-cards cache over the history database (tables of migration 4). */
export function knownCardsOf(db: SqlDatabase, commit: Commit): KnownCardsStore {
  return {
    knownCards(accountId) {
      const cards = db
        .prepare('SELECT doc FROM known_cards WHERE account_id = ? ORDER BY card_id')
        .all(accountId)
        .map((row) => parseDoc<KnownCardRow>(row[0]))
        .filter((card): card is KnownCardRow => card !== undefined && typeof card.cardId === 'string');
      const synced = db.prepare('SELECT synced_at FROM known_cards_sync WHERE account_id = ?').get(accountId);
      return Promise.resolve({ cards, syncedAt: synced ? Number(synced[0]) : null });
    },
    putKnownCards(accountId, cards, syncedAt) {
      return committed(
        commit(() => {
          const put = db.prepare('INSERT INTO known_cards (account_id, card_id, doc) VALUES (?, ?, ?) ON CONFLICT (account_id, card_id) DO UPDATE SET doc = excluded.doc');
          for (const card of cards) put.run(accountId, card.cardId, JSON.stringify(card));
          db.prepare('INSERT INTO known_cards_sync (account_id, synced_at) VALUES (?, ?) ON CONFLICT (account_id) DO UPDATE SET synced_at = excluded.synced_at').run(accountId, syncedAt);
        }),
      );
    },
    removeKnownCards(accountId, cardIds) {
      return committed(
        commit(() => {
          const remove = db.prepare('DELETE FROM known_cards WHERE account_id = ? AND card_id = ?');
          for (const cardId of cardIds) remove.run(accountId, cardId);
        }),
      );
    },
  };
}
