import { appendFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyPaths, openHistoryStore } from '../../main/history/history-store';
import { tempDir } from '../storage/temp-dir';
import { createdPatch, openStore, writeCreated } from './support';

const lineCount = async (path: string) => (await readFile(path, 'utf8')).split('\n').filter((l) => l !== '').length;

describe('history journal', () => {
  it('folds one line per transition into records and answers queries by account, batch, state and text, newest first', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 12; n++) await writeCreated(store, n);
    await store.write('op:failed', 'failed', { ...createdPatch(99), cardId: null, state: 'failed', title: '失败的券' });
    expect(await lineCount(store.path)).toBe(12 * 3 + 1);
    expect(store.get('op:5')).toMatchObject({ state: 'created', cardId: createdPatch(5).cardId, attempts: 1, title: '满5减5代金券' });

    const all = store.query({});
    expect(all.total).toBe(13);
    expect(all.records[0]?.id).toBe('op:failed');
    expect(all.byState).toEqual({ created: 12, failed: 1 });
    expect(store.query({ accountId: 'acc-a' }).total).toBe(6);
    expect(store.query({ batchId: 'batch-1' }).records.map((r) => r.draftId)).toEqual(['draft-10', 'draft-7', 'draft-4', 'draft-1']);
    expect(store.query({ states: ['failed'] }).records.map((r) => r.id)).toEqual(['op:failed']);
    expect(store.query({ text: '满7减' }).records.map((r) => r.id)).toEqual(['op:7']);
    expect(store.query({ text: createdPatch(3).cardId?.toLowerCase() ?? '' }).records.map((r) => r.id)).toEqual(['op:3']);
    const page = store.query({ offset: 10, limit: 5, sort: 'oldest' });
    expect(page.records.map((r) => r.id)).toEqual(['op:10', 'op:11', 'op:failed']);
    expect(page.total).toBe(13);
    await store.close();
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

  it('ignores a torn last line after a crash, reports it, keeps its bytes aside, and appends cleanly after it', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 3; n++) await writeCreated(store, n);
    const path = store.path;
    store.abandon();
    const torn = '{"v":1,"e":"rec","at":1,"id":"op:3","ev":"created","p":{"state":"cre';
    await appendFile(path, torn);

    const reopened = await openStore(dir);
    expect(reopened.size).toBe(3);
    expect(reopened.problems).toHaveLength(1);
    expect(reopened.problems[0]).toMatchObject({ code: 'torn_tail', count: Buffer.byteLength(torn) });
    const savedTo = reopened.problems[0]?.savedTo;
    expect(savedTo).toBeTruthy();
    expect(await readFile(savedTo ?? '', 'utf8')).toBe(torn);
    expect(reopened.problems[0]?.message['zh-CN']).toContain('不完整');
    await writeCreated(reopened, 3);
    await reopened.close();

    const third = await openStore(dir);
    expect(third.problems).toEqual([]);
    expect(third.size).toBe(4);
    expect(third.get('op:3')?.state).toBe('created');
    await third.close();
  });

  it('skips an unreadable line in the middle without failing, and saves it before compaction could drop it', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    await writeCreated(store, 0);
    const path = store.path;
    await store.close();
    await appendFile(path, 'not json at all\n{"v":1,"e":"rec","at":1,"id":"op:9","p":{"title":42,"state":"failed"}}\n');
    const reopened = await openStore(dir);
    expect(reopened.size).toBe(2);
    expect(reopened.get('op:9')).toMatchObject({ state: 'failed', title: null });
    expect(reopened.problems.map((p) => p.code)).toEqual(['bad_lines', 'bad_fields']);
    expect(await readFile(reopened.problems[0]?.savedTo ?? '', 'utf8')).toBe('not json at all');
    await reopened.close();
  });

  it('compaction rewrites one line per record, keeps every card_id and the latest state of every op, and survives a reopen', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    for (let n = 0; n < 40; n++) await writeCreated(store, n);
    await store.write('op:7', 'review', { reviewStatus: 'CARD_STATUS_VERIFY_OK', reviewStatusAt: 5 });
    await store.write('op:x', 'unknown', { ...createdPatch(77), cardId: null, state: 'unknown' });
    await store.setBaseline('wx00000000000000aa', ['pPre0000000000000000000000001']);
    await store.saveRun({ runId: 'run-1', batchId: 'batch-0', batchName: 'b', accountId: 'acc-a', appid: 'wx00000000000000aa', draftIds: ['draft-0'], status: 'quota_stopped', startedAt: 1, updatedAt: 2, finishedAt: 2, stopReason: null });
    const before = store.all();
    const cardIds = before.map((r) => r.cardId).filter(Boolean);
    expect(await lineCount(store.path)).toBe(40 * 3 + 4);

    const compacted = await store.compact();
    expect(compacted.ok).toBe(true);
    expect(await lineCount(store.path)).toBe(41 + 1 + 1);
    expect(store.all()).toEqual(before);
    await store.write('op:8', 'review', { reviewStatus: 'CARD_STATUS_VERIFY_FAIL' });
    await store.close();

    const reopened = await openStore(dir);
    expect(reopened.all().map((r) => r.cardId).filter(Boolean)).toEqual(cardIds);
    expect(reopened.get('op:7')?.reviewStatus).toBe('CARD_STATUS_VERIFY_OK');
    expect(reopened.get('op:8')?.reviewStatus).toBe('CARD_STATUS_VERIFY_FAIL');
    expect(reopened.unfinishedOps().map((r) => r.id)).toEqual(['op:x']);
    expect(reopened.isKnownCard('wx00000000000000aa', 'pPre0000000000000000000000001')).toBe(true);
    expect(reopened.run('run-1')?.status).toBe('quota_stopped');
    const leftovers = (await readdir(historyPaths(dir).dir)).filter((f) => f.includes('.compact-'));
    expect(leftovers).toEqual([]);
    await reopened.close();

    // A compaction killed before its rename leaves only its temp file: the next open removes it.
    await writeFile(`${historyPaths(dir).journal}.compact-1-dead`, 'partial');
    const third = await openStore(dir);
    expect(third.size).toBe(41);
    expect((await readdir(historyPaths(dir).dir)).filter((f) => f.includes('.compact-'))).toEqual([]);
    await third.close();
  });

  it('compacts on its own once the journal outgrows its records by the slack', async () => {
    const dir = await tempDir();
    const store = await openStore(dir, { compactSlack: 20 });
    // 12 records × 3 lines: past 12 + 20 lines a compaction is queued; later writes queue behind it.
    for (let n = 0; n < 12; n++) await writeCreated(store, n);
    expect(store.stats().compactions).toBeGreaterThan(0);
    expect(await lineCount(store.path)).toBeLessThan(36);
    await store.close();
    const reopened = await openStore(dir, { compactSlack: 20 });
    expect(reopened.size).toBe(12);
    expect(reopened.all().every((r) => r.state === 'created')).toBe(true);
    await reopened.close();
  });

  it('lets one process at a time hold the journal, and takes over a lock left by a dead process', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const second = await openHistoryStore({ dataDir: dir });
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error.code).toBe('history_locked');
    await store.close();
    // A lock file written by a process that no longer exists (pid far beyond any real one).
    await writeFile(join(historyPaths(dir).dir, 'journal.lock'), JSON.stringify({ pid: 2 ** 30, at: 1 }));
    const third = await openHistoryStore({ dataDir: dir });
    expect(third.ok).toBe(true);
    if (third.ok) await third.value.close();
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

  it('groups concurrent appends into fewer flushes, each caller resolving after its own line is on disk', async () => {
    const dir = await tempDir();
    const store = await openStore(dir);
    const writes = await Promise.all(Array.from({ length: 50 }, (_, n) => store.write(`op:${n}`, 'created', createdPatch(n))));
    expect(writes.every((w) => w.ok)).toBe(true);
    expect(store.stats().flushes).toBeLessThan(50);
    expect(await lineCount(store.path)).toBe(50);
    await store.close();
  });
});
