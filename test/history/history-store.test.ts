import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { historyPaths, openHistoryStore } from '../../main/history/history-store';
import { openSqlite } from '../../main/storage/sqlite';
import type { PersistedRun, RecordPatch } from '../../main/history/record';
import { tempDir } from '../storage/temp-dir';
import { createdPatch, openStore, writeCreated } from './support';

const RUN: PersistedRun = { runId: 'run-1', batchId: 'batch-0', batchName: 'b', accountId: 'acc-a', appid: 'wx00000000000000aa', draftIds: ['draft-0'], status: 'quota_stopped', startedAt: 1, updatedAt: 2, finishedAt: 2, stopReason: null };

describe('history store (SQLite)', () => {
  it('folds one line per transition into records and answers queries by account, batch, state and text, newest first', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 12; n++) await writeCreated(store, n);
    await store.write('op:failed', 'failed', { ...createdPatch(99), cardId: null, state: 'failed', title: '失败的券' });
    expect(store.get('op:5')).toMatchObject({ state: 'created', cardId: createdPatch(5).cardId, attempts: 1, title: '满5减5代金券' });

    const all = store.query({});
    expect(all.total).toBe(13);
    expect(all.records[0]?.id).toBe('op:failed');
    expect(all.byState).toEqual({ created: 12, failed: 1 });
    expect(store.query({ accountId: 'acc-a' }).total).toBe(6);
    expect(store.query({ batchId: 'batch-1' }).records.map((r) => r.draftId)).toEqual(['draft-10', 'draft-7', 'draft-4', 'draft-1']);
    expect(store.query({ states: ['failed'] }).records.map((r) => r.id)).toEqual(['op:failed']);
    expect(store.query({ text: '满7减' }).records.map((r) => r.id)).toEqual(['op:7']);
    // Short text scans; text with a LIKE wildcard bypasses the trigram index; both stay substring matches.
    expect(store.query({ text: '满7' }).records.map((r) => r.id)).toEqual(['op:7']);
    expect(store.query({ text: 'draft_1' }).total).toBe(0);
    expect(store.query({ text: '100%' }).total).toBe(0);
    expect(store.query({ text: 'DRAFT-11' }).records.map((r) => r.id)).toEqual(['op:11']);
    expect(store.query({ text: createdPatch(3).cardId?.toLowerCase() ?? '' }).records.map((r) => r.id)).toEqual(['op:3']);
    const page = store.query({ offset: 10, limit: 5, sort: 'oldest' });
    expect(page.records.map((r) => r.id)).toEqual(['op:10', 'op:11', 'op:failed']);
    expect(page.total).toBe(13);
    await store.close();
  });

  it('filters by kind: 微信卡券, 会员卡 and 商家券 (a BUSIFAVOR_* record) apart and together', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await writeCreated(store, 1);
    await writeCreated(store, 2, { cardType: 'MEMBER_CARD' });
    await writeCreated(store, 3, { cardType: 'BUSIFAVOR_DISCOUNT' });
    await writeCreated(store, 4, { cardType: null });
    const ids = (kinds: ('card' | 'member' | 'stock')[]) => store.query({ kinds, sort: 'oldest' }).records.map((r) => r.id);
    expect(ids(['stock'])).toEqual(['op:3']);
    expect(ids(['member'])).toEqual(['op:2']);
    expect(ids(['card'])).toEqual(['op:1', 'op:4']);
    expect(ids(['card', 'stock'])).toEqual(['op:1', 'op:3', 'op:4']);
    expect(store.query({ kinds: ['stock'] }).total).toBe(1);
  });

  it('reopens to the same records, and an index answers by card_id and fingerprint', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 5; n++) await writeCreated(store, n);
    const before = store.all();
    await store.close();
    const again = await openStore(dir);
    expect(again.all()).toEqual(before);
    expect(again.byCardId(createdPatch(2).cardId ?? '')?.id).toBe('op:2');
    expect(again.withFingerprint('wx00000000000000aa', 'fp-4').map((r) => r.id)).toEqual(['op:4']);
    expect(again.isKnownCard('wx00000000000000bb', createdPatch(3).cardId ?? '')).toBe(true);
    await again.close();
  });

  it('keeps fields other parts of the app add to a record (the document passes through unchanged)', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await writeCreated(store, 1);
    const extended = { flags: { duplicate: false, orphan: false, adopted: false, found: true } } as unknown as RecordPatch;
    await store.write('op:1', 'found', extended);
    await store.saveRun({ ...RUN, allowDuplicates: true } as PersistedRun);
    await store.close();
    const again = await openStore(dir);
    expect(again.get('op:1')?.flags).toEqual({ duplicate: false, orphan: false, adopted: false, found: true });
    expect(again.run('run-1')).toMatchObject({ allowDuplicates: true, status: 'quota_stopped' });
    await again.close();
  });

  it('keeps runs, baselines and unfinished operations across a reopen', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 4; n++) await writeCreated(store, n);
    await store.write('op:x', 'unknown', { ...createdPatch(77), cardId: null, state: 'unknown' });
    await store.setBaseline('wx00000000000000aa', ['pPre0000000000000000000000001']);
    await store.saveRun(RUN);
    await store.close();
    const reopened = await openStore(dir);
    expect(reopened.unfinishedOps().map((r) => r.id)).toEqual(['op:x']);
    expect(reopened.isKnownCard('wx00000000000000aa', 'pPre0000000000000000000000001')).toBe(true);
    expect(reopened.isKnownCard('wx00000000000000aa', 'pNever00000000000000000000001')).toBe(false);
    expect(reopened.hasBaseline('wx00000000000000aa')).toBe(true);
    expect(reopened.hasBaseline('wx00000000000000bb')).toBe(false);
    expect(reopened.hasRecordsOf('wx00000000000000bb')).toBe(true);
    expect(reopened.cardIdsOf('wx00000000000000aa').sort()).toEqual([createdPatch(0).cardId, createdPatch(2).cardId]);
    expect(reopened.run('run-1')?.status).toBe('quota_stopped');
    expect(reopened.runs().map((r) => r.runId)).toEqual(['run-1']);
    await reopened.close();
  });

  it('lets two processes open the history at once, each seeing what the other committed', async () => {
    const dir = await tempDir();
    const app = await openStore(dir);
    const cli = await openStore(dir);
    await writeCreated(app, 1);
    expect(cli.get('op:1')?.state).toBe('created');
    await writeCreated(cli, 2);
    expect(app.size).toBe(2);
    await app.close();
    await cli.close();
  });

  it('opens read-only without creating, migrating or writing anything', async () => {
    const dir = await tempDir();
    const empty = await openHistoryStore({ dataDir: dir, readOnly: true });
    expect(empty.ok && empty.value.size).toBe(0);
    if (empty.ok) await empty.value.close();
    expect(existsSync(historyPaths(dir).dir)).toBe(false);

    const store = await openStore(dir);
    await writeCreated(store, 1);
    await store.close();
    const before = await readFile(historyPaths(dir).db);
    const view = await openHistoryStore({ dataDir: dir, readOnly: true });
    if (!view.ok) throw new Error(view.error.code);
    expect(view.value.get('op:1')?.state).toBe('created');
    const refused = await view.value.write('op:2', 'pending', createdPatch(2));
    expect(refused.ok).toBe(false);
    await view.value.close();
    expect(await readFile(historyPaths(dir).db)).toEqual(before);
  });

  it('skips a record whose stored document is damaged and reports it as a problem instead of failing', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await writeCreated(store, 1);
    await writeCreated(store, 2);
    await store.close();
    const raw = openSqlite(historyPaths(dir).db);
    raw.prepare('UPDATE records SET doc = ? WHERE id = ?').run('{"id":"op:1", "sta', 'op:1');
    raw.close();
    const reopened = await openStore(dir);
    expect(reopened.get('op:1')).toBeUndefined();
    expect(reopened.all().map((r) => r.id)).toEqual(['op:2']);
    await expect.poll(() => reopened.problems.map((p) => p.code)).toEqual(['unreadable_records']);
    await reopened.close();
  });

  it('refuses to replace a card_id or move a created record back (a backstop under the engine locks)', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const created = await writeCreated(store, 1);
    const replaced = await store.write(created.id, 'created', { cardId: 'pOther000000000000000000000000' });
    expect(replaced.ok).toBe(false);
    const backwards = await store.write(created.id, 'pending', { state: 'pending' });
    expect(backwards.ok).toBe(false);
    expect(store.get(created.id)).toMatchObject({ state: 'created', cardId: created.cardId });
    expect((await store.write(created.id, 'review', { reviewStatus: 'CARD_STATUS_VERIFY_OK' })).ok).toBe(true);
    await store.close();
  });

  it('groups concurrent writes into fewer commits, each caller resolving after its own is committed', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const writes = await Promise.all(Array.from({ length: 50 }, (_, n) => store.write(`op:${n}`, 'created', createdPatch(n))));
    expect(writes.every((w) => w.ok)).toBe(true);
    expect(store.stats().flushes).toBeLessThan(50);
    // Seen by another connection: committed, not only cached.
    const other = await openStore(dir);
    expect(other.size).toBe(50);
    await other.close();
    await store.close();
  });
});
