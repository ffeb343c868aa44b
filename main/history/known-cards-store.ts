import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../log/logger';
import { writeFileAtomic } from '../storage/atomic-write';
import { errnoOf } from '../storage/files';
import { moveAside } from '../storage/move-aside';
import { createSerialQueue, type SerialQueue } from '../storage/serial-queue';

/** One card of an account as the known-cards cache keeps it (main/batch/known-cards.ts says which fields). */
export interface KnownCardRow {
  readonly cardId: string;
  readonly [key: string]: unknown;
}

/**
 * The cards each account has on Weixin (card/batchget + card/get), cached so a run learns only
 * what changed since the last sync. Upserts are by cardId.
 */
export interface KnownCardsStore {
  /** Every cached card of the account and when the cache was last synced (null: never). */
  knownCards(accountId: string): Promise<{ readonly cards: readonly KnownCardRow[]; readonly syncedAt: number | null }>;
  /** Upserts by cardId and records syncedAt, in one transaction. */
  putKnownCards(accountId: string, cards: readonly KnownCardRow[], syncedAt: number): Promise<void>;
  /** Drops cached cards that Weixin no longer lists. */
  removeKnownCards(accountId: string, cardIds: readonly string[]): Promise<void>;
}

interface CacheFile {
  readonly v: 1;
  syncedAt: number | null;
  cards: Map<string, KnownCardRow>;
}

const isRow = (value: unknown): value is KnownCardRow => typeof value === 'object' && value !== null && typeof (value as { cardId?: unknown }).cardId === 'string';

/**
 * The known-cards cache on today's storage: one `<dataDir>/history/known-cards/<account>.json` per
 * account, read once, kept in memory, each change written whole and atomically (temp + fsync +
 * rename: the old or the new file, never half of one). It is a cache: an unreadable file is moved
 * aside and the account starts cold (the next sync reads Weixin again), never an error.
 */
export function openKnownCardsFileStore(options: { readonly dataDir: string; readonly log?: Logger; readonly now?: () => number }): KnownCardsStore {
  const dir = join(options.dataDir, 'history', 'known-cards');
  const files = new Map<string, Promise<CacheFile>>();
  const queues = new Map<string, SerialQueue>();
  const pathOf = (accountId: string) => join(dir, `${encodeURIComponent(accountId)}.json`);

  async function read(accountId: string): Promise<CacheFile> {
    const path = pathOf(accountId);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errnoOf(error) === 'ENOENT') return { v: 1, syncedAt: null, cards: new Map() };
      throw error;
    }
    try {
      const parsed = JSON.parse(text) as { v?: unknown; syncedAt?: unknown; cards?: unknown };
      if (parsed.v !== 1 || !Array.isArray(parsed.cards) || !(parsed.syncedAt === null || typeof parsed.syncedAt === 'number')) throw new Error('shape');
      return { v: 1, syncedAt: parsed.syncedAt, cards: new Map(parsed.cards.filter(isRow).map((row) => [row.cardId, row])) };
    } catch {
      const moved = await moveAside(path, options.now?.() ?? Date.now());
      options.log?.warn('known cards: cache unreadable; starting cold', { accountId, movedTo: moved.ok ? moved.value : null });
      return { v: 1, syncedAt: null, cards: new Map() };
    }
  }
  const load = (accountId: string): Promise<CacheFile> => {
    let file = files.get(accountId);
    if (!file) {
      file = read(accountId);
      files.set(accountId, file);
      file.catch(() => files.delete(accountId));
    }
    return file;
  };
  const change = (accountId: string, edit: (file: CacheFile) => void): Promise<void> => {
    let queue = queues.get(accountId);
    if (!queue) queues.set(accountId, (queue = createSerialQueue()));
    return queue.run(async () => {
      const file = await load(accountId);
      edit(file);
      const written = await writeFileAtomic(pathOf(accountId), JSON.stringify({ v: 1, syncedAt: file.syncedAt, cards: [...file.cards.values()] }));
      if (!written.ok) throw Object.assign(new Error(written.error.message.en), { failure: written.error });
    });
  };

  return {
    async knownCards(accountId) {
      const file = await load(accountId);
      return { cards: [...file.cards.values()], syncedAt: file.syncedAt };
    },
    putKnownCards: (accountId, cards, syncedAt) =>
      change(accountId, (file) => {
        for (const card of cards) file.cards.set(card.cardId, card);
        file.syncedAt = syncedAt;
      }),
    removeKnownCards: (accountId, cardIds) =>
      change(accountId, (file) => {
        for (const cardId of cardIds) file.cards.delete(cardId);
      }),
  };
}
