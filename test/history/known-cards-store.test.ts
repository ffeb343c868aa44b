// The known-cards cache on today's storage, and the sync that keeps it: what survives a restart,
// what a second sync costs, and a cache that cannot be read (a cache: cold, never an error).
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncKnownCards } from '../../main/batch/known-cards';
import { openKnownCardsFileStore } from '../../main/history/known-cards-store';
import type { SandboxHandle } from '../../main/sandbox';
import type { WeixinClient } from '../../main/wechat';
import { couponBody, sandboxAccount, sandboxWithClient } from '../batch/support';
import { tempDir } from '../storage/temp-dir';

const account = sandboxAccount(91);
let sandbox: SandboxHandle;
let client: WeixinClient;
beforeAll(async () => {
  ({ sandbox, client } = await sandboxWithClient(account));
});
afterAll(async () => sandbox.stop());

const noHistory = { byCardId: () => undefined };
const target = (accountId: string) => ({ accountId, appid: account.appid, client });

describe('known cards', () => {
  it('keeps cards across reopening, upserts by cardId, drops removed ones, and records syncedAt', async () => {
    const dataDir = await tempDir('known-');
    const store = openKnownCardsFileStore({ dataDir });
    expect(await store.knownCards('a1')).toEqual({ cards: [], syncedAt: null });
    await store.putKnownCards('a1', [{ cardId: 'p1', title: 'A' }, { cardId: 'p2', title: 'B' }], 1000);
    await store.putKnownCards('a1', [{ cardId: 'p1', title: 'A2' }], 2000);
    await store.removeKnownCards('a1', ['p2']);
    const reopened = openKnownCardsFileStore({ dataDir });
    expect(await reopened.knownCards('a1')).toEqual({ cards: [{ cardId: 'p1', title: 'A2' }], syncedAt: 2000 });
    expect(await reopened.knownCards('a2')).toEqual({ cards: [], syncedAt: null });
  });

  it('an unreadable cache file is moved aside and the account starts cold', async () => {
    const dataDir = await tempDir('known-');
    const dir = join(dataDir, 'history', 'known-cards');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'a1.json'), '{"v":1,"cards":[');
    const store = openKnownCardsFileStore({ dataDir });
    expect(await store.knownCards('a1')).toEqual({ cards: [], syncedAt: null });
    expect((await readdir(dir)).some((name) => name.startsWith('a1.corrupt-'))).toBe(true);
  });

  it('a sync reads every card once (card/get per card), the next only lists, and a card Weixin no longer lists is dropped', async () => {
    const dataDir = await tempDir('known-');
    const store = openKnownCardsFileStore({ dataDir });
    for (let i = 0; i < 3; i++) expect((await client.createCard(couponBody(sandbox.clock.now(), i))).ok).toBe(true);
    await store.putKnownCards('acc', [{ cardId: 'pGoneGoneGoneGoneGoneGoneGone' }], 1);
    const deps = { store, history: noHistory, clock: sandbox.clock };
    const cold = await syncKnownCards(deps, target('acc'));
    if (!cold.ok) throw new Error(cold.error.failure.message.en);
    expect(cold.value.report).toMatchObject({ cards: 3, listCalls: 1, getCalls: 3, cached: 0, removed: 1 });
    expect(cold.value.cards.every((c) => c.fingerprint?.startsWith('v2:'))).toBe(true);
    const warm = await syncKnownCards(deps, target('acc'));
    if (!warm.ok) throw new Error(warm.error.failure.message.en);
    expect(warm.value.report).toMatchObject({ cards: 3, listCalls: 1, getCalls: 0, cached: 3, removed: 0, cold: false });
    expect(warm.value.cards.map((c) => c.fingerprint)).toEqual(cold.value.cards.map((c) => c.fingerprint));
  });

  it('a failed read is an error, never a partial list taken as complete; what was read is kept', async () => {
    const dataDir = await tempDir('known-');
    const store = openKnownCardsFileStore({ dataDir });
    sandbox.setFaults('/card/get', { script: [{ kind: 'none' }], probability: 1, kinds: [{ kind: 'errcode', errcode: 40001 }] });
    try {
      const failed = await syncKnownCards({ store, history: noHistory, clock: sandbox.clock }, target('acc2'));
      expect(failed.ok).toBe(false);
    } finally {
      sandbox.setFaults('/card/get', undefined);
    }
    expect((await store.knownCards('acc2')).cards.length).toBeGreaterThan(0);
  });
});
