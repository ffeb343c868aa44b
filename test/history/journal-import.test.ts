// A history written by earlier versions (history/journal.jsonl) is imported into SQLite on the
// first writable open: counted, verified, kept beside the database, and reported.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { historyPaths, openHistoryStore } from '../../main/history/history-store';
import { encodeEntry, type JournalEntry } from '../../main/history/record';
import { tempDir } from '../storage/temp-dir';
import { createdPatch, openStore, T0 } from './support';

/** A journal as version 0.1 wrote it: three transitions per created card, a baseline and a run. */
function journalOf(cards: number): string {
  const lines: JournalEntry[] = [];
  for (let n = 0; n < cards; n++) {
    const { cardId, ...base } = createdPatch(n);
    lines.push({ v: 1, e: 'rec', at: T0 + n, id: `op:${n}`, ev: 'pending', p: { ...base, state: 'pending', updatedAt: T0 + n } });
    lines.push({ v: 1, e: 'rec', at: T0 + n, id: `op:${n}`, ev: 'unknown', p: { state: 'unknown', attempts: 1 } });
    lines.push({ v: 1, e: 'rec', at: T0 + n, id: `op:${n}`, ev: 'created', p: { state: 'created', cardId } });
  }
  lines.push({ v: 1, e: 'baseline', at: T0, appid: 'wx00000000000000aa', ids: ['pPre0000000000000000000000001'] });
  lines.push({ v: 1, e: 'run', at: T0, run: { runId: 'run-1', batchId: 'batch-0', batchName: 'b', accountId: 'acc-a', appid: 'wx00000000000000aa', draftIds: ['draft-0'], status: 'interrupted', startedAt: 1, updatedAt: 2, finishedAt: null, stopReason: null } });
  return lines.map(encodeEntry).join('');
}

async function writeJournal(dir: string, text: string): Promise<string> {
  const { journal } = historyPaths(dir);
  await mkdir(historyPaths(dir).dir, { recursive: true });
  await writeFile(journal, text);
  return journal;
}

describe('journal.jsonl import', () => {
  it('imports every record, baseline and run once, keeps the journal renamed beside the database, and says so until acknowledged', async () => {
    const dir = await tempDir();
    const text = journalOf(30);
    const journal = await writeJournal(dir, text);
    const store = await openStore(dir);
    expect(store.size).toBe(30);
    expect(store.get('op:7')).toMatchObject({ state: 'created', cardId: createdPatch(7).cardId, attempts: 1, title: createdPatch(7).title });
    expect(store.isKnownCard('wx00000000000000aa', 'pPre0000000000000000000000001')).toBe(true);
    expect(store.run('run-1')?.status).toBe('interrupted');
    expect(existsSync(journal)).toBe(false);
    const kept = (await readdir(historyPaths(dir).dir)).filter((f) => f.startsWith('journal.imported-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(`${historyPaths(dir).dir}/${kept[0]}`, 'utf8')).toBe(text);
    expect(store.problems.map((p) => [p.code, p.count])).toEqual([['journal_imported', 30]]);
    expect(store.problems[0]?.message['zh-CN']).toContain(kept[0]);
    await store.close();

    const again = await openStore(dir);
    expect(again.size).toBe(30);
    expect(again.problems).toHaveLength(1);
    expect((await again.acknowledgeProblems()).ok).toBe(true);
    expect(again.problems).toEqual([]);
    await again.close();
    expect((await openStore(dir)).problems).toEqual([]);
  });

  it('cuts a torn last line off, saves its bytes aside and reports it; the complete entries before it are imported', async () => {
    const dir = await tempDir();
    const torn = '{"v":1,"e":"rec","at":1,"id":"op:3","ev":"created","p":{"state":"cre';
    await writeJournal(dir, journalOf(3) + torn);
    const store = await openStore(dir);
    expect(store.size).toBe(3);
    const problem = store.problems.find((p) => p.code === 'torn_tail');
    expect(problem).toMatchObject({ count: Buffer.byteLength(torn) });
    expect(problem?.message['zh-CN']).toContain('不完整');
    expect(await readFile(problem?.savedTo ?? '', 'utf8')).toBe(torn);
    await store.close();
  });

  it('skips unreadable lines and wrongly typed fields, saving the lines aside and reporting both', async () => {
    const dir = await tempDir();
    await writeJournal(dir, `${journalOf(1)}not json at all\n{"v":1,"e":"rec","at":1,"id":"op:9","p":{"title":42,"state":"failed"}}\n`);
    const store = await openStore(dir);
    expect(store.size).toBe(2);
    expect(store.get('op:9')).toMatchObject({ state: 'failed', title: null });
    expect(store.problems.map((p) => p.code)).toEqual(['bad_lines', 'bad_fields', 'journal_imported']);
    expect(await readFile(store.problems[0]?.savedTo ?? '', 'utf8')).toBe('not json at all');
    await store.close();
  });

  it('imports once even if an earlier import committed but was stopped before its rename', async () => {
    const dir = await tempDir();
    const text = journalOf(5);
    await writeJournal(dir, text);
    (await openStore(dir)).abandon();
    // As if the process died between the COMMIT and the rename: the journal is back in place.
    const kept = (await readdir(historyPaths(dir).dir)).find((f) => f.startsWith('journal.imported-')) ?? '';
    await writeJournal(dir, await readFile(`${historyPaths(dir).dir}/${kept}`, 'utf8'));
    const store = await openStore(dir);
    expect(store.size).toBe(5);
    expect(store.problems.map((p) => p.code)).toEqual(['journal_imported']);
    await store.close();
  });

  it('never imports or migrates from a read-only open: it says an upgrade is needed and leaves the journal alone', async () => {
    const dir = await tempDir();
    const journal = await writeJournal(dir, journalOf(2));
    const view = await openHistoryStore({ dataDir: dir, readOnly: true });
    expect(view.ok).toBe(false);
    if (!view.ok) {
      expect(view.error.code).toBe('history_needs_upgrade');
      expect(view.error.message.en).toContain('history upgrade');
    }
    expect(existsSync(historyPaths(dir).db)).toBe(false);
    expect(existsSync(journal)).toBe(true);
  });
});
