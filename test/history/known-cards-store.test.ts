// The known-cards cache the duplicate check reads before an account's first create (issue 8 §2),
// on the history database: upserts by card_id with the sync time in one transaction, opaque rows.
import { describe, expect, it } from 'vitest';
import { historyPaths } from '../../main/history/history-store';
import type { KnownCardRow, KnownCardsStore } from '../../main/history/known-cards-store';
import { openSqlite } from '../../main/storage/sqlite';
import { tempDir } from '../storage/temp-dir';
import { openStore } from './support';

const card = (n: number, extra: Record<string, unknown> = {}): KnownCardRow => ({ cardId: `pKnown${String(n).padStart(22, '0')}`, fingerprint: `fp-${n}`, title: `券 ${n}`, nested: { stores: [n] }, ...extra });

describe('known-cards store', () => {
  it('answers nothing and never-synced for a new account; keeps cards opaque and per account across a reopen', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const known: KnownCardsStore = store;
    expect(await known.knownCards('acc-a')).toEqual({ cards: [], syncedAt: null });
    await known.putKnownCards('acc-a', [card(1), card(2)], 1000);
    await known.putKnownCards('acc-b', [card(9)], 2000);
    await store.close();
    const again = await openStore(dir);
    const a = await again.knownCards('acc-a');
    expect(a.syncedAt).toBe(1000);
    expect(a.cards).toEqual([card(1), card(2)]);
    expect((await again.knownCards('acc-b')).cards.map((c) => c.cardId)).toEqual([card(9).cardId]);
    await again.close();
  });

  it('upserts by card_id and moves syncedAt forward; an empty put still records the sync; removal drops only the named cards', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await store.putKnownCards('acc-a', [card(1), card(2), card(3)], 1000);
    await store.putKnownCards('acc-a', [card(2, { title: '改过的券' })], 1500);
    let got = await store.knownCards('acc-a');
    expect(got.cards).toHaveLength(3);
    expect(got.cards.find((c) => c.cardId === card(2).cardId)?.title).toBe('改过的券');
    expect(got.syncedAt).toBe(1500);
    await store.putKnownCards('acc-a', [], 1800);
    expect((await store.knownCards('acc-a')).syncedAt).toBe(1800);
    await store.removeKnownCards('acc-a', [card(1).cardId, 'pNotCached000000000000000000']);
    await store.removeKnownCards('acc-b', [card(3).cardId]);
    got = await store.knownCards('acc-a');
    expect(got.cards.map((c) => c.cardId)).toEqual([card(2).cardId, card(3).cardId]);
    await store.close();
  });

  it('writes the cards and the sync time together: a failed put leaves neither', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await store.putKnownCards('acc-a', [card(1)], 1000);
    // A card that cannot be stored (its document does not serialise) fails the whole put.
    const cyclic: Record<string, unknown> = { cardId: 'pCyclic0000000000000000000000' };
    cyclic.self = cyclic;
    // Asked in the same turn as a record write: that one commits regardless.
    const [put, written] = await Promise.allSettled([store.putKnownCards('acc-a', [card(2), cyclic as KnownCardRow], 2000), store.write('op:1', 'pending', { state: 'pending' })]);
    expect(put.status).toBe('rejected');
    expect(written.status === 'fulfilled' && written.value.ok).toBe(true);
    const got = await store.knownCards('acc-a');
    expect(got).toEqual({ cards: [card(1)], syncedAt: 1000 });
    expect(store.get('op:1')?.state).toBe('pending');
    await store.close();
    // Its own migration: the tables exist under their numbered step.
    const raw = openSqlite(historyPaths(dir).db, { readOnly: true });
    expect(raw.prepare('SELECT name FROM schema_migrations WHERE version = 4').get()).toEqual(['known cards']);
    raw.close();
  });
});
